import ClauseSyntax

extension String {
    /// Whether the string holds nothing but spaces and tabs (`trimmingSpaces` is empty), found without
    /// building the trimmed copy: case values are tested this way for every document.
    var isSpacesOrTabs: Bool {
        UTF8Bytes.allBytes(of: self) { $0 == 0x20 || $0 == 0x09 }
    }
}
