/// What privdoc reads from an XLIFF 1.2 file: the `<file>` element's languages and the units.
public struct XLIFFDocument: Equatable, Sendable {
    /// `<xliff version="…">`.
    public var version: String?
    /// `source-language` of the `<file>`.
    public var sourceLanguage: String?
    /// `target-language` of the `<file>`.
    public var targetLanguage: String?
    /// Line of the `<file>` element.
    public var fileLine: Int
    /// The trans-units in document order.
    public var units: [XLIFFUnit]
}
