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
