import PrivdocDiagnostics
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
    /// (reduced to `A-Z a-z 0-9 . _ -`), the template and the language — never a name (personal data).
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

    /// `reference-template-language`, with the reference reduced to safe file-name characters; leading
    /// dots are dropped so a reference can never name a hidden file or a parent folder.
    /// The `.odt` bytes.
    public func package() throws(ODFError) -> [UInt8] { try ODFWriter.package(document, styleSheet: styleSheet) }

    static func stem(reference: String?, template: String, language: String) -> String {
        var parts: [String] = []
        if let reference {
            // One ASCII byte per Unicode scalar of the reference, so counting and cutting bytes is
            // counting and cutting characters.
            var safe: [UInt8] = []
            safe.reserveCapacity(reference.utf8.count)
            for scalar in reference.unicodeScalars {
                safe.append(isSafe(scalar) ? UInt8(scalar.value) : UInt8(ascii: "_"))
            }
            let kept = safe.drop { $0 == UInt8(ascii: ".") }.prefix(80)
            if !kept.isEmpty { parts.append(String(decoding: kept, as: UTF8.self)) }
        }
        parts.append(template)
        parts.append(language)
        return parts.joined(separator: "-")
    }

    /// `A-Z a-z 0-9 . _ -`.
    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }
}
