internal import CLibXML2

// No Foundation here: libxml2's headers pull in the system ICU, which clashes with Foundation's own copy
// when both are imported into one file.

/// A parsed XML document. Owns the libxml2 tree and frees it in `deinit`; callers see only `ParsedElement`
/// values that do not outlive it.
final class XMLTree {
    private let doc: xmlDocPtr

    /// Parses `data`. The network is never used and no external entity or DTD is loaded
    /// (XML_PARSE_NONET, no XML_PARSE_NOENT / DTDLOAD); a syntax error gives its line and libxml2's message.
    init(bytes: [UInt8], file: String) throws(TranslationFailure) {
        LibXML2Setup.ensure()
        guard let ctxt = xmlNewParserCtxt() else { throw .io("libxml2: out of memory") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue |
                            XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: CChar.self).baseAddress
            return xmlCtxtReadMemory(ctxt, base, Int32(raw.count), file, nil, options)
        }
        guard let parsed, ctxt.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            var line: Int?
            var message = "not well-formed XML"
            if let error = xmlCtxtGetLastError(ctxt) {
                line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
                if let m = error.pointee.message {
                    var text = String(cString: m)
                    while let last = text.last, last.isWhitespace { text.removeLast() }
                    message = "not well-formed XML: " + text
                }
            }
            throw .invalid([TranslationProblem(file: file, line: line, message)])
        }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// The document element.
    var root: ParsedElement? {
        xmlDocGetRootElement(doc).map(ParsedElement.init)
    }
}
