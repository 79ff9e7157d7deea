import PrivdocDiagnostics
import DocumentOutput
import ODF

/// A document ready for the ODF writer, with where it came from.
public struct AssembledDocument: Sendable {
    /// The document model.
    public let document: ODF.Document
    /// The house style to write it in (`ODFWriter.package(_:styleSheet:)`, `PackageTemplate`).
    public let styleSheet: StyleSheet
    /// Template and clause versions used.
    public let provenance: Provenance
    /// The case reference (`reference`, else the first field with the `reference` format, e.g.
    /// `agreement.reference`): the one reference of a document, from which the file name is made and
    /// which the batch manifest lists (decision 012). Nil when the case has none.
    public let reference: String?
    /// The file name without extension, e.g. `SD-2026-00417-dsr-extension-nl`: the case reference
    /// (made safe and unique by `DocumentFileName`), the template and the language — never a name
    /// (personal data).
    public let fileStem: String
    /// Warnings found on the way (unknown case fields); the document was produced regardless.
    public let warnings: [Diagnostic]

    /// Creates an assembled document.
    public init(document: ODF.Document, styleSheet: StyleSheet, provenance: Provenance, reference: String?,
                warnings: [Diagnostic] = []) {
        self.document = document
        self.styleSheet = styleSheet
        self.provenance = provenance
        self.reference = reference
        self.fileStem = Self.stem(reference: reference, template: provenance.templateID, language: provenance.language)
        self.warnings = warnings
    }

    /// The `.odt` bytes.
    public func package() throws(ODFError) -> [UInt8] { try ODFWriter.package(document, styleSheet: styleSheet) }

    /// The file name rule lives with the writer that puts files on disk (`DocumentFileName`, decision 031).
    static func stem(reference: String?, template: String, language: String) -> String {
        DocumentFileName.stem(reference: reference, template: template, language: language)
    }
}
