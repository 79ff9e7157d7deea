import XMLSupport
/// The XML namespaces of ODF 1.3 (part 3, §2.2) the writer uses, declared on each root element.
enum Namespace {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    static let number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    static let chart = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
    static let dr3d = "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"
    static let form = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
    static let script = "urn:oasis:names:tc:opendocument:xmlns:script:1.0"
    static let presentation = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"

    /// Every namespace of ODF 1.3 that a style sheet may carry, with the prefix privdoc writes for it, in
    /// declaration order. Elements and attributes of any other namespace (LibreOffice's `loext:`,
    /// `officeooo:`…) are dropped when a reference document is read: they are not in the ODF 1.3 schema
    /// that every document privdoc writes must pass (decision 050).
    static let styleSheetNamespaces: [(prefix: String, uri: String)] = [
        ("office", office), ("style", style), ("text", text), ("table", table), ("draw", draw), ("fo", fo),
        ("xlink", xlink), ("svg", svg), ("dc", dc), ("meta", meta), ("number", number), ("chart", chart),
        ("dr3d", dr3d), ("form", form), ("script", script), ("presentation", presentation),
    ]

    /// The prefixes `declareText` always declares.
    static let textPrefixes: Set<Substring> = ["office", "style", "text", "table", "draw", "fo", "xlink", "svg"]

    /// Declares the namespaces of text documents and, after them, any of `extra` (prefixes of
    /// `styleSheetNamespaces`) that copied style-sheet content uses.
    static func declareText(on xml: XMLWriter, extra: Set<Substring>) {
        declareText(on: xml)
        // After `office:version`: attribute order means nothing to XML, and the built-in house style
        // needs none of these, so its bytes stay as they were.
        for (prefix, uri) in styleSheetNamespaces where extra.contains(Substring(prefix)) && !textPrefixes.contains(Substring(prefix)) {
            xml.attribute(named: "xmlns:" + prefix, uri)
        }
    }

    /// The ODF version every root element declares.
    static let odfVersion = "1.3"

    /// Declares the namespaces of text documents (`content.xml`, `styles.xml`) on the open root.
    static func declareText(on xml: XMLWriter) {
        xml.attributes([
            "xmlns:office": office, "xmlns:style": style, "xmlns:text": text, "xmlns:table": table,
            "xmlns:draw": draw, "xmlns:fo": fo, "xmlns:xlink": xlink, "xmlns:svg": svg,
        ])
        xml.attribute("office:version", odfVersion)
    }
}
