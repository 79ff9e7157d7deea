import Yams

/// One clause file (`locales/<lang>/NAME.yaml`): its clauses, read with Yams, and its lines, kept for
/// surgical edits (a clause is replaced line by line; everything else stays byte-identical).
struct ClauseFile: Sendable {
    /// Path relative to the library root, e.g. `locales/pl/letters.yaml`.
    let path: String
    /// The file's lines without their `\n` (a CRLF file keeps the `\r`). A file ending in a line break
    /// has an empty last element, so `lines.joined(separator: "\n")` gives the file back exactly.
    let lines: [String]
    /// The clauses in file order.
    let clauses: [CatalogClause]
    /// Why the file cannot be edited line by line (an unusual layout), if it cannot.
    let layoutProblem: String?

    /// The file's line ending, for lines privdoc writes into it.
    var usesCRLF: Bool { lines.first?.hasSuffix("\r") ?? false }

    /// Reads a file's text; problems with single clauses are collected, the rest of the file is kept.
    static func parse(text: String, path: String, isSource: Bool) -> (ClauseFile, [TranslationProblem]) {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        var problems: [TranslationProblem] = []
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            problems.append(yamlProblem(error, path: path))
            return (ClauseFile(path: path, lines: lines, clauses: [], layoutProblem: "it is not valid YAML"), problems)
        }
        guard let root else {
            return (ClauseFile(path: path, lines: lines, clauses: [], layoutProblem: nil), problems)
        }
        guard let map = root.mapping else {
            problems.append(TranslationProblem(file: path, line: root.mark?.line, "a clause file must be a map of clause ids"))
            return (ClauseFile(path: path, lines: lines, clauses: [], layoutProblem: "it is not a map"), problems)
        }
        let blocks = BlockLayout(lines: lines)
        var clauses: [CatalogClause] = []
        var layoutProblem: String?
        for (key, value) in map {
            let line = key.mark?.line ?? 1
            guard let id = key.scalar?.string, !id.isEmpty else {
                problems.append(TranslationProblem(file: path, line: line, "a clause id must be a plain word"))
                continue
            }
            let range = blocks.block(startingAt: line - 1, keyColumn: key.mark?.column ?? 0)
            if range == nil { layoutProblem = "clause \(id) does not start at the beginning of line \(line)" }
            var clause = CatalogClause(id: id, file: path, lines: range.map { ($0.lowerBound + 1)...($0.upperBound + 1) } ?? line...line,
                                       version: 0, sourceVersion: nil, status: .draft, text: "")
            if read(value, into: &clause, isSource: isSource, path: path, problems: &problems) {
                clauses.append(clause)
            }
        }
        if layoutProblem == nil, let stray = blocks.keyLines.subtracting(map.keys.compactMap { $0.mark.map { $0.line - 1 } }).min() {
            layoutProblem = "line \(stray + 1) starts at column 1 but is not a clause id"
        }
        return (ClauseFile(path: path, lines: lines, clauses: clauses, layoutProblem: layoutProblem), problems)
    }

    /// Reads one clause's keys; false when the clause is unusable (the problems say why).
    private static func read(_ value: Node, into clause: inout CatalogClause, isSource: Bool, path: String,
                             problems: inout [TranslationProblem]) -> Bool {
        let line = clause.lines.lowerBound
        func problem(_ node: Node?, _ message: String) {
            problems.append(TranslationProblem(file: path, line: node?.mark?.line ?? line, unit: clause.id, message))
        }
        guard let map = value.mapping else {
            problem(value, "a clause must be a map with version, status and text")
            return false
        }
        var usable = true
        if let v = map["version"]?.int { clause.version = v } else {
            problem(map["version"], "needs a whole-number version"); usable = false
        }
        if let s = map["status"]?.string, let status = CatalogClause.Status(rawValue: s) { clause.status = status } else {
            problem(map["status"], "needs a status: draft or reviewed"); usable = false
        }
        if !isSource {
            if let v = map["source-version"]?.int { clause.sourceVersion = v } else {
                problem(map["source-version"], "a translation needs a whole-number source-version (the Dutch version it translates)")
                usable = false
            }
        }
        if case .scalar(let scalar)? = map["text"] {
            var text = scalar.string
            // A block scalar (`text: |`) ends with the line break that clip chomping keeps; it is not part of the text.
            if scalar.style == .literal || scalar.style == .folded, text.hasSuffix("\n") { text.removeLast() }
            clause.text = text
        } else {
            problem(map["text"], "needs a text"); usable = false
        }
        return usable
    }

    /// A Yams error as a located problem.
    static func yamlProblem(_ error: Error, path: String) -> TranslationProblem {
        if let error = error as? YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                return TranslationProblem(file: path, line: mark.line, "not valid YAML: \(problem)")
            default: break
            }
        }
        return TranslationProblem(file: path, "not valid YAML: \(error)")
    }
}
