import XMLSupport
/// Writes `content.xml`: the body, with the automatic styles it collected emitted before it and the
/// declarations of the variables it uses at its start.
enum ContentWriter {
    /// `content.xml` of `document`. `reservedFrameNames` are frame names already used in `styles.xml`.
    static func write(_ document: Document, styleSheet: StyleSheet, images: Set<String>,
                      reservedFrameNames: Set<String> = []) throws(ODFError) -> [UInt8] {
        let body = XMLWriter(capacity: 16384, fragment: true)
        let flow = FlowWriter(xml: body, stylePrefix: "", part: .body, images: images, direction: document.direction,
                              styleSheet: styleSheet, reservedFrameNames: reservedFrameNames, translation: document.translation)
        try flow.writeBody(document.body)
        let bodyBytes = try body.fragment()
        // The body's variables, and those the headers and footers show (written to styles.xml, declared here).
        var variables = flow.variables
        for pages in [document.pageSetup.firstPage, document.pageSetup.followingPages] + (document.translation.map { [$0.pages] } ?? []) {
            variables.note(in: pages.header + pages.footer)
        }

        let xml = XMLWriter(capacity: bodyBytes.count + 4096)
        xml.start("office:document-content")
        Namespace.declareText(on: xml)
        xml.start("office:automatic-styles")
        flow.styles.write(to: xml, direction: document.direction, styleSheet: styleSheet)
        xml.end()
        xml.start("office:body")
        xml.start("office:text")
        variables.write(to: xml)
        xml.raw(bodyBytes)
        xml.end()
        xml.end()
        xml.end()
        return try xml.finish()
    }
}
