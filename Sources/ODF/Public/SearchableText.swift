import XMLSupport

/// The text a person or a link in an XML part can show: character data, with paragraphs kept apart,
/// and every attribute value (hyperlink targets live in `xlink:href` in ODF and in the `Target` of a
/// relationship part in OOXML). For searching office files privdoc did not write (`check-reference`).
public struct SearchableText: Sendable, Equatable {
    /// Character data; one line per paragraph (`text:p`, `text:h`, `w:p`, …).
    public var text: String
    /// Every attribute value, in document order.
    public var attributeValues: [String]

    /// Reads `xml` through libxml2 with no network, no DTD loading and no entity substitution
    /// (`XML_PARSE_NOENT` is not set): an entity reference is skipped, never expanded, so an entity
    /// bomb inside a package costs nothing. libxml2's default limits (depth, text-node size) stay on.
    /// Nil when the part is not well-formed XML.
    public init?(xml: [UInt8]) {
        guard let tree = try? XMLDocument(xml), let root = tree.root else { return nil }
        var lines: [String] = []
        var current = ""
        var attributes: [String] = []
        Self.walk(root, &current, &lines, &attributes, depth: 0)
        if !current.isEmpty { lines.append(current) }
        text = lines.joined(separator: "\n")
        attributeValues = attributes
    }

    /// Elements that end a line: paragraphs, headings, list items, table cells, breaks (ODF and WordprocessingML).
    private static let lineEnds: Set<String> = ["p", "h", "tc", "table-cell", "line-break", "br", "cr"]
    private static let spaces: Set<String> = ["tab", "s"]

    private static func walk(_ node: XMLNode, _ current: inout String, _ lines: inout [String],
                             _ attributes: inout [String], depth: Int) {
        // libxml2 refuses trees deeper than 256 without XML_PARSE_HUGE; this walk stays within that.
        for a in node.attributes where !a.value.isEmpty { attributes.append(a.value) }
        for child in node.children {
            switch child.kind {
            case .text:
                if let content = child.content { current += content }
            case .element:
                let name = child.name
                if spaces.contains(name) { current += " " }
                walk(child, &current, &lines, &attributes, depth: depth + 1)
                if lineEnds.contains(name), !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
            case .entityReference, .other:
                continue // entity references, comments, processing instructions: not shown text
            }
        }
    }
}
