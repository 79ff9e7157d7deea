/// Writes `styles.xml`: the house style (fonts, paragraph, character and list styles), the page
/// layouts and the two master pages with their headers and footers.
///
/// It depends only on a document's shared aspects, so a `PackageTemplate` writes it once per run.
enum StylesWriter {
    /// The part and the frame names its headers and footers use (reserved for `content.xml`).
    struct Output {
        var bytes: [UInt8]
        var frameNames: Set<String>
    }

    static func write(_ shared: SharedAspects) throws(ODFError) -> Output {
        // Headers and footers first: they collect the automatic styles (prefix `M`) written before them.
        let fragments = XMLWriter(capacity: 4096, fragment: true)
        let flow = FlowWriter(xml: fragments, stylePrefix: "M", part: .firstPageHeader,
                              images: Set(shared.images.map(\.name)), direction: shared.direction,
                              pageWidth: shared.pageSetup.width)
        let setup = shared.pageSetup
        let parts: [(TextLocation.Part, [Paragraph])] = [
            (.firstPageHeader, setup.firstPage.header), (.firstPageFooter, setup.firstPage.footer),
            (.followingPagesHeader, setup.followingPages.header), (.followingPagesFooter, setup.followingPages.footer),
        ]
        var written: [[UInt8]] = []
        for (part, paragraphs) in parts {
            try flow.writeParagraphs(paragraphs, part: part)
            written.append(fragments.takeFragment())
        }

        let xml = XMLWriter(capacity: 32768)
        xml.start("office:document-styles")
        Namespace.declareText(on: xml)
        writeFontFaces(to: xml)
        xml.start("office:styles")
        writeDefaultStyle(shared, to: xml)
        writeParagraphStyles(shared.direction, to: xml)
        writeTextStyles(to: xml)
        writeGraphicStyles(to: xml)
        writeListStyles(to: xml)
        writeOutlineStyle(to: xml)
        xml.end()
        xml.start("office:automatic-styles")
        writePageLayout("pm1", margins: setup.firstPageMargins, headerFooter: setup.firstPage, shared, to: xml)
        writePageLayout("pm2", margins: setup.margins, headerFooter: setup.followingPages, shared, to: xml)
        flow.styles.write(to: xml, direction: shared.direction)
        xml.end()
        xml.start("office:master-styles")
        writeMasterPage("First_20_Page", display: "First Page", layout: "pm1", next: "Standard",
                        header: written[0], footer: written[1], to: xml)
        writeMasterPage("Standard", display: nil, layout: "pm2", next: nil, header: written[2], footer: written[3], to: xml)
        xml.end()
        xml.end()
        return Output(bytes: xml.finishDocument(), frameNames: flow.frameNames.names)
    }

    private static func writeFontFaces(to xml: XMLWriter) {
        xml.start("office:font-face-decls")
        for font in [HouseStyle.westernFont, HouseStyle.complexFont] {
            xml.element("style:font-face", [
                "style:name": font, "svg:font-family": "'" + font + "'",
                "style:font-family-generic": "swiss", "style:font-pitch": "variable",
            ])
        }
        xml.end()
    }

    /// A page layout: size, margins, direction, and spacing for a header/footer when there is one.
    private static func writePageLayout(_ name: String, margins: Margins, headerFooter: HeaderFooter,
                                        _ shared: SharedAspects, to xml: XMLWriter) {
        let setup = shared.pageSetup
        xml.start("style:page-layout")
        xml.attribute("style:name", name)
        xml.element("style:page-layout-properties", [
            "fo:page-width": setup.width.odf, "fo:page-height": setup.height.odf,
            "style:print-orientation": setup.width < setup.height ? "portrait" : "landscape",
            "fo:margin-top": margins.top.odf, "fo:margin-bottom": margins.bottom.odf,
            "fo:margin-left": margins.left.odf, "fo:margin-right": margins.right.odf,
            "style:writing-mode": shared.direction.rawValue,
        ])
        xml.start("style:header-style")
        if !headerFooter.header.isEmpty {
            // fo:min-height is the header's own area; the 6 mm spacing below it comes on top (ODF 1.3 §17.5).
            let spacing = Length.mm(6)
            let height = headerFooter.minimumHeaderHeight.map { Length.mm(max(0, $0.millimetres - spacing.millimetres)) } ?? .mm(0)
            xml.element("style:header-footer-properties", [
                "fo:min-height": height.odf, "fo:margin-bottom": spacing.odf, "style:dynamic-spacing": "false",
            ])
        }
        xml.end()
        xml.start("style:footer-style")
        if !headerFooter.footer.isEmpty {
            xml.element("style:header-footer-properties", [
                "fo:min-height": "0cm", "fo:margin-top": "0.5cm", "style:dynamic-spacing": "false",
            ])
        }
        xml.end()
        xml.end()
    }

    private static func writeMasterPage(_ name: String, display: String?, layout: String, next: String?,
                                        header: [UInt8], footer: [UInt8], to xml: XMLWriter) {
        xml.start("style:master-page")
        xml.attribute("style:name", name)
        if let display { xml.attribute("style:display-name", display) }
        xml.attribute("style:page-layout-name", layout)
        if let next { xml.attribute("style:next-style-name", next) }
        if !header.isEmpty {
            xml.start("style:header")
            xml.raw(header)
            xml.end()
        }
        if !footer.isEmpty {
            xml.start("style:footer")
            xml.raw(footer)
            xml.end()
        }
        xml.end()
    }
}
