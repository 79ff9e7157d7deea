import Foundation

/// A kind of file a document is written as (`--format`). The ODT is always the deterministic source; the
/// PDFs are made from it by LibreOffice (docs/decisions/060-pdf-conversion.md).
public enum OutputFormat: String, CaseIterable, Sendable, Hashable, Comparable {
    /// OpenDocument Text, written by privdoc itself (byte-deterministic).
    case odt
    /// PDF for print and the citizen's message box.
    case pdf
    /// PDF/A-2b, tagged: the archival format (ISO 19005-2 level b, with a structure tree for accessibility).
    case pdfa

    /// The file extension. Both PDF kinds end in `.pdf`; a run asking for both writes the PDF/A as `.pdfa.pdf`.
    public var fileExtension: String { self == .odt ? "odt" : "pdf" }

    /// True for the formats LibreOffice makes.
    public var isPDF: Bool { self != .odt }

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The set of formats one run writes, parsed from repeatable, comma-separated `--format` values.
public struct OutputFormats: Equatable, Sendable {
    /// The formats in a fixed order (odt, pdf, pdfa), whatever order they were given in.
    public let formats: [OutputFormat]

    /// Only ODT: the default.
    public static let odtOnly = OutputFormats(validated: [.odt])

    private init(validated: [OutputFormat]) { formats = validated }

    /// Parses values such as `["odt,pdf"]` or `["pdf", "pdfa"]`; nil values (no `--format`) give the default.
    public init(parsing values: [String]) throws(FormatError) {
        var set = Set<OutputFormat>()
        for value in values {
            for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                let name = part.trimmingCharacters(in: .whitespaces).lowercased()
                guard let format = OutputFormat(rawValue: name) else { throw FormatError(value: String(part)) }
                set.insert(format)
            }
        }
        formats = set.isEmpty ? [.odt] : set.sorted()
    }

    /// Whether the run writes this format.
    public func contains(_ format: OutputFormat) -> Bool { formats.contains(format) }

    /// The PDF formats, in order.
    public var pdfFormats: [OutputFormat] { formats.filter(\.isPDF) }

    /// Whether LibreOffice is needed at all.
    public var needsConverter: Bool { !pdfFormats.isEmpty }

    /// The file name for a document stem in a format. PDF/A is `.pdf` unless plain PDF is written too, in
    /// which case it is `.pdfa.pdf` so the two never share a name.
    public func fileName(stem: String, format: OutputFormat) -> String {
        if format == .pdfa && contains(.pdf) { return stem + ".pdfa.pdf" }
        return stem + "." + format.fileExtension
    }
}

/// A `--format` value that is not one of odt, pdf, pdfa.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The unknown value (a format name typed by the user, never personal data).
    public let value: String
    public var description: String { "--format: unknown format '\(value)'; expected odt, pdf or pdfa (comma-separated or repeated)" }
}
