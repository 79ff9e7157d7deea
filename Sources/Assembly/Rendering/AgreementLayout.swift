import PrivdocDiagnostics
import ODF

/// The page setup and title block of an agreement: the same header and footer on every page, the draft
/// marking in the header while the case's `status` is `draft`.
enum AgreementLayout {
    /// Whether the case is a draft (`status: draft`).
    static func isDraft(_ ctx: RenderContext) -> Bool {
        if case .text("draft")? = ctx.value("status") { return true }
        return false
    }

    static func pageSetup(_ ctx: inout RenderContext, at location: SourceLocation) -> PageSetup {
        let page = ctx.inlines(ElementDeclaration.of(.pageLabel).clauses[0], at: location)
        var header: [Paragraph] = []
        if isDraft(ctx) { header.append(Paragraph(ctx.inlines(ElementDeclaration.of(.draftMark).clauses[0], at: location), style: .draftMark)) }
        let both = HeaderFooter(header: header, footer: [Paragraph(page, style: .footer)])
        return PageSetup(firstPage: both, followingPages: both)
    }

    /// Title and subtitle at the top of the first page.
    static func titleBlock(_ ctx: inout RenderContext) -> [Block] {
        var out: [Block] = []
        if let title = ctx.template.title {
            out.append(.paragraph(Paragraph(ctx.inlines(title.id, at: title.location), style: .title)))
        }
        if let subtitle = ctx.template.subtitle {
            out.append(.paragraph(Paragraph(ctx.inlines(subtitle.id, at: subtitle.location), style: .subtitle)))
        }
        return out
    }
}
