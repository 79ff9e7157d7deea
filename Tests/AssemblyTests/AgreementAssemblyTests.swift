import ODF
import XCTest
@testable import Assembly

/// Agreements: numbering and cross-references after conditions (DESIGN.md invariant 4), draft marking,
/// table of contents, signatures, annexes.
final class AgreementAssemblyTests: XCTestCase {
    private func headings(_ doc: ODF.Document) -> [String] {
        doc.body.compactMap { if case .heading(let h) = $0 { return RenderContext.plain(h.content) } else { return nil } }
    }

    func testDroppedArticleRenumbersFollowingArticlesAndReferences() throws {
        let without = try assemble("agreement", agreementCase).document
        XCTAssertEqual(headings(without), ["Artikel 1 — Definities", "Artikel 2 — Subverwerkers", "Artikel 3 — Slotbepalingen"])
        XCTAssertTrue(plainText(without.body).contains("Zie artikel 2."))

        let with = try assemble("agreement", agreementCase + "\nspecial: yes\n").document
        XCTAssertEqual(headings(with), ["Artikel 1 — Definities", "Artikel 2 — Bijzondere gegevens", "Artikel 3 — Subverwerkers",
                                        "Artikel 4 — Slotbepalingen"])
        XCTAssertTrue(plainText(with.body).contains("Zie artikel 3 en artikel 2.1."))
        XCTAssertTrue(plainText(with.body).contains("2.1\tExtra maatregelen.") || with.body.contains(
            .paragraph(Paragraph([.text("2.1"), .tab, .text("Extra maatregelen.")]))))
    }

    func testParagraphsAreNumberedOnlyWhenThereAreSeveral() throws {
        let general = agreementCase.replacingOccurrences(of: "subprocessing: {mode: none}",
                                                         with: "subprocessing: {mode: general, objection-days: 14}")
        let doc = try assemble("agreement", general + "\nsubprocessors: [{name: Opslag B.V., location: Duitsland}]\n").document
        XCTAssertTrue(doc.body.contains(.paragraph(Paragraph([.text("2.1"), .tab, .text("Algemene toestemming.")]))))
        XCTAssertTrue(doc.body.contains(.paragraph(Paragraph([.text("2.2"), .tab, .text("Bezwaar binnen 14 dagen.")]))))
        XCTAssertTrue(doc.body.contains(.paragraph(Paragraph([.text("Begrippen hebben de betekenis uit de AVG.")]))),
                      "a single paragraph has no number")
        XCTAssertTrue(plainText(doc.body).contains("Zie artikel 2, artikel 2.2 en bijlage 1."))
        XCTAssertTrue(headings(doc).contains("Bijlage 1 — Subverwerkers"))
        guard let annexIndex = doc.body.firstIndex(where: { if case .heading(let h) = $0 { return RenderContext.plain(h.content).hasPrefix("Bijlage") } else { return false } })
        else { return XCTFail() }
        XCTAssertEqual(doc.body[annexIndex - 1], .pageBreak(PageBreak()), "an annex starts on a new page")
        guard case .table(let table) = doc.body[annexIndex + 1] else { return XCTFail("sub-processor table expected") }
        XCTAssertEqual(table.headerRows.count, 1)
        XCTAssertEqual(table.rows.map { $0.cells.map { plainText($0.blocks) } }, [["Opslag B.V.", "Duitsland"]])
    }

    func testTableOfContentsListsKeptArticlesAndAnnexes() throws {
        let doc = try assemble("agreement", agreementCase).document
        let titleAndToc = plainText(Array(doc.body.prefix(5)))
        XCTAssertEqual(titleAndToc, """
        Verwerkersovereenkomst
        Kenmerk VWO\u{2011}2026\u{2011}003
        Artikel 1 — Definities\u{20}
        Artikel 2 — Subverwerkers\u{20}
        Artikel 3 — Slotbepalingen\u{20}
        """, "a reference keeps its hyphens unbreakable; each line ends in a tab and its page")
        guard case .paragraph(let line) = doc.body[2] else { return XCTFail() }
        XCTAssertEqual(line.style, .contents)
        XCTAssertEqual(line.content.suffix(2), [.tab, .field(.pageReference("toc-article-1"))])
        let bookmarked = doc.body.compactMap { if case .heading(let h) = $0 { return h.bookmark } else { return nil } }
        XCTAssertEqual(bookmarked, ["toc-article-1", "toc-article-2", "toc-article-3"], "every listed heading carries its bookmark")
        guard case .paragraph(let title) = doc.body[0], case .paragraph(let subtitle) = doc.body[1] else { return XCTFail() }
        XCTAssertEqual(title.style, .title)
        XCTAssertEqual(subtitle.style, .subtitle)
    }

    func testDraftMarkingInEveryHeaderAndInMetadata() throws {
        let doc = try assemble("agreement", agreementCase).document
        let mark = Paragraph([.text("CONCEPT")], style: .draftMark)
        XCTAssertEqual(doc.pageSetup.firstPage.header, [mark])
        XCTAssertEqual(doc.pageSetup.followingPages.header, [mark])
        XCTAssertEqual(doc.metadata.keywords, ["CONCEPT"])
        XCTAssertEqual(doc.metadata.customProperties.last, CustomProperty(name: "privdoc:status", value: "draft"))
        XCTAssertEqual(doc.pageSetup.firstPage.footer.first?.content, [.text("Pagina "), .field(.pageNumber), .text(" van "), .field(.pageCount)])

        let final = try assemble("agreement", agreementCase.replacingOccurrences(of: "status: draft", with: "status: final")).document
        XCTAssertEqual(final.pageSetup.firstPage.header, [])
        XCTAssertEqual(final.metadata.customProperties.last, CustomProperty(name: "privdoc:status", value: "final"))
        XCTAssertTrue(final.images.isEmpty)
    }

    func testSignatureBlocksSideBySide() throws {
        let doc = try assemble("agreement", agreementCase).document
        guard let table = doc.body.compactMap({ if case .table(let t) = $0, t.name == "Signatures" { return t } else { return nil } }).first
        else { return XCTFail("signature table expected") }
        XCTAssertEqual(table.columns, [.mm(85), .mm(85)])
        XCTAssertEqual(table.borders, .none)
        let blank = String(repeating: "…", count: 12)
        XCTAssertEqual(table.rows[0].cells.map { plainText($0.blocks) }, [
            "Namens Sociale Dienst Testregio\nPlaats: \(blank)\nDatum: \(blank)\n  \nHandtekening: \(blank)\nNaam: M. de Vries\nFunctie: directeur",
            "Namens Rekenwolk B.V.\nPlaats: Amersfoort\nDatum: 1 maart 2026\n  \nHandtekening: \(blank)\nNaam: J. Bakker\nFunctie: directeur",
        ])
        XCTAssertTrue(table.keepTogether, "a signature block is never split across pages")
    }

    func testReferenceToADroppedPartIsAnError() throws {
        // The English clause refers to the annex only under the same condition; this case makes the
        // reference dangle by keeping the sentence (mode general) while the annex condition differs.
        let general = agreementCase.replacingOccurrences(of: "subprocessing: {mode: none}",
                                                         with: "subprocessing: {mode: general, objection-days: 14}")
        XCTAssertNoThrow(try assemble("agreement", general))
        let library = Fixture.gaps
        let problems = try failures("contract", "language: nl\ndate: 2026-01-01\nflag: no\n", library: library)
        XCTAssertEqual(problems.map(\.description), [
            "locales/nl/texts.yaml:14:13: {{ref art.optional}} points to a part that is left out for this case; guard the sentence with the same condition",
        ])
    }

    func testRuleWithoutMessageExplainsItself() throws {
        let general = agreementCase.replacingOccurrences(of: "subprocessing: {mode: none}", with: "subprocessing: {mode: general}")
        XCTAssertEqual(try failures("agreement", general).map(\.description),
                       ["case.yaml:10:1: subprocessing.objection-days: required when subprocessing.mode == general"])
    }

    func testEnglishAgreement() throws {
        let doc = try assemble("agreement", agreementCase, options: RenderOptions(language: "en")).document
        XCTAssertEqual(headings(doc).first, "Article 1 — Definitions")
        XCTAssertEqual(doc.pageSetup.firstPage.header, [Paragraph([.text("DRAFT")], style: .draftMark)])
        XCTAssertEqual(doc.metadata.language, LanguageTag(language: "en", country: "GB"))
    }
}
