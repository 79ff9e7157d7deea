internal import CLibXML2

/// Process-wide libxml2 set-up: `xmlInitParser()` must run once before parsers or writers are used from
/// several threads; a `static let` initializer runs exactly once.
enum LibXML2Setup {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialized.
    static func ensure() { _ = initialized }
}
