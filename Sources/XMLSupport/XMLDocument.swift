internal import CLibXML2

/// Why a part is not well-formed XML: libxml2's message and line.
public struct XMLParseFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line of the problem, when libxml2 knows it.
    public var line: Int?
    /// libxml2's message, trailing white space removed.
    public var message: String
    public var description: String { (line.map { "line \($0): " } ?? "") + message }
}

/// A document parsed by libxml2, freed in `deinit`. Never the network, never an external entity or DTD
/// (`XML_PARSE_NONET`, no `NOENT`/`DTDLOAD`), so an entity bomb costs nothing; libxml2's default limits
/// (depth, text-node size) stay on unless `huge` is asked for.
public final class XMLDocument: @unchecked Sendable {
    let document: xmlDocPtr

    /// Parses `bytes`; `name` is what libxml2's messages call the document.
    public init(_ bytes: [UInt8], name: String = "part.xml", huge: Bool = false) throws(XMLParseFailure) {
        LibXML.ensureInitialized()
        guard let ctxt = xmlNewParserCtxt() else { throw XMLParseFailure(line: nil, message: "libxml2: out of memory") }
        defer { xmlFreeParserCtxt(ctxt) }
        var options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue |
                            XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        if huge { options |= Int32(XML_PARSE_HUGE.rawValue) }
        let parsed: xmlDocPtr? = bytes.withUnsafeBytes { raw in
            xmlCtxtReadMemory(ctxt, raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), name, nil, options)
        }
        guard let parsed, ctxt.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            var failure = XMLParseFailure(line: nil, message: "not well-formed XML")
            if let error = xmlCtxtGetLastError(ctxt) {
                failure.line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
                if let m = error.pointee.message {
                    var text = String(cString: m)
                    while let last = text.last, last.isWhitespace { text.removeLast() }
                    failure.message = "not well-formed XML: " + text
                }
            }
            throw failure
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The document element.
    public var root: XMLNode? { xmlDocGetRootElement(document).map { XMLNode($0, in: self) } }
}

/// A read-only view of one node of an `XMLDocument`; it keeps the document alive.
public struct XMLNode {
    let node: xmlNodePtr
    let owner: XMLDocument

    init(_ node: xmlNodePtr, in owner: XMLDocument) {
        self.node = node
        self.owner = owner
    }

    /// What the node is.
    public enum Kind: Equatable { case element, text, entityReference, other }

    public var kind: Kind {
        switch node.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_ENTITY_REF_NODE: return .entityReference
        default: return .other
        }
    }

    /// The local name (of an element or entity reference).
    public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, if any.
    public var namespace: String? { node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) } }

    /// The line the node starts on.
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// The character data of a text node.
    public var content: String? { node.pointee.content.map { String(cString: $0) } }

    /// Whether this is an element named `local` in namespace `uri`.
    public func isElement(_ uri: String, _ local: String) -> Bool {
        kind == .element && name == local && namespace == uri
    }

    /// Every child node, in order.
    public var children: [XMLNode] {
        var out: [XMLNode] = []
        var child = node.pointee.children
        while let c = child {
            out.append(XMLNode(c, in: owner))
            child = c.pointee.next
        }
        return out
    }

    /// The child elements.
    public var elements: [XMLNode] { children.filter { $0.kind == .element } }

    /// The attributes: namespace URI (nil for none), local name and value, in document order. Read from
    /// the tree (not `xmlGetNsProp`, whose result needs `xmlFree`, a global Swift 6 will not touch from
    /// concurrent code).
    public var attributes: [(namespace: String?, name: String, value: String)] {
        var out: [(String?, String, String)] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            let ns = a.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            out.append((ns, a.pointee.name.map { String(cString: $0) } ?? "", value))
            attribute = a.pointee.next
        }
        return out
    }

    /// The value of an attribute in namespace `uri` (nil: without a namespace).
    public func attribute(_ uri: String?, _ local: String) -> String? {
        attributes.first { $0.namespace == uri && $0.name == local }?.value
    }

    /// The value of an attribute without a namespace.
    public func attribute(_ local: String) -> String? { attribute(nil, local) }
}
