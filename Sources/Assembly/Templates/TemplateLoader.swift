import PrivdocDiagnostics
import Yams

/// Reads one `templates/<kind>.yaml` into a `Template` (templates.md §2). Problems are collected in the
/// template; a template with errors is kept (so lint can report everything) but cannot be used.
struct TemplateLoader {
    var yaml: YAMLReader

    static let topKeys: Set<String> = ["id", "version", "layout", "title", "subtitle", "subject", "languages", "fields",
                                       "computed", "rules", "checks", "body", "command", "kind", "description", "besluit"]

    /// Loads a template; nil when the file is not YAML at all (the problem is in `problems`).
    static func load(text: String, file: String) -> (Template?, [Diagnostic]) {
        var loader = TemplateLoader(yaml: YAMLReader(file: file, text: text))
        guard let root = loader.yaml.compose(text, code: .templateSyntax) else { return (nil, loader.yaml.bag.items) }
        guard let mapping = loader.yaml.mapping(root, "a template") else { return (nil, loader.yaml.bag.items) }
        let template = loader.parse(mapping, root: root)
        return (template, template.problems)
    }

    private mutating func parse(_ map: Node.Mapping, root: Node) -> Template {
        yaml.checkKeys(map, allowed: Self.topKeys, in: "a template")
        let fileStem = String(yaml.file.split(separator: "/").last ?? "").replacingSuffix(".yaml", "")
        var id = map["id"].flatMap { yaml.id($0, "id") } ?? fileStem
        if map["id"] == nil { yaml.bag.error(.templateStructure, at: yaml.location(root), "a template needs an `id`") }
        if id != fileStem {
            yaml.bag.error(.templateStructure, at: yaml.location(map["id"] ?? root), "the id must equal the file name (\(fileStem))")
            id = fileStem
        }
        let documentKind = Self.kind(of: map, templateID: id, yaml: &yaml)
        let version = map["version"].flatMap { yaml.integer($0, "version") } ?? 0
        if map["version"] == nil { yaml.bag.error(.templateStructure, at: yaml.location(root), "a template needs a `version`") }
        var layout = Template.Layout.letter
        if let node = map["layout"], let text = yaml.string(node, "layout") {
            if let known = Template.Layout(rawValue: text) { layout = known } else {
                yaml.bag.error(.templateStructure, at: yaml.location(node), "layout must be letter or agreement")
            }
        }
        let title = map["title"].flatMap({ clauseRef($0) })
        let subtitle = map["subtitle"].flatMap({ clauseRef($0) })
        let subject = map["subject"].flatMap({ clauseRef($0) })
        var languages: [String] = []
        if let node = map["languages"], let items = yaml.sequence(node, "languages") {
            languages = items.compactMap { yaml.id($0, "a language code") }
        } else if map["languages"] == nil {
            yaml.bag.error(.templateStructure, at: yaml.location(root), "a template needs `languages:` (the languages it must exist in)")
        }
        var fields: [FieldSpec] = []
        if let node = map["fields"], let items = yaml.sequence(node, "fields") {
            for item in items { fields.append(contentsOf: parseField(item)) }
        }
        fields = resolveStandIns(fields)
        var seen = Set<String>()
        for spec in fields where !seen.insert(spec.name).inserted {
            yaml.bag.error(.templateField, at: spec.location, field: spec.name, "declared twice")
        }
        let table = FieldTable(fields)
        let computed = map["computed"].flatMap { yaml.sequence($0, "computed") }.map { $0.compactMap({ parseComputed($0) }) } ?? []
        let rules = map["rules"].flatMap { yaml.sequence($0, "rules") }.map { $0.compactMap({ parseRule($0) }) } ?? []
        var body: [BodyElement] = []
        if let node = map["body"], let items = yaml.sequence(node, "body") {
            body = parseBody(items)
        } else if map["body"] == nil {
            yaml.bag.error(.templateStructure, at: yaml.location(root), "a template needs a `body`")
        }
        var isBesluit = false
        if let node = map["besluit"], let value = yaml.boolean(node, "besluit") {
            isBesluit = value
            if value, layout != .letter {
                yaml.bag.error(.templateStructure, at: yaml.location(node), "besluit: true is for letters (an agreement says which language prevails in its own text)")
            }
        }
        var checks: [BuiltInCheck] = []
        for node in map["checks"].flatMap({ yaml.sequence($0, "checks") }) ?? [] {
            guard let name = yaml.string(node, "a check") else { continue }
            if let check = BuiltInCheck(rawValue: name) { checks.append(check) } else {
                yaml.bag.error(.templateRule, at: yaml.location(node),
                               "unknown check; use \(BuiltInCheck.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        return Template(id: id, documentKind: documentKind, version: version, layout: layout, title: title, subtitle: subtitle, languages: languages,
                        fields: table, computed: computed, rules: rules, body: body, file: yaml.file,
                        languagesLocation: yaml.location(map["languages"] ?? root), problems: yaml.bag.items,
                        checks: checks, checksLocation: map["checks"].map { yaml.location($0) }, isBesluit: isBesluit, subject: subject)
    }

    mutating func clauseRef(_ node: Node) -> ClauseRef? {
        yaml.id(node, "a clause id").map { ClauseRef(id: $0, location: yaml.location(node)) }
    }

    private mutating func parseComputed(_ node: Node) -> ComputedField? {
        guard let map = yaml.mapping(node, "a computed value") else { return nil }
        yaml.checkKeys(map, allowed: ["name", "function", "from", "days"], in: "a computed value")
        guard let name = map["name"].flatMap({ yaml.string($0, "name") }),
              let fnNode = map["function"], let fnText = yaml.string(fnNode, "function"),
              let fromNode = map["from"], let from = computedSources(fromNode) else {
            yaml.bag.error(.templateComputed, at: yaml.location(node), "a computed value needs name, function and from")
            return nil
        }
        guard let function = ComputedField.Function(rawValue: fnText) else {
            yaml.bag.error(.templateComputed, at: yaml.location(fnNode),
                           "unknown function; use \(ComputedField.Function.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let days = map["days"].flatMap { yaml.integer($0, "days") }
        if function == .datePlusDays, days == nil {
            yaml.bag.error(.templateComputed, at: yaml.location(node), "date-plus-days needs `days:`")
        }
        if function.isDate, from.count != 1 {
            yaml.bag.error(.templateComputed, at: yaml.location(fromNode), "\(fnText) is computed from one date field")
        }
        return ComputedField(name: name, function: function, from: from, days: days, location: yaml.location(node))
    }

    /// `from: request.received`, or a list of fields (`from: [representative, recipient]`).
    private mutating func computedSources(_ node: Node) -> [String]? {
        if case .sequence = node {
            let items = yaml.sequence(node, "from")?.compactMap { yaml.string($0, "from") } ?? []
            return items.isEmpty ? nil : items
        }
        return yaml.string(node, "from").map { [$0] }
    }

    private mutating func parseRule(_ node: Node) -> TemplateRule? {
        guard let map = yaml.mapping(node, "a rule") else { return nil }
        yaml.checkKeys(map, allowed: ["id", "when", "assert", "field", "message", "severity", "each"], in: "a rule")
        guard let assertNode = map["assert"], let field = map["field"].flatMap({ yaml.string($0, "field") }) else {
            yaml.bag.error(.templateRule, at: yaml.location(node), "a rule needs assert and field")
            return nil
        }
        guard let assertion = yaml.condition(assertNode) else { return nil }
        let when = map["when"].flatMap { yaml.condition($0) }
        let id = map["id"].flatMap { yaml.id($0, "id") }
        let message = map["message"].flatMap { yaml.string($0, "message") }
        var rule = TemplateRule(id: id, when: when, assertion: assertion.condition, source: assertion.source, field: field,
                                message: message, location: yaml.location(node))
        rule.each = map["each"].flatMap { yaml.string($0, "each") }
        if let node = map["severity"], let severity = yaml.string(node, "severity") {
            switch severity {
            case "error": break
            case "warning": rule.isWarning = true
            default: yaml.bag.error(.templateRule, at: yaml.location(node), "severity must be error or warning")
            }
        }
        return rule
    }
}

extension String {
    func replacingSuffix(_ suffix: String, _ replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
