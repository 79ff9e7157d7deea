import XMLSupport
import ODF
import XCTest
@testable import Assembly

/// DESIGN.md invariant 1: a field value is always literal text — it can never become markup, a
/// placeholder or XML.
final class HostileValueTests: XCTestCase {
    static let hostile = [
        "<script>alert(1)</script>", "Jansen & Zn", "\"quoted\" 'single'", "*bold* **strong** [x](y)", "{{reference}}",
        "{{#if x}}a{{/if}}", "{% if x %}y{% endif %}", "\\* escaped \\", "\u{202E}reversed\u{202C}", "👩‍👩‍👧 emoji 🇳🇱",
        "]]> <!-- -->", "- not a list", "1. not numbered", "tab\there", String(repeating: "lang ", count: 2000),
    ]

    /// The note paragraph of the letter: only text nodes, whose text is exactly clause + value.
    private func noteParagraph(_ value: String) throws -> [Inline] {
        var data = try caseData(letterCase)
        data.set("note", value)
        guard case .success(let doc) = Assembler(library: Fixture.basic).assemble(template: "letter", data: data, options: RenderOptions())
        else { XCTFail("assembly failed"); return [] }
        for block in doc.document.body {
            if case .paragraph(let p) = block, case .text(let s)? = p.content.first, s.hasPrefix("Opmerking: ") { return p.content }
        }
        XCTFail("no note paragraph")
        return []
    }

    func testHostileValuesComeOutAsLiteralText() throws {
        for value in Self.hostile {
            let content = try noteParagraph(value)
            XCTAssertEqual(content, [.text("Opmerking: \(value).")], "value: \(value.prefix(40))")
        }
    }

    func testTenThousandCharacterValueIsKeptWhole() throws {
        let value = String(repeating: "x", count: 10_000)
        XCTAssertEqual(try noteParagraph(value), [.text("Opmerking: \(value).")])
    }

    func testHostileValuesInNamesAndAddressStayLiteral() throws {
        var data = try caseData(letterCase)
        data.set("recipient.name", "**{{org.name}}** <b>")
        guard case .success(let doc) = Assembler(library: Fixture.basic).assemble(template: "letter", data: data, options: RenderOptions())
        else { return XCTFail() }
        XCTAssertTrue(plainText(doc.document.body).contains("Geachte mevrouw **{{org.name}}** <b>,"))
        guard case .paragraph(let p) = doc.document.body[0], case .frame(let f) = p.content[0], case .textBox(let lines) = f.content
        else { return XCTFail() }
        XCTAssertEqual(lines[0].content, [.text("**{{org.name}}** <b>")])
    }

    func testControlCharactersAreRejectedNamingTheFieldNotTheValue() throws {
        var data = try caseData(letterCase)
        data.set("note", "geheim\u{7}waarde")
        data.set("recipient.city", "x\u{FFFF}")
        guard case .failure(let problems) = Assembler(library: Fixture.basic).assemble(template: "letter", data: data, options: RenderOptions())
        else { return XCTFail("expected a rejection") }
        XCTAssertEqual(problems.items.map(\.description), [
            "--set note: contains a control character (U+0007) that a document cannot hold; remove it",
            "--set recipient.city: contains a control character (U+FFFF) that a document cannot hold; remove it",
        ])
        XCTAssertFalse(problems.description.contains("geheim"))
    }

    func testRightToLeftMarksAndTabsAreAllowed() {
        XCTAssertNil(XMLCharacters.firstIllegal(in: "\u{202E}\u{200F}\t\n\r"))
        XCTAssertEqual(XMLCharacters.firstIllegal(in: "a\u{0}b"), 0)
        XCTAssertEqual(XMLCharacters.firstIllegal(in: "\u{FFFE}"), 0xFFFE)
    }
}
