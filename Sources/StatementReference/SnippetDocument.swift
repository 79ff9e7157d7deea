import Assembly
import LegalCalendar
import ODF

/// The reference as a small OpenDocument text: the clause's paragraphs in the house style's body
/// style, in the language's direction, nothing else — a user copies the paragraph into a template of
/// another system, or saves it as AutoText in LibreOffice or Word.
public enum SnippetDocument {
    /// The document model; deterministic for the same library, language and date.
    public static func document(_ reference: PrivacyReference, date: CivilDate) -> Document {
        let metadata = Metadata(
            title: reference.url,
            subject: "\(PrivacyReference.clauseID) v\(reference.clauseVersion)",
            language: reference.languageTag,
            date: DocumentDate(year: date.year, month: date.month, day: date.day),
            generator: "privdoc",
            customProperties: [CustomProperty(name: "privdoc.clause", value: "\(PrivacyReference.clauseID)@\(reference.clauseVersion)")])
        return Document(metadata: metadata, body: reference.blocks, direction: reference.direction)
    }

    /// The `.odt` bytes, in the library's house style.
    public static func package(_ reference: PrivacyReference, date: CivilDate, styleSheet: StyleSheet) throws(ODFError) -> [UInt8] {
        try ODFWriter.package(document(reference, date: date), styleSheet: styleSheet)
    }
}
