import XMLSupport
/// Writes `styles.xml`: the style sheet's fonts and common styles, its two page layouts and the two
/// master pages with their headers and footers — the reference document's where it has them (followed by
/// the document's header where it asks so), else the document's own — and for a document with a
/// translated part a third layout and master page (`Translation`) in the translation's direction.
///
/// It depends only on a document's shared aspects, so a `PackageTemplate` writes it once per run.
enum StylesWriter {
    /// The part and the frame names its headers and footers use (reserved for `content.xml`).
    struct Output {
        var bytes: [UInt8]
        var frameNames: Set<String>
    }

    static func write(_ shared: SharedAspects) throws(ODFError) -> Output {
        let sheet = shared.styleSheet
        // Headers and footers first: they collect the automatic styles (prefix `M`) written before them.
        let fragments = XMLWriter(capacity: 4096, fragment: true)
        let flow = FlowWriter(xml: fragments, stylePrefix: "M", part: .firstPageHeader,
                              images: Set(shared.images.map(\.name)), direction: shared.direction,
                              styleSheet: sheet, reservedFrameNames: sheet.storage.frameNames, translation: shared.translation)
        let setup = shared.pageSetup
        let parts: [(StyleSheet.PageSlot, TextLocation.Part, [Paragraph])] = [
            (.firstPageHeader, .firstPageHeader, setup.firstPage.header), (.firstPageFooter, .firstPageFooter, setup.firstPage.footer),
            (.followingPagesHeader, .followingPagesHeader, setup.followingPages.header),
            (.followingPagesFooter, .followingPagesFooter, setup.followingPages.footer),
        ]
        var written: [Slot] = []
        /// The reference's own header or footer where it has one — with the document's paragraphs after
        /// it where the document asks so (`HeaderFooter.headerFollowsReference`) and the reference's header
        /// is made of paragraphs, not of left/centre/right regions, which take no paragraph after them
        /// (ODF 1.3 schema, `style:header`: regions or paragraphs) — else the document's own.
        func slot(_ slot: StyleSheet.PageSlot, _ part: TextLocation.Part, _ paragraphs: [Paragraph], follows: Bool) throws(ODFError) -> Slot {
            guard let own = sheet.storage.content.slot(slot) else {
                try flow.writeParagraphs(paragraphs, part: part)
                return .generated(try fragments.fragment())
            }
            guard follows, !paragraphs.isEmpty, !own.elements.contains(where: { $0.name.hasPrefix("style:region-") }) else {
                return .reference(own, appended: [])
            }
            try flow.writeParagraphs(paragraphs, part: part)
            return .reference(own, appended: try fragments.fragment())
        }
        for (place, part, paragraphs) in parts {
            let follows = place == .followingPagesHeader && setup.followingPages.headerFollowsReference
            written.append(try slot(place, part, paragraphs, follows: follows))
        }
        // The translated part's pages: the following pages' slots of a reference document (the
        // organisation's own, in no language, with the translation's running header after it), else the
        // translation's header and footer in its look.
        if let translation = shared.translation {
            flow.enterPart(translated: true, leaving: false)
            written.append(try slot(.followingPagesHeader, .translationHeader, translation.pages.header,
                                    follows: translation.pages.headerFollowsReference))
            written.append(try slot(.followingPagesFooter, .translationFooter, translation.pages.footer, follows: false))
        }

        let xml = XMLWriter(capacity: 32768)
        xml.start("office:document-styles")
        Namespace.declareText(on: xml, extra: sheet.storage.prefixes)
        xml.start("office:font-face-decls")
        for face in sheet.storage.content.fontFaces { xml.write(face) }
        xml.end()
        xml.start("office:styles")
        for style in sheet.storage.content.styles { xml.write(StyleSheet.adapted(style, shared)) }
        xml.end()
        xml.start("office:automatic-styles")
        xml.write(pageLayout("pm1", sheet.storage.content.firstLayout, headerFooter: setup.firstPage,
                             header: written[0], footer: written[1], direction: shared.direction))
        xml.write(pageLayout("pm2", sheet.storage.content.followingLayout, headerFooter: setup.followingPages,
                             header: written[2], footer: written[3], direction: shared.direction))
        if let translation = shared.translation {
            xml.write(pageLayout("pm3", sheet.storage.content.followingLayout, headerFooter: translation.pages,
                                 header: written[4], footer: written[5], direction: translation.direction))
        }
        for style in sheet.storage.content.automaticStyles { xml.write(style) }
        flow.styles.write(to: xml, direction: shared.direction, styleSheet: sheet)
        xml.end()
        xml.start("office:master-styles")
        writeMasterPage(MasterPage.firstPage.styleName, display: "First Page", layout: "pm1", next: MasterPage.standard.styleName,
                        header: written[0], footer: written[1], to: xml)
        writeMasterPage(MasterPage.standard.styleName, display: nil, layout: "pm2", next: nil,
                        header: written[2], footer: written[3], to: xml)
        if shared.translation != nil {
            writeMasterPage(MasterPage.translation.styleName, display: nil, layout: "pm3", next: nil,
                            header: written[4], footer: written[5], to: xml)
        }
        xml.end()
        xml.end()
        return Output(bytes: try xml.finish(), frameNames: flow.frameNames.names.union(sheet.storage.frameNames))
    }

    /// A header or footer: copied from the reference document, or written from the document's paragraphs.
    enum Slot {
        /// The reference's element, with written paragraphs after its content (or none).
        case reference(XMLElement, appended: [UInt8])
        case generated([UInt8])

        var isEmpty: Bool {
            if case .generated(let bytes) = self { return bytes.isEmpty }
            return false
        }
    }

    /// A page layout of the style sheet under the writer's name, in its part's direction; header
    /// and footer properties only where the page has a header or footer, and the header at least as
    /// tall as the document asks (`HeaderFooter.minimumHeaderHeight`).
    private static func pageLayout(_ name: String, _ layout: XMLElement, headerFooter: HeaderFooter, header: Slot, footer: Slot,
                                   direction: TextDirection) -> XMLElement {
        var out = layout
        out["style:name"] = name
        out.updateChildren("style:page-layout-properties") { $0["style:writing-mode"] = direction.writingMode }
        if header.isEmpty {
            out.updateChildren("style:header-style") { $0.children = [] }
        } else if let minimum = headerFooter.minimumHeaderHeight {
            out.updateChildren("style:header-style") { style in
                style.updateChildren("style:header-footer-properties") { p in
                    // fo:min-height is the header's own area; the spacing below it comes on top (ODF 1.3 §17.5).
                    let spacing = p["fo:margin-bottom"].flatMap { Length(odf: $0) } ?? .mm(0)
                    let own = p["fo:min-height"].flatMap { Length(odf: $0) } ?? .mm(0)
                    let needed = Length.mm(max(own.millimetres, minimum.millimetres - spacing.millimetres, 0))
                    p["fo:min-height"] = needed.odf
                }
            }
        }
        if footer.isEmpty { out.updateChildren("style:footer-style") { $0.children = [] } }
        return out
    }

    private static func writeMasterPage(_ name: String, display: String?, layout: String, next: String?,
                                        header: Slot, footer: Slot, to xml: XMLWriter) {
        xml.start("style:master-page")
        xml.attribute("style:name", name)
        if let display { xml.attribute("style:display-name", display) }
        xml.attribute("style:page-layout-name", layout)
        if let next { xml.attribute("style:next-style-name", next) }
        for (slot, element) in [(header, "style:header" as StaticString), (footer, "style:footer")] {
            switch slot {
            case .reference(let e, let appended):
                xml.write(e, appending: appended)
            case .generated(let bytes) where !bytes.isEmpty:
                xml.start(element)
                xml.raw(bytes)
                xml.end()
            case .generated:
                break
            }
        }
        xml.end()
    }
}
