import PrivdocDiagnostics
import ODF

/// The page setup of a letter: the letterhead on page 1, a short header on the following pages, and
/// page x of y in the footers (domain.md §5).
///
/// Headers and footers hold nothing that differs between letters of one organisation and language: they
/// live in `styles.xml`, which a batch serializes and deflates once per language (DESIGN.md "Batch").
/// That is why the case reference is on page 1's reference line and not in the following pages' header.
enum LetterLayout {
    /// Logo width in the letterhead.
    static let logoWidth = 35.0
    /// Where the body of page 1 starts, from the top of the page: below the envelope window (which ends at
    /// 85 mm, see `RenderContext+LetterParts`), so the reference line always prints under the address.
    static let bodyTop = 90.0
    /// Width of the text area of the default A4 page setup (210 mm less 20 mm margins each side).
    static let textWidth = 170.0

    static func pageSetup(_ ctx: inout RenderContext, at location: SourceLocation) -> PageSetup {
        guard let org = ctx.library.organisation else {
            ctx.bag.error(.orgMissing, at: SourceLocation(file: Organisation.file), "a letter needs the organisation profile")
            return PageSetup()
        }
        let page = ctx.inlines("label.page", at: location)
        let lines = org.letterhead
        let name = lines.name
        var letterhead: [Paragraph] = []
        if let logo = org.logo, logo.pixelWidth > 0 {
            let height = logoWidth * Double(logo.pixelHeight) / Double(logo.pixelWidth)
            // Top right (top left in a right-to-left letter), beside the organisation lines, not over them.
            let x = ctx.isRightToLeft ? 0 : textWidth - logoWidth
            letterhead.append(Paragraph([.frame(Frame(name: "Logo", content: .image(logo.image.name), x: .mm(x), y: .mm(0),
                                                      width: .mm(logoWidth), height: .mm((height * 10).rounded() / 10),
                                                      origin: .paragraph))], style: .header))
        }
        letterhead.append(Paragraph([.strong([.text(name)])], style: .small))
        for line in lines.addressLines { letterhead.append(Paragraph([ctx.ltr(line)], style: .small)) }
        // Loops rather than closures over `ctx`: a closure reading the inout context may copy all of it.
        var contact: [[Inline]] = []
        for item in lines.contact { contact.append([ctx.ltr(item)]) }
        if !contact.isEmpty { letterhead.append(Paragraph(joined(contact), style: .small)) }

        var website: [Inline] = []
        if let url = lines.website { website = [ctx.ltr(url)] }
        let firstFooter = joined([[.text(name)], website, page])
        return PageSetup(
            firstPage: HeaderFooter(header: letterhead, footer: [Paragraph(firstFooter, style: .footer)],
                                    minimumHeaderHeight: .mm(bodyTop - PageSetup().firstPageMargins.top.millimetres)),
            followingPages: HeaderFooter(header: [Paragraph([.text(name)], style: .header)],
                                         footer: [Paragraph(page, style: .footer)]))
    }

    /// Parts joined by a middle dot, empty parts left out.
    static func joined(_ parts: [[Inline]]) -> [Inline] {
        var run = InlineRun()
        for part in parts where !part.isEmpty {
            if run.hasContent { run.value(" \u{00B7} ") }
            run.append(contentsOf: part)
        }
        return run.inlines
    }
}

extension RenderContext {
    /// Text that reads left-to-right (URLs, phone numbers, references), isolated in an RTL document.
    func ltr(_ text: String) -> Inline {
        isRightToLeft ? .isolate(.leftToRight, [.text(text)]) : .text(text)
    }
}
