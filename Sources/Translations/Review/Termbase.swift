import ClauseSyntax
import Foundation

/// The termbase (`templates/data/termbase.csv`, docs/translating.md §5): one row per term, the Dutch term, its
/// agreed term in every language and a note — the data the review package's glossary is made from.
public struct Termbase: Equatable, Sendable {
    /// One concept: its id, the term per language code, and why it is so.
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var terms: [String: String]
        public var note: String
    }

    public static let file = "templates/data/termbase.csv"

    /// The languages, in the file's column order (`nl` first).
    public var languages: [String]
    public var entries: [Entry]

    /// Reads the termbase at `root`; a missing file, a missing column or a row without its Dutch term is a
    /// located problem.
    public static func load(root: URL) throws(TranslationFailure) -> Termbase {
        let url = root.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .invalid([TranslationProblem(file: file, "cannot read the termbase as UTF-8 text")])
        }
        let rows = CSVRows.parse(text)
        guard let header = rows.first, header.first == "id", header.last == "note", header.contains(SourceLanguage.code) else {
            throw .invalid([TranslationProblem(file: file, line: 1, "the header must be id, nl, the other languages, note")])
        }
        let languages = Array(header.dropFirst().dropLast())
        var entries: [Entry] = []
        var problems: [TranslationProblem] = []
        for (index, row) in rows.enumerated().dropFirst() where !(row.count == 1 && row[0].isEmpty) {
            guard row.count == header.count else {
                problems.append(TranslationProblem(file: file, line: index + 1, "expected \(header.count) columns, found \(row.count)"))
                continue
            }
            var terms: [String: String] = [:]
            for (column, code) in languages.enumerated() where !row[column + 1].isEmpty { terms[code] = row[column + 1] }
            guard !row[0].isEmpty, terms[SourceLanguage.code] != nil else {
                problems.append(TranslationProblem(file: file, line: index + 1, "a term needs an id and its Dutch term"))
                continue
            }
            entries.append(Entry(id: row[0], terms: terms, note: row[header.count - 1]))
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        return Termbase(languages: languages, entries: entries)
    }
}

/// RFC 4180 rows: fields separated by commas, a quoted field may hold commas, line breaks and `""`.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); rows.append(row); row = []; field = ""
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
