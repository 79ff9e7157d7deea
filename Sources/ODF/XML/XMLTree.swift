import CLibXML2

/// A document parsed by libxml2; frees it in `deinit`.
final class XMLTree {
    let document: xmlDocPtr

    /// Parses `bytes` (no network, no entity expansion); nil when they are not well-formed.
    init?(_ bytes: [UInt8], options: Int32 = 0) {
        LibXML.ensureInitialized()
        let flags = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue) | options
        guard let doc = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", flags) }
        }) else { return nil }
        document = doc
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Small read-only helpers over libxml2 nodes.
extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Whether this is an element named `local` in namespace `uri`.
    func isElement(_ uri: String, _ local: String) -> Bool {
        guard pointee.type == XML_ELEMENT_NODE, let ns = pointee.ns, let href = ns.pointee.href, let name = pointee.name else {
            return false
        }
        return String(cString: name) == local && String(cString: href) == uri
    }

    /// The element children.
    var children: [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = pointee.children
        while let c = child {
            out.append(c)
            child = c.pointee.next
        }
        return out
    }

    /// Value of an attribute in namespace `uri`.
    func attribute(_ uri: String, _ local: String) -> String? {
        // Walks the attribute list instead of `xmlGetNsProp`, whose result needs `xmlFree` (a global
        // function pointer Swift 6 will not touch from concurrent code).
        var attribute = pointee.properties
        while let a = attribute {
            if let name = a.pointee.name, String(cString: name) == local,
               let href = a.pointee.ns?.pointee.href, String(cString: href) == uri {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attribute = a.pointee.next
        }
        return nil
    }
}
