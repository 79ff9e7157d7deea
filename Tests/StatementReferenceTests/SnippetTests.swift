import Assembly
import LegalCalendar
import ODF
import TestSupport
import XCTest
@testable import StatementReference

/// `privdoc reference`: the letters' own clause in txt, md, html and odt (issue 18).
final class SnippetTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = try! Library.load(root: root)
    let day = CivilDate(year: 2026, month: 12, day: 3)!

    private func reference(_ lang: String) throws -> PrivacyReference {
        try Self.library.privacyReference(language: lang, date: day).get()
    }

    func testEveryLanguageRendersTheClauseWithItsOwnURL() throws {
        let urls = Self.library.privacyStatementURLs
        for lang in Self.library.languages {
            let r = try reference(lang)
            let text = SnippetText.render(r, as: .txt)
            XCTAssertTrue(text.contains(try XCTUnwrap(urls[lang])), lang)
            XCTAssertTrue(text.contains("fg@sdvoorbeeldregio.nl"), "\(lang): the DPO contact")
            XCTAssertEqual(r.direction, lang == "ar" ? .rightToLeft : .leftToRight, lang)
        }
    }

    func testHTMLIsAFooterFragmentWithLangDirAndALink() throws {
        let ar = SnippetText.render(try reference("ar"), as: .html)
        XCTAssertTrue(ar.hasPrefix("<div class=\"privacy-statement-reference\" lang=\"ar\" dir=\"rtl\">\n  <p lang=\"ar\" dir=\"rtl\">"), ar)
        XCTAssertTrue(ar.contains("<a href=\"https://www.sdvoorbeeldregio.nl/ar/khususiya\" dir=\"ltr\">"), ar)
        let nl = SnippetText.render(try reference("nl"), as: .html)
        XCTAssertTrue(nl.hasPrefix("<div class=\"privacy-statement-reference\" lang=\"nl\" dir=\"ltr\">"), nl)
    }

    func testHTMLAndMarkdownEscapeWhatTheProfileHolds() {
        let r = PrivacyReference(language: "nl", languageTag: LanguageTag(language: "nl", country: "NL"), direction: .leftToRight,
                                 blocks: [.paragraph(Paragraph([.text("A & B <script>\"x\" *y* [z]"),
                                                                .link(url: "https://e.nl/p?a=1&b=\"2\"", [.text("hier")])]))],
                                 url: "https://e.nl/p", clauseVersion: 1)
        XCTAssertEqual(SnippetText.render(r, as: .html), """
        <div class="privacy-statement-reference" lang="nl" dir="ltr">
          <p lang="nl" dir="ltr">A &amp; B &lt;script&gt;&quot;x&quot; *y* [z]<a href="https://e.nl/p?a=1&amp;b=&quot;2&quot;" dir="ltr">hier</a></p>
        </div>

        """)
        XCTAssertEqual(SnippetText.render(r, as: .md), "A & B \\<script\\>\"x\" \\*y\\* \\[z\\][hier](https://e.nl/p?a=1&b=\"2\")\n")
        XCTAssertEqual(SnippetText.render(r, as: .txt), "A & B <script>\"x\" *y* [z]hier (https://e.nl/p?a=1&b=\"2\")\n")
    }

    func testTheODTSnippetHoldsTheClauseAndIsDeterministic() throws {
        let r = try reference("nl")
        let first = try SnippetDocument.package(r, date: day, styleSheet: HouseStyleFixture.builtIn)
        XCTAssertEqual(first, try SnippetDocument.package(r, date: day, styleSheet: HouseStyleFixture.builtIn))
        let content = try XCTUnwrap(PackageReader(bytes: first).entry("content.xml"))
        let text = try ContentText.plainText(contentXML: content)
        XCTAssertTrue(text.contains("https://www.sdvoorbeeldregio.nl/privacy"), text)
    }

    func testAnUnknownLanguageIsALocatedError() {
        guard case .failure(let problems) = Self.library.privacyReference(language: "xx", date: day) else { return XCTFail() }
        XCTAssertFalse(problems.items.isEmpty)
        XCTAssertTrue(problems.items.allSatisfy { $0.severity == .error })
    }
}
