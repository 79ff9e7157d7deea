internal import CLibXML2

// No Foundation here: libxml2's headers pull in the system ICU, which clashes with Foundation's own copy
// when both are imported into one file.

/// A view of one element of an `XMLTree`; valid while the tree lives.
struct ParsedElement {
    let node: xmlNodePtr

    /// The local name.
    var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, if any.
    var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// The line the start tag is on.
    var line: Int { Int(xmlGetLineNo(node)) }

    /// Child elements.
    var children: [ParsedElement] {
        var out: [ParsedElement] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(ParsedElement(node: c)) }
            child = c.pointee.next
        }
        return out
    }

    /// The value of an attribute without a namespace (read from the tree, so nothing to free).
    func attribute(_ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if a.pointee.ns == nil, String(cString: a.pointee.name) == name {
                return ParsedElement.text(of: a.pointee.children)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The text content: text and CDATA, including that inside `<mrk>` and `<g>` (segment and formatting
    /// markers a CAT tool may add). Any other child element (`<x/>`, `<ph>`, `<bpt>`…) or an entity
    /// reference is reported by name: privdoc exports plain text and cannot place inline codes.
    func textContent() -> (text: String, unsupported: [String]) {
        var text = ""
        var unsupported: [String] = []
        func walk(_ first: xmlNodePtr?) {
            var child = first
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { text += String(cString: content) }
                case XML_ELEMENT_NODE:
                    let name = String(cString: c.pointee.name)
                    if name == "mrk" || name == "g" { walk(c.pointee.children) } else { unsupported.append("<\(name)>") }
                case XML_ENTITY_REF_NODE:
                    unsupported.append("&\(String(cString: c.pointee.name));")
                default:
                    break
                }
                child = c.pointee.next
            }
        }
        walk(node.pointee.children)
        return (text, unsupported)
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var s = ""
        var child = first
        while let c = child {
            if let content = c.pointee.content { s += String(cString: content) }
            child = c.pointee.next
        }
        return s
    }
}
