import XMLSupport

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
        guard let tree = try? XMLDocument(bytes, name: source, huge: true), let root = tree.root else {
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

    private static func convert(_ node: XMLNode, inText: Bool) -> XMLElement? {
        guard let uri = node.namespace, let prefix = prefixes[uri] else { return nil }
        let qualified = prefix + ":" + node.name
        var element = XMLElement(qualified)
        for a in node.attributes {
            guard let uri = a.namespace, let p = prefixes[uri] else { continue }
            element.attributes.append(.init(name: p + ":" + a.name, value: a.value))
        }
        let textual = inText || textualElements.contains(qualified)
        for child in node.children {
            switch child.kind {
            case .element:
                if let e = convert(child, inText: textual) { element.children.append(.element(e)) }
            case .text:
                if textual, let content = child.content { element.children.append(.text(content)) }
            case .entityReference, .other:
                break
            }
        }
        return element
    }
}
