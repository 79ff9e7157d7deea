import PrivdocDiagnostics
import ODF

/// The page setup of a letter: the letterhead on page 1, a short header on the following pages, and
/// page x of y in the footers (domain.md §5).
///
/// Headers and footers hold nothing that differs between letters of one organisation and language: they
/// live in `styles.xml`, which a batch serializes and deflates once per language (DESIGN.md "Batch").
/// The following pages' header of a letter with a reference line shows our reference and the date
/// through variables each letter sets in its body (`RunningHeader`, docs/decisions/140).
///
/// Where things go comes from the house style (`LetterGeometry`): the logo is scaled into its box, and
/// page 1's header takes at least the room down to `bodyTop`, below the envelope window.
enum LetterLayout {
    static func pageSetup(_ ctx: inout RenderContext, at location: SourceLocation) -> PageSetup {
        guard let org = ctx.library.organisation else {
            ctx.bag.error(.orgMissing, at: SourceLocation(file: Organisation.file), "a letter needs the organisation profile")
            return PageSetup()
        }
        // A logo the profile names but privdoc cannot use is an error for every letter, not a letter without it.
        if let problem = org.logoProblem { ctx.bag.add(problem) }
        let page = ctx.inlines(ElementDeclaration.of(.pageLabel).clauses[0], at: location)
        let geometry = ctx.house.geometry
        let sheet = ctx.house.styleSheet
        let letterhead = sheet.hasOwn(.firstPageHeader) ? [] : Self.letterhead(&ctx, org, geometry)
        let name = org.letterhead.name
        var website: [Inline] = []
        if let url = org.letterhead.website { website = ctx.shown(url, .url) }
        let firstFooter = joined([ctx.shown(name), website, page])
        let following = ctx.template.hasReferenceLine ? RunningHeader.line(&ctx, name: name, at: location) : ctx.shown(name)
        return PageSetup(
            firstPage: HeaderFooter(header: letterhead, footer: [Paragraph(firstFooter, style: .footer)],
                                    minimumHeaderHeight: geometry.minimumHeaderHeight),
            followingPages: HeaderFooter(header: [Paragraph(following, style: .header)],
                                         footer: [Paragraph(page, style: .footer)],
                                         headerFollowsReference: ctx.template.hasReferenceLine && !RunningHeader.isShown(by: sheet)))
    }

    /// Whether the letter shows the organisation's logo: it has one, and the house style does not bring
    /// its own letterhead (which then replaces privdoc's, logo included).
    static func showsLogo(_ org: Organisation, _ sheet: StyleSheet) -> Bool {
        org.logo != nil && !sheet.hasOwn(.firstPageHeader)
    }

    /// Page 1's header: the logo in its box at the top right, the organisation's name, addresses and contact.
    private static func letterhead(_ ctx: inout RenderContext, _ org: Organisation, _ geometry: LetterGeometry) -> [Paragraph] {
        let lines = org.letterhead
        let name = lines.name
        var letterhead: [Paragraph] = []
        if let logo = org.logo, logo.pixelWidth > 0, logo.pixelHeight > 0 {
            let (width, height) = logoSize(pixels: (logo.pixelWidth, logo.pixelHeight), box: geometry.logoBox)
            // Top right (top left in a right-to-left letter), beside the organisation lines, not over them.
            let x = ctx.isRightToLeft ? 0 : geometry.firstPageTextWidth.millimetres - width
            letterhead.append(Paragraph([.frame(Frame(name: "Logo", content: .image(logo.image.name), x: .mm(x), y: .mm(0),
                                                      width: .mm(width), height: .mm(height), origin: .paragraph))],
                                        style: .header))
        }
        letterhead.append(Paragraph([.strong(ctx.shown(name))], style: .small))
        for line in lines.addressLines { letterhead.append(Paragraph(ctx.shown(line), style: .small)) }
        // Loops rather than closures over `ctx`: a closure reading the inout context may copy all of it.
        var contact: [[Inline]] = []
        for item in lines.contact { contact.append(ctx.shown(item)) }
        if !contact.isEmpty { letterhead.append(Paragraph(joined(contact), style: .small)) }
        return letterhead
    }

    /// A logo of any aspect ratio scaled into the box, in millimetres rounded to 0.1 mm: as wide as the
    /// box unless that would make it taller than the box (a square or upright logo), then as high.
    static func logoSize(pixels: (width: Int, height: Int), box: (width: Length, height: Length)) -> (Double, Double) {
        let scale = min(box.width.millimetres / Double(pixels.width), box.height.millimetres / Double(pixels.height))
        func tenth(_ v: Double) -> Double { (v * 10).rounded() / 10 }
        return (tenth(Double(pixels.width) * scale), tenth(Double(pixels.height) * scale))
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
