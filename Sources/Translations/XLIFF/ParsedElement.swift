import XMLSupport

/// A view of one element of an XLIFF file, with what the reader needs of it.
struct ParsedElement {
    let node: XMLNode

    /// The local name.
    var name: String { node.name }

    /// The namespace URI, if any.
    var namespace: String? { node.namespace }

    /// The line the start tag is on.
    var line: Int { node.line }

    /// Child elements.
    var children: [ParsedElement] { node.elements.map(ParsedElement.init) }

    /// The value of an attribute without a namespace.
    func attribute(_ name: String) -> String? { node.attribute(name) }

    /// The text content: text and CDATA, including that inside `<mrk>` and `<g>` (segment and formatting
    /// markers a CAT tool may add). Any other child element (`<x/>`, `<ph>`, `<bpt>`…) or an entity
    /// reference is reported by name: privdoc exports plain text and cannot place inline codes.
    func textContent() -> (text: String, unsupported: [String]) {
        var text = ""
        var unsupported: [String] = []
        func walk(_ node: XMLNode) {
            for c in node.children {
                switch c.kind {
                case .text: text += c.content ?? ""
                case .element:
                    if c.name == "mrk" || c.name == "g" { walk(c) } else { unsupported.append("<\(c.name)>") }
                case .entityReference: unsupported.append("&\(c.name);")
                case .other: break
                }
            }
        }
        walk(node)
        return (text, unsupported)
    }
}
