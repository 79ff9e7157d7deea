import XMLSupport
/// Inline content: text through the `WhitespaceEncoder`, spans, links, fields, isolates and frames.
extension FlowWriter {
    /// Writes inline content into the open paragraph or heading.
    func writeInlines(_ inlines: [Inline], _ encoder: inout WhitespaceEncoder) throws(ODFError) {
        var lineStart = false   // just after a line break
        for inline in inlines {
            defer { if case .lineBreak = inline { lineStart = true } else { lineStart = false } }
            switch inline {
            case .text(let text):
                try encoder.write(text, to: xml)
            case .emphasis(let content):
                try writeSpan(StyleSheet.CharacterStyle.emphasis, content, &encoder)
            case .strong(let content):
                try writeSpan(StyleSheet.CharacterStyle.strong, content, &encoder)
            case .underline(let content):
                try writeSpan(StyleSheet.CharacterStyle.underline, content, &encoder)
            case .link(let url, let content):
                try writeLink(url, content, &encoder)
            case .lineBreak:
                encoder.lineBreak(to: xml)
            case .tab:
                encoder.tab(to: xml)
            case .field(.pageNumber):
                xml.start("text:page-number")
                xml.attribute("text:select-page", "current")
                xml.end()
                encoder.visibleContent()
            case .field(.pageCount):
                xml.empty("text:page-count")
                encoder.visibleContent()
            case .field(.pageReference(let bookmark)):
                try XMLCharacters.check(bookmark, "bookmark name in \(encoder.location.description)")
                xml.start("text:bookmark-ref")
                xml.attribute("text:reference-format", "page")
                xml.attribute("text:ref-name", bookmark)
                xml.text("?")   // LibreOffice computes the page when it lays the document out
                xml.end()
                encoder.visibleContent()
            case .field(.setVariable(let name, let value)):
                try writeVariableSet(name, value, in: encoder.location)
            case .field(.variable(let name)):
                try noteVariable(name, in: encoder.location)
                xml.start("text:variable-get")
                xml.attribute("text:name", name)
                xml.end()
                encoder.visibleContent()
            case .isolate(let direction, let content):
                // ODF has no bidi-isolation element: UAX #9 isolates, which LibreOffice honours. LibreOffice
                // 7.4 sets a line that starts with a left-to-right isolate after a line break in a
                // right-to-left paragraph away from its side (the signatory's name in an Arabic letter); a
                // right-to-left mark (U+200F, strong R, invisible) before it keeps the line on the right.
                if lineStart, self.direction == .rightToLeft, direction == .leftToRight { try encoder.write("\u{200F}", to: xml) }
                try encoder.write(direction == .leftToRight ? "\u{2066}" : "\u{2067}", to: xml)
                try writeInlines(content, &encoder)
                try encoder.write("\u{2069}", to: xml)
            case .frame(let frame):
                try writeFrame(frame, in: encoder.location)
            }
        }
    }

    /// `text:variable-set`, hidden: the value is an attribute, so the paragraph's text stays as it was
    /// (ODF 1.3 §7.4.4; with `office:string-value` the element's own content is not the value).
    private func writeVariableSet(_ name: String, _ value: String, in location: TextLocation) throws(ODFError) {
        try noteVariable(name, in: location)
        try XMLCharacters.check(value, "value of variable \"\(name)\" in \(location.description)")
        xml.start("text:variable-set")
        xml.attribute("text:name", name)
        xml.attribute("office:value-type", "string")
        xml.attribute("office:string-value", value)
        xml.attribute("text:display", "none")
        xml.end()
    }

    /// Checks a variable name and records it for `text:variable-decls` (ODF 1.3 §7.4.2).
    private func noteVariable(_ name: String, in location: TextLocation) throws(ODFError) {
        guard !name.isEmpty else { throw .invalidModel("a variable in \(location.description) has no name") }
        try XMLCharacters.check(name, "variable name in \(location.description)")
        variables.note(name)
    }

    /// `text:span` with a character style of the house style.
    private func writeSpan(_ style: String, _ content: [Inline], _ encoder: inout WhitespaceEncoder) throws(ODFError) {
        xml.start("text:span")
        xml.attribute("text:style-name", style)
        try writeInlines(content, &encoder)
        xml.end()
    }

    /// `text:a`. The address is checked for illegal characters and written as a URI (`LinkAddress`).
    private func writeLink(_ url: String, _ content: [Inline], _ encoder: inout WhitespaceEncoder) throws(ODFError) {
        try XMLCharacters.check(url, "link address in \(encoder.location.description)")
        xml.start("text:a")
        xml.attribute("xlink:type", "simple")
        xml.attribute("xlink:href", LinkAddress.uri(url))
        xml.attribute("text:style-name", StyleSheet.CharacterStyle.internetLink)
        xml.attribute("text:visited-style-name", StyleSheet.CharacterStyle.internetLink)
        try writeInlines(content, &encoder)
        xml.end()
    }

    /// `draw:frame` anchored to the paragraph, holding an image or a text box.
    func writeFrame(_ frame: Frame, in location: TextLocation) throws(ODFError) {
        try XMLCharacters.check(frame.name, "frame name in \(location.description)")
        guard frame.width.isPositive, frame.height.isPositive, frame.x.millimetres.isFinite, frame.y.millimetres.isFinite else {
            throw .invalidModel("frame \"\(frame.name)\" in \(location.description) needs a finite position and a size above zero")
        }
        let name = frameNames.unique(frame.name.isEmpty ? "Frame" : frame.name)
        let isImage: Bool
        if case .image = frame.content { isImage = true } else { isImage = false }
        xml.start("draw:frame")
        switch frame.origin {
        case .page:
            // Anchored to its paragraph, placed on the page: it stays put wherever the paragraph falls.
            xml.attribute("draw:style-name", styles.graphic(.init(relativeToPage: true, isImage: isImage)))
            xml.attribute("draw:name", name)
            xml.attribute("text:anchor-type", "paragraph")
            // `Frame.x` is physical (an envelope window does not mirror), but LibreOffice measures a
            // "from-left" position from the right edge on a right-to-left page, so it is mirrored here.
            let x = direction == .rightToLeft ? Length.mm(styleSheet.firstPage.width.millimetres - frame.x.millimetres - frame.width.millimetres) : frame.x
            xml.attribute("svg:x", x.odf)
            xml.attribute("svg:y", frame.y.odf)
        case .paragraph:
            // In the line, like a character: the paragraph grows to hold it, so the text after it flows
            // below. (LibreOffice 7.4 does not wrap header text around paragraph-anchored frames, so a
            // logo anchored that way would overlap the letterhead lines; see decision 001.)
            guard frame.x.isNonNegative, frame.y.isNonNegative else {
                throw .invalidModel("frame \"\(frame.name)\" in \(location.description): a frame in the text flow needs offsets of zero or more")
            }
            xml.attribute("draw:style-name", styles.graphic(.init(relativeToPage: false, isImage: isImage,
                                                                  marginLeft: frame.x.hundredthsOfMillimetre,
                                                                  marginTop: frame.y.hundredthsOfMillimetre)))
            xml.attribute("draw:name", name)
            xml.attribute("text:anchor-type", "as-char")
        }
        xml.attribute("svg:width", frame.width.odf)
        xml.attribute("svg:height", frame.height.odf)
        switch frame.content {
        case .image(let image):
            guard images.contains(image) else {
                throw .invalidModel("frame \"\(frame.name)\" in \(location.description) shows image \"\(image)\", which the document does not contain")
            }
            xml.start("draw:image")
            xml.attribute("xlink:href", OpenDocumentPackage.picturePath(image))
            xml.attribute("xlink:type", "simple")
            xml.attribute("xlink:show", "embed")
            xml.attribute("xlink:actuate", "onLoad")
            xml.end()
        case .textBox(let paragraphs):
            xml.start("draw:text-box")
            for paragraph in paragraphs { try writeParagraph(paragraph, inFlow: false) }
            xml.end()
        }
        xml.end()
    }
}
