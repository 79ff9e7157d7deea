import CLibXML2

/// Reads an XML part (a reference document's `styles.xml`, or a flat `.fodt`) into an `XMLElement` tree
/// with canonical ODF prefixes.
///
/// Kept: elements and attributes of the ODF 1.3 namespaces (`Namespace.styleSheetNamespaces`). Dropped:
/// every other namespace (office-suite extensions the ODF 1.3 schema rejects), comments, processing
/// instructions, and character data outside paragraphs, headings, embedded pictures and custom
/// properties (the indentation of a pretty-printed file, which means nothing there; inside them every
/// character is kept).
enum XMLElementReader {
    /// The root element of `bytes`; `invalidModel` naming `source` when they are not well-formed XML.
    static func read(_ bytes: [UInt8], source: String) throws(ODFError) -> XMLElement {
        guard let tree = XMLTree(bytes, options: Int32(XML_PARSE_HUGE.rawValue)), let root = tree.root else {
            throw .invalidModel("\(source) is not well-formed XML")
        }
        guard let element = convert(root, inText: false) else {
            throw .invalidModel("\(source): the root element is not an ODF element")
        }
        return element
    }

    /// Elements whose character data means something.
    private static let textualElements: Set<String> = ["text:p", "text:h", "office:binary-data", "meta:user-defined"]

    private static let prefixes: [String: String] = Dictionary(uniqueKeysWithValues:
        Namespace.styleSheetNamespaces.map { ($0.uri, $0.prefix) })

    /// The canonical prefix of a node's namespace; nil for a namespace ODF 1.3 does not define.
    private static func prefix(_ ns: UnsafeMutablePointer<xmlNs>?) -> String? {
        guard let href = ns?.pointee.href else { return nil }
        return prefixes[String(cString: href)]
    }

    private static func convert(_ node: xmlNodePtr, inText: Bool) -> XMLElement? {
        guard let prefix = prefix(node.pointee.ns), let name = node.pointee.name else { return nil }
        let qualified = prefix + ":" + String(cString: name)
        var element = XMLElement(qualified)
        var attribute = node.pointee.properties
        while let a = attribute {
            if let p = Self.prefix(a.pointee.ns), let local = a.pointee.name {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                element.attributes.append(.init(name: p + ":" + String(cString: local), value: value))
            }
            attribute = a.pointee.next
        }
        let textual = inText || textualElements.contains(qualified)
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if let e = convert(c, inText: textual) { element.children.append(.element(e)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if textual, let content = c.pointee.content { element.children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = c.pointee.next
        }
        return element
    }
}
