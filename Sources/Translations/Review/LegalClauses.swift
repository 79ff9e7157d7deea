import DelimitedText
import Foundation

/// The clauses with legal effect, whose translation is back-translated in the qualified-translator review
/// (docs/translating.md §5 part 2): `templates/data/legal-clauses.txt`, one pattern a line — a clause id, an id
/// prefix ending in `*`, or `file: NAME.yaml` for every clause of that Dutch clause file.
public struct LegalClauses: Equatable, Sendable {
    public static let file = "templates/data/legal-clauses.txt"

    var ids: Set<String> = []
    var prefixes: [String] = []
    var files: Set<String> = []

    /// Reads the list at `root`; a missing file is a problem (the review would lose its part 2).
    public static func load(root: URL) throws(TranslationFailure) -> LegalClauses {
        guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
            throw .invalid([TranslationProblem(file: file, "cannot read the list of legal clauses as UTF-8 text")])
        }
        var list = LegalClauses()
        // Any line break (a CR LF from a Windows editor is one Character, not "\n"); the one blank (`Blank`).
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingBlanks ?? ""
            if line.isEmpty { continue }
            if line.hasPrefix("file:") {
                list.files.insert(String(line.dropFirst(5)).trimmingBlanks)
            } else if line.hasSuffix("*") {
                list.prefixes.append(String(line.dropLast()))
            } else {
                list.ids.insert(line)
            }
        }
        return list
    }

    /// Whether the Dutch clause carries legal effect.
    public func contains(_ clause: CatalogClause) -> Bool {
        ids.contains(clause.id) || prefixes.contains { clause.id.hasPrefix($0) }
            || files.contains((clause.file as NSString).lastPathComponent)
    }
}
