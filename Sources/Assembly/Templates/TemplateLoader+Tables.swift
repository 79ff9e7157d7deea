import ClauseSyntax
import PrivdocDiagnostics
import ODF
import Yams

/// `list:` and `table:` (templates.md §2.2, §2.5).
extension TemplateLoader {
    mutating func parseList(_ map: Node.Mapping, at location: SourceLocation) -> ListSpec? {
        yaml.checkKeys(map, allowed: ["kind", "items", "items-from", "item", "when"], in: "list")
        var kind = ODF.List.Kind.bulleted
        if let node = map["kind"], let text = yaml.string(node, "kind") {
            switch text {
            case "bulleted": kind = .bulleted
            case "numbered": kind = .numbered
            case "lettered": kind = .lettered
            default: yaml.bag.error(.templateElement, at: yaml.location(node), "kind must be bulleted, numbered or lettered")
            }
        }
        let items = map["items"].flatMap { yaml.sequence($0, "items") }.map({ parseBody($0) }) ?? []
        for item in items {
            if case .clause = item.kind { continue }
            yaml.bag.error(.templateElement, at: item.location, "a list item must be a clause")
        }
        let from = map["items-from"].flatMap { yaml.string($0, "items-from") }
        if (from == nil) == (map["items"] == nil) {
            yaml.bag.error(.templateElement, at: location, "a list needs either items or items-from")
        }
        return ListSpec(kind: kind, items: items, itemsFrom: from, itemSnippet: map["item"].flatMap({ parseSnippet($0) }))
    }

    mutating func parseTable(_ map: Node.Mapping, at location: SourceLocation) -> TableSpec? {
        yaml.checkKeys(map, allowed: ["columns", "rows", "rows-from", "when"], in: "table")
        guard let columnNodes = map["columns"].flatMap({ yaml.sequence($0, "columns") }), !columnNodes.isEmpty else {
            yaml.bag.error(.templateElement, at: location, "a table needs columns")
            return nil
        }
        var columns: [TableSpec.Column] = []
        for node in columnNodes {
            guard let col = yaml.mapping(node, "a column") else { continue }
            yaml.checkKeys(col, allowed: ["heading", "width", "cell"], in: "a column")
            guard let width = col["width"].flatMap({ yaml.integer($0, "width (millimetres)") }), width > 0 else {
                yaml.bag.error(.templateElement, at: yaml.location(node), "a column needs a width in millimetres")
                continue
            }
            columns.append(TableSpec.Column(heading: col["heading"].flatMap({ clauseRef($0) }), width: Double(width),
                                            cell: col["cell"].flatMap({ parseCell($0) })))
        }
        var rows: [[TableSpec.Cell]] = []
        if let rowNodes = map["rows"].flatMap({ yaml.sequence($0, "rows") }) {
            for rowNode in rowNodes {
                guard let cells = yaml.sequence(rowNode, "a row") else { continue }
                if cells.count != columns.count {
                    yaml.bag.error(.templateElement, at: yaml.location(rowNode), "a row needs \(columns.count) cells")
                }
                rows.append(cells.compactMap({ parseCell($0) }))
            }
        }
        let from = map["rows-from"].flatMap { yaml.string($0, "rows-from") }
        if (from == nil) == (map["rows"] == nil) {
            yaml.bag.error(.templateElement, at: location, "a table needs either rows or rows-from")
        }
        if from != nil, columns.contains(where: { $0.cell == nil }) {
            yaml.bag.error(.templateElement, at: location, "with rows-from every column needs a cell")
        }
        return TableSpec(columns: columns, rows: rows, rowsFrom: from)
    }

    /// A cell: a snippet when it holds `{{`, else a clause id.
    private mutating func parseCell(_ node: Node) -> TableSpec.Cell? {
        guard let text = yaml.string(node, "a cell") else { return nil }
        if text.contains("{{") { return parseSnippet(node).map { .snippet($0) } }
        return clauseRef(node).map { .clause($0) }
    }

    /// A snippet: placeholders (and punctuation) only — words belong in clauses.
    mutating func parseSnippet(_ node: Node) -> Snippet? {
        guard let text = yaml.string(node, "a snippet") else { return nil }
        let (parsed, problems) = ClauseText.parse(text, origin: yaml.origin(node))
        yaml.bag.add(contentsOf: problems)
        return Snippet(text: parsed, source: text, location: yaml.location(node))
    }
}
