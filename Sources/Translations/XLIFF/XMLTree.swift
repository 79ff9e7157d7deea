import XMLSupport

/// A parsed XLIFF file: the one libxml2 parser (XMLSupport), its failure as a located translation problem.
struct XMLTree {
    private let document: XMLDocument

    /// Parses `bytes`; a syntax error gives its line and libxml2's message.
    init(bytes: [UInt8], file: String) throws(TranslationFailure) {
        do { document = try XMLDocument(bytes, name: file) } catch {
            throw .invalid([TranslationProblem(file: file, line: error.line, error.message)])
        }
    }

    /// The document element.
    var root: ParsedElement? { document.root.map(ParsedElement.init) }
}
