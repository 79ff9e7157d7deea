import CLibXML2

/// Pretty-printing through libxml2, for golden files and failure messages.
public enum PrettyXML {
    /// `bytes` re-parsed without blank text nodes (`XML_PARSE_NOBLANKS`) and dumped indented. Returns a
    /// note instead when the bytes are not well-formed, so a golden diff shows that too.
    ///
    /// libxml2 keeps blank text next to other text (mixed content) and never indents inside it, so the
    /// text of a paragraph reads exactly as written.
    public static func format(_ bytes: [UInt8]) -> String {
        xmlInitParser()
        let options = Int32(XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue)
        guard let doc = bytes.withUnsafeBufferPointer({ b in
            b.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", options) }
        }) else { return "<!-- not well-formed XML -->\n" }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc), let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, doc, root, 0, 1)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content) + "\n"
    }

    /// `format` of UTF-8 text.
    public static func format(_ text: String) -> String { format(Array(text.utf8)) }
}
