import ODF

/// A document ready for the ODF writer, with where it came from.
public struct AssembledDocument: Sendable {
    /// The document model.
    public let document: ODF.Document
    /// Template and clause versions used.
    public let provenance: Provenance
    /// The file name without extension, e.g. `SD-2026-00417-dsr-extension-nl`: the case reference
    /// (reduced to `A-Z a-z 0-9 . _ -`), the template and the language — never a name (personal data).
    public let fileStem: String
    /// Warnings found on the way (unknown case fields); the document was produced regardless.
    public let warnings: [Diagnostic]

    /// Creates an assembled document.
    public init(document: ODF.Document, provenance: Provenance, fileStem: String, warnings: [Diagnostic] = []) {
        self.document = document
        self.provenance = provenance
        self.fileStem = fileStem
        self.warnings = warnings
    }

    /// `reference-template-language`, with the reference reduced to safe file-name characters; leading
    /// dots are dropped so a reference can never name a hidden file or a parent folder.
    static func stem(reference: String?, template: String, language: String) -> String {
        var parts: [String] = []
        if let reference {
            var safe = String(reference.unicodeScalars.map { scalar -> Character in
                let ok = scalar.isASCII && (("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
                                            || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-")
                return ok ? Character(scalar) : "_"
            })
            while safe.hasPrefix(".") { safe.removeFirst() }
            if safe.count > 80 { safe = String(safe.prefix(80)) }
            if !safe.isEmpty { parts.append(safe) }
        }
        parts.append(template)
        parts.append(language)
        return parts.joined(separator: "-")
    }
}
