/// The office files `check-reference` reads: both ODF and OOXML are ZIP packages of XML parts
/// (ODF 1.3 Part 2; ECMA-376 Part 2, Open Packaging Conventions).
public enum OfficeFileKind: String, CaseIterable, Sendable {
    /// OpenDocument text and its template.
    case odt, ott
    /// Word document and its template.
    case docx, dotx

    /// The kind of a file by its extension (case-insensitive), nil for other files.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    var isOpenDocument: Bool { self == .odt || self == .ott }

    /// Where in the document a part's text is shown, or nil for a part that shows none.
    ///
    /// ODF: `content.xml` is the body; `styles.xml` holds the master pages with their headers and
    /// footers (ODF 1.3 §16.9). OOXML: `word/document.xml` is the body, `word/headerN.xml` and
    /// `word/footerN.xml` the headers and footers, and a part's hyperlink targets are in its
    /// relationship part `word/_rels/<part>.rels` (ECMA-376 Part 1 §17.16.22).
    func place(ofPart name: String) -> DocumentPlace? {
        if isOpenDocument {
            switch name {
            case "content.xml": return .body
            case "styles.xml": return .headerOrFooter
            default: return nil
            }
        }
        guard name.hasPrefix("word/"), name.hasSuffix(".xml") || name.hasSuffix(".rels") else { return nil }
        let file = name.split(separator: "/").last.map(String.init) ?? ""
        if file.hasPrefix("document.xml") { return .body }
        if file.hasPrefix("header") { return .header }
        if file.hasPrefix("footer") { return .footer }
        if file.hasPrefix("footnotes.xml") || file.hasPrefix("endnotes.xml") { return .notes }
        return nil
    }
}

/// Where a reference was found.
public enum DocumentPlace: String, Sendable, Comparable, CaseIterable {
    case body
    /// ODF keeps headers and footers together in `styles.xml`.
    case headerOrFooter = "header-or-footer"
    case header, footer, notes

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
