import XMLSupport
/// Writes `content.xml`: the body, with the automatic styles it collected emitted before it.
enum ContentWriter {
    /// `content.xml` of `document`. `reservedFrameNames` are frame names already used in `styles.xml`.
    static func write(_ document: Document, styleSheet: StyleSheet, images: Set<String>,
                      reservedFrameNames: Set<String> = []) throws(ODFError) -> [UInt8] {
        let body = XMLWriter(capacity: 16384, fragment: true)
        let flow = FlowWriter(xml: body, stylePrefix: "", part: .body, images: images, direction: document.direction,
                              styleSheet: styleSheet, reservedFrameNames: reservedFrameNames, translation: document.translation)
        try flow.writeBody(document.body)
        let bodyBytes = try body.fragment()

        let xml = XMLWriter(capacity: bodyBytes.count + 4096)
        xml.start("office:document-content")
        Namespace.declareText(on: xml)
        xml.start("office:automatic-styles")
        flow.styles.write(to: xml, direction: document.direction, styleSheet: styleSheet)
        xml.end()
        xml.start("office:body")
        xml.start("office:text")
        xml.raw(bodyBytes)
        xml.end()
        xml.end()
        xml.end()
        return try xml.finish()
    }
}
