import ClauseSyntax
import DelimitedText
import Foundation

/// The termbase (`templates/data/termbase.csv`, docs/translating.md §5): one row per term, the Dutch term, its
/// agreed term in every language and a note — the data the review package's glossary is made from.
public struct Termbase: Equatable, Sendable {
    /// One concept: its id, the term per language code, and why it is so.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var terms: [String: String]
        public var note: String

        /// Creates an entry.
        public init(id: String, terms: [String: String], note: String) {
            self.id = id
            self.terms = terms
            self.note = note
        }
    }

    public static let file = "templates/data/termbase.csv"

    /// The languages, in the file's column order (`nl` first).
    public var languages: [String]
    public var entries: [Entry]

    /// Reads the termbase at `root` with the one CSV reader (`DelimitedText.CSVReader`, the batch's: RFC
    /// 4180, UTF-8 with or without byte order mark, `,` or `;`, its limits); a missing file, a missing
    /// column, a malformed row or a row without its id or Dutch term is a problem located by file, line
    /// (where the record starts) and column.
    public static func load(root: URL) throws(TranslationFailure) -> Termbase {
        let reader: CSVReader
        do {
            reader = try CSVReader(url: root.appendingPathComponent(file))
        } catch {
            switch error {
            case .cannotRead: throw .invalid([TranslationProblem(file: file, "cannot read the termbase")])
            case .encoding(_, let line, let reason): throw .invalid([TranslationProblem(file: file, line: line, reason)])
            case .badHeader(_, let reason): throw .invalid([TranslationProblem(file: file, line: 1, "header: \(reason)")])
            }
        }
        let header = reader.header
        guard header.count >= 3, header.first == "id", header.last == "note", header.contains(SourceLanguage.code) else {
            throw .invalid([TranslationProblem(file: file, line: 1, "the header must be id, nl, the other languages, note")])
        }
        let languages = Array(header.dropFirst().dropLast())
        var entries: [Entry] = []
        var problems: [TranslationProblem] = []
        while let record = reader.next() {
            switch record {
            case .malformed(let line, let reason):
                problems.append(TranslationProblem(file: file, line: line, reason))
            case .fields(let row, let line):
                var terms: [String: String] = [:]
                for (column, code) in languages.enumerated() where !row[column + 1].isEmpty { terms[code] = row[column + 1] }
                if row[0].isBlank {
                    problems.append(TranslationProblem(file: file, line: line, "column id: a term needs an id"))
                } else if terms[SourceLanguage.code] == nil {
                    problems.append(TranslationProblem(file: file, line: line, "column \(SourceLanguage.code): a term needs its Dutch term"))
                } else {
                    entries.append(Entry(id: row[0], terms: terms, note: row[header.count - 1]))
                }
            }
        }
        if let problem = reader.decodeProblem { problems.append(TranslationProblem(file: file, line: problem.line, problem.message)) }
        guard problems.isEmpty else { throw .invalid(problems) }
        return Termbase(languages: languages, entries: entries)
    }
}
