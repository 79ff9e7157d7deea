import ClauseSyntax
import PrivdocDiagnostics
import Yams

/// Reads one clause file of a language (`locales/<lang>/*.yaml`, templates.md §1).
enum ClauseFileLoader {
    static let keys: Set<String> = ["version", "status", "source-version", "text", "note", "omits", "forms"]
    /// An organisation's clause file may also say which shipped version a clause replaces.
    static let overrideKeys = keys.union(["overrides"])

    /// The clauses in the file, and problems that concern the file as a whole.
    static func load(text: String, file: String, language: String, isSource: Bool) -> ([Clause], [Diagnostic]) {
        let (clauses, _, problems) = read(text: text, file: file, language: language, isSource: isSource, isOrganisation: false)
        return (clauses, problems)
    }

    /// An organisation's clause file: the clauses, and the `overrides: N` of each clause that has one.
    static func loadOrganisation(text: String, file: String, language: String)
        -> ([Clause], [String: (version: Int, location: SourceLocation)], [Diagnostic]) {
        read(text: text, file: file, language: language, isSource: language == SourceLanguage.code, isOrganisation: true)
    }

    private static func read(text: String, file: String, language: String, isSource: Bool, isOrganisation: Bool)
        -> ([Clause], [String: (version: Int, location: SourceLocation)], [Diagnostic]) {
        var overrides: [String: (version: Int, location: SourceLocation)] = [:]
        var yaml = YAMLReader(file: file, text: text)
        guard let root = yaml.compose(text, code: .clauseSyntax) else { return ([], [:], yaml.bag.items) }
        guard let map = yaml.mapping(root, "a clause file") else { return ([], [:], yaml.bag.items) }
        let fileProblems = yaml.bag.items
        var clauses: [Clause] = []
        for (keyNode, value) in map {
            var clauseYAML = YAMLReader(file: file, lines: yaml.lines)
            guard let id = clauseYAML.id(keyNode, "a clause id") else {
                clauses.append(Clause(id: keyNode.string ?? "", language: language, version: 0, status: .draft, sourceVersion: nil,
                                      body: .empty, location: yaml.location(keyNode), keyProblems: clauseYAML.bag.items))
                continue
            }
            if isOrganisation, case .mapping(let m) = value, let node = m["overrides"] {
                if let n = clauseYAML.integer(node, "overrides") { overrides[id] = (n, clauseYAML.location(node)) }
            }
            clauses.append(parseClause(id: id, keyNode: keyNode, value: value, yaml: &clauseYAML,
                                       language: language, isSource: isSource, allowed: isOrganisation ? overrideKeys : keys))
        }
        return (clauses, overrides, fileProblems)
    }

    private static func parseClause(id: String, keyNode: Node, value: Node, yaml: inout YAMLReader,
                                    language: String, isSource: Bool, allowed: Set<String>) -> Clause {
        let location = yaml.location(keyNode)
        var clause = Clause(id: id, language: language, version: 0, status: .draft, sourceVersion: nil,
                            body: .empty, location: location, keyProblems: [])
        guard let map = yaml.mapping(value, "clause \(id)") else {
            clause.keyProblems = yaml.bag.items
            return clause
        }
        yaml.checkKeys(map, allowed: allowed, in: "clause \(id)")
        if let node = map["version"], let v = yaml.integer(node, "version") { clause.version = v } else if map["version"] == nil {
            yaml.bag.error(.clauseStructure, at: location, "clause \(id) needs a version")
        }
        if let node = map["status"], let text = yaml.string(node, "status") {
            if let status = Clause.Status(rawValue: text) { clause.status = status } else {
                yaml.bag.error(.clauseStructure, at: yaml.location(node), "status must be draft or reviewed")
            }
        } else if map["status"] == nil {
            yaml.bag.error(.clauseStructure, at: location, "clause \(id) needs a status (draft or reviewed)")
        }
        if let node = map["source-version"] {
            clause.sourceVersion = yaml.integer(node, "source-version")
            if isSource { yaml.bag.error(.clauseStructure, at: yaml.location(node), "source-version belongs in translations, not in nl") }
        } else if !isSource {
            yaml.bag.error(.clauseStructure, at: location, "a translation needs source-version (the nl version it translates)")
        }
        if let node = map["omits"] { readOmits(node, into: &clause, yaml: &yaml, isSource: isSource) }
        if let node = map["text"], case .scalar(let scalar) = node {
            var text = scalar.string
            if scalar.style == .literal || scalar.style == .folded, text.hasSuffix("\n") { text.removeLast() }
            clause.body = ClauseBody(source: text, origin: yaml.origin(node))   // parsed on first use
        } else {
            yaml.bag.error(.clauseStructure, at: location, "clause \(id) needs a text")
        }
        if let node = map["forms"] { readForms(node, into: &clause, yaml: &yaml) }
        clause.keyProblems = yaml.bag.items
        return clause
    }

    /// `forms: {loc: "załączniku nr {{number}}", gen: …}`: the label in the grammatical cases running text
    /// asks for with `{{ref id | form: NAME}}` (decision 173). Only the `label.ref.*` clauses have forms.
    private static func readForms(_ node: Node, into clause: inout Clause, yaml: inout YAMLReader) {
        guard clause.id.hasPrefix("label.ref.") else {
            yaml.bag.error(.clauseStructure, at: yaml.location(node), "forms: belongs to the cross-reference labels (label.ref.*)")
            return
        }
        guard let map = yaml.mapping(node, "forms") else { return }
        for (key, value) in map {
            guard let name = key.string, CrossReference.isFormName(name) else {
                yaml.bag.error(.clauseStructure, at: yaml.location(key), "a form name is lower-case letters (loc, gen, …)")
                continue
            }
            guard case .scalar(let scalar) = value, !scalar.string.isBlank else {
                yaml.bag.error(.clauseStructure, at: yaml.location(value), "form \(name) needs a text")
                continue
            }
            let (parsed, problems) = ClauseText.parse(scalar.string, origin: yaml.origin(value))
            yaml.bag.add(contentsOf: problems)
            clause.forms[name] = parsed
        }
    }

    /// `omits: {addressee.surname: "reason"}`: a field the translation leaves out, and why (decision 160).
    private static func readOmits(_ node: Node, into clause: inout Clause, yaml: inout YAMLReader, isSource: Bool) {
        clause.omitsLocation = yaml.location(node)
        if isSource {
            yaml.bag.error(.clauseStructure, at: yaml.location(node), "omits: belongs in translations, not in nl")
            return
        }
        guard let map = yaml.mapping(node, "omits") else { return }
        for (key, value) in map {
            guard let field = yaml.string(key, "a field name in omits") else { continue }
            guard let reason = yaml.string(value, "the reason \(field) is left out"), !reason.isBlank else { continue }
            clause.omits[field] = reason
        }
    }
}
