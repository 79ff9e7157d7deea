import PrivdocDiagnostics
import ODF
import Yams

/// `body:` (templates.md §2.2).
extension TemplateLoader {
    static let elementKeywords: Set<String> = Set(ElementKeyword.bodyKeywords.map(\.rawValue))

    mutating func parseBody(_ nodes: [Node]) -> [BodyElement] { nodes.compactMap({ parseElement($0) }) }

    /// One element: a bare keyword (`- signature`) or a mapping with one keyword and optional `when`/`id`.
    mutating func parseElement(_ node: Node) -> BodyElement? {
        let location = yaml.location(node)
        if case .scalar(let s) = node {
            guard let kind = simpleKind(s.string) else {
                yaml.bag.error(.templateElement, at: location, "unknown element `\(s.string)`")
                return nil
            }
            return BodyElement(kind: kind, when: nil, id: nil, location: location)
        }
        guard let map = yaml.mapping(node, "a body element") else { return nil }
        let keywords = map.compactMap { key, _ in key.string }.filter(Self.elementKeywords.contains)
        guard keywords.count == 1, let keyword = keywords.first, let value = map[keyword] else {
            yaml.bag.error(.templateElement, at: location,
                           keywords.isEmpty ? "an element needs one of: \(Self.elementKeywords.sorted().joined(separator: ", "))"
                                            : "an element may have only one of \(keywords.joined(separator: ", "))")
            return nil
        }
        yaml.checkKeys(map, allowed: [keyword, "when", "id"], in: "a \(keyword) element")
        var when = map["when"].flatMap { yaml.condition($0) }
        let id = map["id"].flatMap { yaml.id($0, "id") }
        guard let kind = parseKind(keyword, value, when: &when) else { return nil }
        var element = BodyElement(kind: kind, when: when, id: id, location: location)
        if keyword == "section" { element.each = value.mapping?["each"].flatMap { yaml.string($0, "each") } }
        return element
    }

    private func simpleKind(_ keyword: String) -> BodyElement.Kind? {
        switch keyword {
        case "reference-line": return .referenceLine
        case "signature": return .signature
        case "page-break": return .pageBreak
        case "toc": return .toc(heading: nil)
        default: return nil
        }
    }

    private mutating func parseKind(_ keyword: String, _ value: Node, when: inout Guard?) -> BodyElement.Kind? {
        if let simple = simpleKind(keyword), keyword != "toc" || isNull(value) { return simple }
        switch keyword {
        case "clause": return clauseRef(value).map { .clause($0) }
        case "subject": return clauseRef(value).map { .subject($0) }
        case "heading": return clauseRef(value).map { .heading($0) }
        case "address-block": return yaml.string(value, "address-block").map { .addressBlock(field: $0) }
        case "signatures":
            guard let items = yaml.sequence(value, "signatures") else { return nil }
            return .signatures(items.compactMap { yaml.string($0, "a party field") })
        case "toc":
            guard let map = yaml.mapping(value, "toc") else { return nil }
            yaml.checkKeys(map, allowed: ["heading"], in: "toc")
            return .toc(heading: map["heading"].flatMap({ clauseRef($0) }))
        default:
            guard let map = yaml.mapping(value, keyword) else { return nil }
            if let inner = map["when"] {
                if when != nil { yaml.bag.error(.templateElement, at: yaml.location(inner), "`when` is given twice") }
                when = yaml.condition(inner)
            }
            return parseComposite(keyword, map, at: yaml.location(value))
        }
    }

    private func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node { return s.string.isEmpty || s.string == "~" }
        return false
    }

    private mutating func parseComposite(_ keyword: String, _ map: Node.Mapping, at location: SourceLocation) -> BodyElement.Kind? {
        switch keyword {
        case "section":
            yaml.checkKeys(map, allowed: ["heading", "body", "when", "each"], in: "section")
            guard let heading = map["heading"].flatMap({ clauseRef($0) }), let body = map["body"].flatMap({ yaml.sequence($0, "body") }) else {
                yaml.bag.error(.templateElement, at: location, "a section needs heading and body")
                return nil
            }
            return .section(heading: heading, body: parseBody(body))
        case "list": return parseList(map, at: location).map { .list($0) }
        case "table": return parseTable(map, at: location).map { .table($0) }
        case "article":
            yaml.checkKeys(map, allowed: ["id", "title", "paragraphs", "when"], in: "article")
            guard let title = map["title"].flatMap({ clauseRef($0) }),
                  let paragraphs = map["paragraphs"].flatMap({ yaml.sequence($0, "paragraphs") }) else {
                yaml.bag.error(.templateElement, at: location, "an article needs title and paragraphs")
                return nil
            }
            let items = parseBody(paragraphs)
            for item in items {
                switch item.kind {
                case .clause, .list, .table: continue
                default: yaml.bag.error(.templateElement, at: item.location, "an article paragraph must be a clause, list or table")
                }
            }
            return .article(ArticleSpec(id: map["id"].flatMap { yaml.id($0, "id") }, title: title, paragraphs: items))
        case "annex":
            yaml.checkKeys(map, allowed: ["id", "title", "body", "when"], in: "annex")
            guard let title = map["title"].flatMap({ clauseRef($0) }), let body = map["body"].flatMap({ yaml.sequence($0, "body") }) else {
                yaml.bag.error(.templateElement, at: location, "an annex needs title and body")
                return nil
            }
            return .annex(AnnexSpec(id: map["id"].flatMap { yaml.id($0, "id") }, title: title, body: parseBody(body)))
        default:
            return nil
        }
    }
}
