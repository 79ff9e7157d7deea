import Foundation

/// Computes the new contents of a language's clause files for a set of changed clauses, touching only
/// the lines of those clauses (or appending new ones), and proves the result by reading it back.
enum LibraryEditor {
    /// New file contents by path (relative to the root). Nothing is written here.
    ///
    /// A changed clause is replaced in its own file; a clause the language lacks is appended to the file
    /// with the same name as the Dutch clause's file, which is created when missing. Every edited file is
    /// parsed again: the edited clauses must read back with exactly the new values and every other clause
    /// unchanged, or nothing is returned.
    static func edit(_ changes: [ClauseValues], in catalog: TranslationCatalog, source: TranslationCatalog)
        throws(TranslationFailure) -> [String: String] {
        var replacements: [String: [(ClosedRange<Int>, ClauseValues)]] = [:]
        var appends: [String: [ClauseValues]] = [:]
        for change in changes.sorted(by: { $0.id < $1.id }) {
            if let existing = catalog.clauses[change.id] {
                replacements[existing.file, default: []].append((existing.lines, change))
            } else {
                let name = (source.clauses[change.id]?.file as NSString?)?.lastPathComponent ?? "clauses.yaml"
                appends["\(catalog.folder)/\(name)", default: []].append(change)
            }
        }
        var result: [String: String] = [:]
        var problems: [TranslationProblem] = []
        for path in Set(replacements.keys).union(appends.keys).sorted() {
            let existing = catalog.files[path]
            if let layout = existing?.layoutProblem {
                problems.append(TranslationProblem(file: path, "cannot be edited line by line: \(layout)"))
                continue
            }
            let dutchStyle = source.files["\(source.folder)/\((path as NSString).lastPathComponent)"].map { FileStyle(lines: $0.lines) }
            var lines = existing?.lines ?? header(for: path)
            let crlf = existing?.usesCRLF ?? false
            let style = existing.map { FileStyle(lines: $0.lines) } ?? dutchStyle ?? FileStyle()
            func withEOL(_ block: [String]) -> [String] { crlf ? block.map { $0 + "\r" } : block }
            // Bottom to top, so the line numbers of blocks above stay valid.
            for (range, values) in (replacements[path] ?? []).sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                let old = lines[(range.lowerBound - 1)...(range.upperBound - 1)].map { String(BlockLayout.content($0)) }
                lines.replaceSubrange((range.lowerBound - 1)...(range.upperBound - 1),
                                      with: withEOL(ClauseBlockEditor.replace(old, with: values, style: style)))
            }
            if let added = appends[path] {
                if lines.last == "" { lines.removeLast() }
                for values in added {
                    if let last = lines.last, !BlockLayout.content(last).allSatisfy({ $0 == " " }) { lines.append(crlf ? "\r" : "") }
                    lines += withEOL(ClauseBlockEditor.newBlock(values, style: style))
                }
                lines.append("")
            }
            let text = lines.joined(separator: "\n")
            if let problem = verify(text, path: path, before: existing, changes: (replacements[path] ?? []).map(\.1) + (appends[path] ?? [])) {
                problems.append(problem)
            } else {
                result[path] = text
            }
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        return result
    }

    /// The first lines of a clause file privdoc creates.
    private static func header(for path: String) -> [String] {
        let name = (path as NSString).lastPathComponent
        return ["# Translation of locales/nl/\(name). The Dutch text is authoritative; `source-version` is the",
                "# version of the Dutch clause translated (docs/translating.md).", ""]
    }

    /// Reads the new text back; a problem when any clause differs from what was intended.
    private static func verify(_ text: String, path: String, before: ClauseFile?, changes: [ClauseValues]) -> TranslationProblem? {
        let (after, problems) = ClauseFile.parse(text: text, path: path, isSource: false)
        let fail = { (detail: String) in
            TranslationProblem(file: path, "privdoc could not edit this file safely (\(detail)); nothing was written")
        }
        if let first = problems.first { return fail(first.description) }
        var expected: [String: (Int, Int?, CatalogClause.Status, String)] = [:]
        for c in before?.clauses ?? [] { expected[c.id] = (c.version, c.sourceVersion, c.status, c.text) }
        for c in changes { expected[c.id] = (c.version, c.sourceVersion, c.status, c.text) }
        guard after.clauses.count == expected.count else { return fail("the number of clauses changed") }
        for c in after.clauses {
            guard let e = expected[c.id], e.0 == c.version, e.1 == c.sourceVersion, e.2 == c.status,
                  e.3.unicodeScalars.elementsEqual(c.text.unicodeScalars) else {
                return fail("clause \(c.id) reads back differently")
            }
        }
        return nil
    }
}
