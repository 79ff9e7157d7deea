import PrivdocDiagnostics
import ODF

/// Puts a document together in three passes — select (conditions), number, render — then the layout and
/// the metadata (DESIGN.md invariant 4: numbering and cross-references after conditions).
struct DocumentComposer {
    /// The generator written into `meta.xml`.
    static let generator = "privdoc 0.1"

    var ctx: RenderContext

    /// Pass 1 and 2: the selected, numbered tree.
    mutating func selectAndNumber() -> [SelectedElement] {
        var tree = SelectedElement.select(ctx.template.body, in: ctx)
        ctx.numbering = Numbering.assign(&tree)
        ctx.tocEntries = tocEntries(tree)
        return tree
    }

    /// All three passes and the layout; with the provenance, which is complete only once the metadata
    /// has been rendered (it is computed once, for the metadata and the caller alike).
    mutating func compose() -> (document: ODF.Document, provenance: Provenance) {
        let tree = selectAndNumber()
        let location = SourceLocation(file: ctx.template.file)
        var body = ctx.render(tree)
        let pageSetup: PageSetup
        switch ctx.template.layout {
        case .letter:
            pageSetup = LetterLayout.pageSetup(&ctx, at: location)
            // The first paragraph carries the first-page layout and anchors the envelope window; the first
            // paragraph of each part sets the values its following pages' header shows (decision 140).
            let settings = ctx.template.hasReferenceLine ? RunningHeader.settings(ctx) : []
            let opening = Paragraph((ctx.addressFrame.map { [Inline.frame($0)] } ?? []) + settings, style: .opening)
            let notices = ElementDeclaration.of(.translationNotice).clauses
            switch ctx.languageRole {
            case .whole, .besluit:
                body.insert(.paragraph(opening), at: 0)
            case .translationOnly:
                body.insert(contentsOf: [.paragraph(opening), .paragraph(Paragraph(ctx.inlines(notices[1], at: location), style: .subject))], at: 0)
            case .translation:
                // Its own pages after the Dutch besluit, headed with the notice (Awb 2:6(2)); the address
                // is the besluit's, in the envelope window of page 1.
                body.insert(contentsOf: [.pageBreak(PageBreak(startsTranslation: true)),
                                         .paragraph(Paragraph(settings + ctx.inlines(notices[0], at: location), style: .subject))], at: 0)
            }
        case .agreement:
            pageSetup = AgreementLayout.pageSetup(&ctx, at: location)
            body = AgreementLayout.titleBlock(&ctx) + body
        }
        let (metadata, provenance) = self.metadata(location: location)
        var images: [ODF.Image] = []
        if ctx.template.layout == .letter, let org = ctx.library.organisation, let logo = org.logo,
           LetterLayout.showsLogo(org, ctx.house.styleSheet) {
            images = [logo.image]
        }
        let document = ODF.Document(metadata: metadata, pageSetup: pageSetup, body: body, images: images, direction: ctx.locale.direction)
        return (document, provenance)
    }

    /// A two-language besluit: the Dutch besluit, then its translation (a body that starts with the
    /// translation break, `compose()` with `LanguageRole.translation`) on pages with the translation's
    /// language, direction, header and footer. The metadata is the besluit's, with the translation's
    /// language and clause versions added, so both parts can be traced.
    static func joined(besluit: ODF.Document, translation: ODF.Document) -> ODF.Document {
        var document = besluit
        document.body += translation.body
        document.translation = Translation(language: translation.metadata.language, direction: translation.direction,
                                           pages: translation.pageSetup.followingPages)
        func property(_ name: String) -> String? { translation.metadata.customProperties.first { $0.name == name }?.value }
        var added = [CustomProperty(name: "privdoc:translation", value: property("privdoc:language") ?? translation.metadata.language.language)]
        if let clauses = property("privdoc:clauses") { added.append(CustomProperty(name: "privdoc:translation-clauses", value: clauses)) }
        if let drafts = property("privdoc:draft-clauses") { added.append(CustomProperty(name: "privdoc:translation-draft-clauses", value: drafts)) }
        document.metadata.customProperties += added
        return document
    }

    /// What the document was made of.
    var provenance: Provenance {
        Provenance(templateID: ctx.template.id, templateVersion: ctx.template.version, language: ctx.locale.code,
                   clauses: ctx.used.versions(in: ctx.locale))
    }

    private mutating func metadata(location: SourceLocation) -> (Metadata, Provenance) {
        let title = ctx.template.title.map { RenderContext.plain(ctx.inlines($0.id, at: $0.location)) } ?? ctx.template.id
        // The printed subject line (letters), else the template's `subject:` clause (agreements).
        let subject = !ctx.subjectText.isEmpty ? ctx.subjectText
            : ctx.template.subject.map { RenderContext.plain(ctx.inlines($0.id, at: $0.location)) } ?? ""
        var date = DocumentDate(year: 1970, month: 1, day: 1)
        if case .date(let d)? = ctx.value("date") { date = DocumentDate(year: d.year, month: d.month, day: d.day) }
        var keywords: [String] = []
        var properties = [CustomProperty(name: "privdoc:template", value: ctx.template.id),
                          CustomProperty(name: "privdoc:template-version", value: String(ctx.template.version)),
                          CustomProperty(name: "privdoc:language", value: ctx.locale.code)]
        if ctx.template.layout == .agreement {
            let draft = AgreementLayout.isDraft(ctx)
            if draft { keywords.append(RenderContext.plain(ctx.inlines("label.draft", at: location))) }
            properties.append(CustomProperty(name: "privdoc:status", value: draft ? "draft" : "final"))
        }
        // Last, so it lists every clause used, including the labels rendered for the metadata itself.
        let provenance = self.provenance
        properties.insert(CustomProperty(name: "privdoc:clauses", value: provenance.clauseList), at: 3)
        // Draft translations never go out without a word (issue 15): the metadata records how many
        // clauses are drafts, and the caller is warned (with --strict each one is an error instead).
        let drafts = ctx.used.draftCount(in: ctx.locale)
        if drafts > 0 {
            properties.append(CustomProperty(name: "privdoc:draft-clauses", value: String(drafts)))
            if !ctx.strict {
                ctx.bag.warning(.clauseDraftSummary, at: SourceLocation(file: "locales/\(ctx.locale.code)"),
                                "\(drafts) of the clauses used in \(ctx.locale.code) are drafts (translations not yet reviewed); --strict refuses them")
            }
        }
        return (Metadata(title: title, subject: subject, language: ctx.locale.languageTag, date: date,
                         generator: Self.generator, keywords: keywords, customProperties: properties), provenance)
    }

    /// `Artikel 1 — Definities` for every kept article and annex, in order.
    private mutating func tocEntries(_ tree: [SelectedElement]) -> [TOCEntry] {
        guard ctx.template.bodyKeywords.contains(.toc) else { return [] }
        var out: [TOCEntry] = []
        func walk(_ elements: [SelectedElement]) {
            for e in elements where e.kept {
                switch e.element.kind {
                case .article(let a):
                    out.append(TOCEntry(text: ctx.numberedHeading("label.article", number: e.number ?? "", title: a.title),
                                        bookmark: TOCEntry.bookmark(kind: "article", number: e.number ?? "")))
                case .annex(let a):
                    out.append(TOCEntry(text: ctx.numberedHeading("label.annex", number: e.number ?? "", title: a.title),
                                        bookmark: TOCEntry.bookmark(kind: "annex", number: e.number ?? "")))
                    walk(e.children)
                case .section: walk(e.children)
                default: break
                }
            }
        }
        walk(tree)
        return out
    }
}
