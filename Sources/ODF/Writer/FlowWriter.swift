import XMLSupport
/// Writes a flow of blocks — the body, or the paragraphs of a header or footer — as ODF text elements,
/// collecting the automatic styles they need (`AutomaticStyles`).
///
/// One instance per flow and per document; never shared between threads.
final class FlowWriter {
    /// Where the elements go.
    let xml: XMLWriter
    /// Automatic styles used so far.
    var styles: AutomaticStyles
    /// Names of the images the package holds.
    let images: Set<String>
    /// Text direction of the part being written (padding of layout tables is mirrored).
    var direction: TextDirection
    /// The document's own direction, to which a break that starts the first-page layout returns.
    let mainDirection: TextDirection
    /// The document's translated part, if it has one.
    let translation: Translation?
    /// Set while the translated part is written: every paragraph carries its language and direction.
    var partLook: AutomaticStyles.PartLook?
    /// Unique `draw:name`s.
    var frameNames: NameRegistry
    /// Unique `table:name`s.
    var tableNames = NameRegistry()
    /// The flow being written, for error locations.
    var part: TextLocation.Part
    /// Paragraphs and headings written in `part` so far.
    var paragraphCount = 0
    /// Tables written so far (names `Table1`, `Table2`… for unnamed ones).
    var tableCount = 0
    /// How the next block of the body flow must start a page, if it must.
    var pendingPageStart: AutomaticStyles.PageStart?
    /// Whether a block of the body has consumed a page start yet (the first one always does).
    var bodyStarted = false
    /// List bookkeeping for `text:continue-list`.
    var lists = ListNumbering()
    /// The user variables set or shown in this flow, for `text:variable-decls`.
    var variables = VariableNames()

    /// The style sheet: role to style names, and the page width to place page-relative frames on
    /// right-to-left pages (see `writeFrame`).
    let styleSheet: StyleSheet

    init(xml: XMLWriter, stylePrefix: String, part: TextLocation.Part, images: Set<String>, direction: TextDirection,
         styleSheet: StyleSheet, reservedFrameNames: Set<String> = [], translation: Translation? = nil) {
        self.xml = xml
        self.mainDirection = direction
        self.translation = translation
        self.styleSheet = styleSheet
        self.styles = AutomaticStyles(prefix: stylePrefix)
        self.part = part
        self.images = images
        self.direction = direction
        self.frameNames = NameRegistry(reserved: reservedFrameNames)
    }

    // MARK: Flows

    /// Writes the body: the first block starts the first page (letterhead); an empty body becomes one
    /// empty paragraph so the document still has page 1.
    func writeBody(_ blocks: [Block]) throws(ODFError) {
        part = .body
        pendingPageStart = .masterPage(.firstPage, restartsNumbering: false)
        lists = ListNumbering(continued: ListNumbering.continuedLists(in: blocks))
        try writeBlocks(blocks, inFlow: true)
        if pendingPageStart != nil {
            // Nothing written yet, or a page break at the very end: it still gets its page.
            try writeParagraph(Paragraph([], style: .body), inFlow: true)
        }
    }

    /// Writes the paragraphs of a header or footer.
    func writeParagraphs(_ paragraphs: [Paragraph], part: TextLocation.Part) throws(ODFError) {
        self.part = part
        paragraphCount = 0
        for paragraph in paragraphs { try writeParagraph(paragraph, inFlow: false) }
    }

    // MARK: Blocks

    /// Writes blocks; `inFlow` is true in the body and its lists (where page breaks apply).
    func writeBlocks(_ blocks: [Block], inFlow: Bool) throws(ODFError) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                try writeParagraph(paragraph, inFlow: inFlow)
            case .heading(let heading):
                try writeHeading(heading, inFlow: inFlow)
            case .list(let list):
                try writeList(list, depth: 0, inFlow: inFlow)
            case .table(let table):
                try writeTable(table, inFlow: inFlow)
            case .pageBreak(let pageBreak):
                guard inFlow else {
                    throw .invalidModel("a page break cannot stand in a table cell (\(nextLocationDescription))")
                }
                try notePageBreak(pageBreak)
            }
        }
    }

    /// Records a page break for the next block. Two breaks in a row give an empty page between them.
    private func notePageBreak(_ pageBreak: PageBreak) throws(ODFError) {
        let restart = pageBreak.restartsPageNumbering
        let start: AutomaticStyles.PageStart
        if pageBreak.startsTranslation {
            guard translation != nil else {
                throw .invalidModel("a page break starts a translation, but the document has none (\(nextLocationDescription))")
            }
            start = .masterPage(.translation, restartsNumbering: restart)
        } else if pageBreak.startsFirstPageLayout {
            start = .masterPage(.firstPage, restartsNumbering: restart)
        } else if restart {
            start = .masterPage(.standard, restartsNumbering: true)
        } else {
            start = .breakBefore
        }
        if !bodyStarted, !pageBreak.startsTranslation, case .masterPage(let master, let restartsNow)? = pendingPageStart {
            // A break before any content: page 1 starts a page anyway and keeps the letterhead.
            pendingPageStart = .masterPage(master, restartsNumbering: restartsNow || restart)
            return
        }
        if pendingPageStart != nil {
            try writeParagraph(Paragraph([], style: .body), inFlow: true)
        }
        pendingPageStart = start
        enterPart(translated: pageBreak.startsTranslation, leaving: pageBreak.startsFirstPageLayout)
    }

    /// From a translation break on, the translation's language and direction; from a first-page break,
    /// the document's own again. Lists in the translation continue no list of the Dutch part.
    func enterPart(translated: Bool, leaving: Bool) {
        if translated, let translation {
            direction = translation.direction
            partLook = AutomaticStyles.PartLook(direction: translation.direction, language: translation.language)
            lists.startPart()
        } else if leaving {
            direction = mainDirection
            partLook = nil
        }
    }

    /// Takes the pending page start for a block of the flow.
    func takePageStart(inFlow: Bool) -> AutomaticStyles.PageStart? {
        guard inFlow, let start = pendingPageStart else { return nil }
        pendingPageStart = nil
        bodyStarted = true
        return start
    }

    /// The location the next paragraph will get.
    var nextLocationDescription: String {
        TextLocation(part: part, paragraph: paragraphCount + 1).description
    }

    /// Counts a paragraph and returns its location.
    func nextLocation() -> TextLocation {
        paragraphCount += 1
        return TextLocation(part: part, paragraph: paragraphCount)
    }

    // MARK: Paragraphs and headings

    /// `text:p`.
    func writeParagraph(_ paragraph: Paragraph, inFlow: Bool) throws(ODFError) {
        let location = nextLocation()
        let start = takePageStart(inFlow: inFlow)
        let styleName: String
        if start != nil || paragraph.keepWithNext || partLook != nil {
            styleName = styles.paragraph(.init(parent: styleSheet.styleName(for: paragraph.style), pageStart: start,
                                               keepWithNext: paragraph.keepWithNext, part: partLook))
        } else {
            styleName = styleSheet.styleName(for: paragraph.style)
        }
        xml.start("text:p")
        xml.attribute("text:style-name", styleName)
        var encoder = WhitespaceEncoder(location: location)
        try writeInlines(paragraph.content, &encoder)
        xml.end()
    }

    /// `text:h` with its outline level; the number, if any, is part of the text.
    func writeHeading(_ heading: Heading, inFlow: Bool) throws(ODFError) {
        guard (1...10).contains(heading.level) else {
            throw .invalidModel("heading level \(heading.level) is outside 1…10 (\(nextLocationDescription))")
        }
        let location = nextLocation()
        let parent = StyleSheet.headingStyleName(heading.level)
        let start = takePageStart(inFlow: inFlow)
        let styleName = start == nil && partLook == nil ? parent
            : styles.paragraph(.init(parent: parent, pageStart: start, keepWithNext: false, part: partLook))
        xml.start("text:h")
        xml.attribute("text:style-name", styleName)
        xml.attribute("text:outline-level", heading.level)
        if let bookmark = heading.bookmark {
            try XMLCharacters.check(bookmark, "bookmark name in \(location.description)")
            xml.start("text:bookmark")
            xml.attribute("text:name", bookmark)
            xml.end()
        }
        var encoder = WhitespaceEncoder(location: location)
        try writeInlines(heading.content, &encoder)
        xml.end()
    }
}
