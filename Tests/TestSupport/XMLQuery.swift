import CLibXML2

/// XPath queries over one XML part, with the ODF prefixes registered (`office`, `style`, `text`,
/// `table`, `draw`, `fo`, `xlink`, `svg`, `dc`, `meta`, `manifest`, `xml`).
public final class XMLQuery {
    private let doc: xmlDocPtr
    private let context: xmlXPathContextPtr

    /// Parses `bytes`; nil when they are not well-formed.
    public init?(_ bytes: [UInt8]) {
        xmlInitParser()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ b in
            b.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", options) }
        }) else { return nil }
        guard let context = xmlXPathNewContext(doc) else {
            xmlFreeDoc(doc)
            return nil
        }
        self.doc = doc
        self.context = context
        let namespaces = [
            ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
            ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
            ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
            ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
            ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
            ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
            ("xlink", "http://www.w3.org/1999/xlink"),
            ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
            ("dc", "http://purl.org/dc/elements/1.1/"),
            ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
            ("manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
        ]
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(doc)
    }

    /// The string value of every node the expression selects (text of elements, value of attributes).
    public func values(_ xpath: String) -> [String] {
        nodes(xpath).map(Self.text)
    }

    /// The number of nodes selected.
    public func count(_ xpath: String) -> Int { nodes(xpath).count }

    /// The first value, or nil.
    public func value(_ xpath: String) -> String? { values(xpath).first }

    private func nodes(_ xpath: String) -> [xmlNodePtr] {
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0] }
    }

    private static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        func walk(_ n: xmlNodePtr) {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
                if let c = n.pointee.content { out += String(cString: c) }
                return
            }
            var child = n.pointee.children
            while let c = child {
                walk(c)
                child = c.pointee.next
            }
        }
        walk(node)
        return out
    }
}
