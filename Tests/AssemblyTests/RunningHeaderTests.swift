import Foundation
import ODF
import XCTest
@testable import Assembly

/// Issue 19, decision 140: page 2 and following of a letter with a reference line carry the
/// organisation's name, our reference and the date, shown through ODF user variables the body sets, so
/// the header stays the same for every letter of a language (one `styles.xml` in a batch).
final class RunningHeaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let library = try! Library.load(root: root)

    private func document(_ template: String, example: String, language: String) throws -> AssembledDocument {
        var data = try CaseData.load(file: Self.root.appendingPathComponent("templates/examples/\(example)"))
        data.set("language", language)
        return try Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions()).get()
    }

    private func parts(_ doc: AssembledDocument) throws -> (content: String, styles: String) {
        let package = try PackageReader(bytes: doc.package())
        return (String(decoding: try XCTUnwrap(package.entry("content.xml")), as: UTF8.self),
                String(decoding: try XCTUnwrap(package.entry("styles.xml")), as: UTF8.self))
    }

    /// The master page `name` of styles.xml.
    private func masterPage(_ name: String, in styles: String) throws -> String {
        let start = try XCTUnwrap(styles.range(of: "<style:master-page style:name=\"\(name)\""))
        let end = try XCTUnwrap(styles.range(of: "</style:master-page>", range: start.upperBound..<styles.endIndex))
        return String(styles[start.lowerBound..<end.upperBound])
    }

    /// The values `variable` is set to in content.xml, in document order.
    private func settings(_ variable: String, in content: String) -> [String] {
        content.components(separatedBy: "<text:variable-set text:name=\"\(variable)\" office:value-type=\"string\" office:string-value=\"")
            .dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func testTheFollowingPagesStyleShowsTheVariablesAndPageOneDoesNot() throws {
        let doc = try assemble("letter", letterCase)
        let (content, styles) = try parts(doc)
        let following = try masterPage("Standard", in: styles)
        XCTAssertTrue(following.contains("<text:p text:style-name=\"Header\">Sociale Dienst Testregio · Ons kenmerk: "
            + "<text:variable-get text:name=\"privdoc_reference\"/> · Datum: <text:variable-get text:name=\"privdoc_date\"/></text:p>"), following)
        let first = try masterPage("First_20_Page", in: styles)
        XCTAssertTrue(first.contains("style:next-style-name=\"Standard\""), first)
        XCTAssertFalse(first.contains("variable-get"), "page 1 has the letterhead, not the running header")
        // Declared once, set hidden in the opening paragraph, the date unbroken.
        XCTAssertTrue(content.contains("<text:variable-decls><text:variable-decl text:name=\"privdoc_reference\" office:value-type=\"string\"/>"
            + "<text:variable-decl text:name=\"privdoc_date\" office:value-type=\"string\"/></text:variable-decls>"), content)
        XCTAssertEqual(settings("privdoc_reference", in: content), ["SD-2026-00417"])
        XCTAssertEqual(settings("privdoc_date", in: content), ["29\u{00A0}november\u{00A0}2026"])
        guard case .paragraph(let opening) = doc.document.body[0] else { return XCTFail("opening paragraph expected") }
        XCTAssertEqual(opening.style, .opening)
        XCTAssertTrue(opening.content.contains(.field(.setVariable(name: "privdoc_reference", value: "SD-2026-00417"))))
        XCTAssertFalse(plainText(doc.document.body).contains("SD-2026-00417 29"), "the settings show nothing")
    }

    func testALetterWithoutAReferenceLineHasNoRunningHeader() throws {
        let library = try FixtureCopy.basic(editing: "templates/letter.yaml") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "  - reference-line" }.joined(separator: "\n")
        }
        let doc = try assemble("letter", letterCase, library: library)
        XCTAssertEqual(doc.document.pageSetup.followingPages.header.map(\.content), [[.text("Sociale Dienst Testregio")]])
        let (content, styles) = try parts(doc)
        XCTAssertFalse(content.contains("text:variable"), content)
        XCTAssertFalse(styles.contains("text:variable"))
        // An agreement has no reference line either: its header is the draft mark alone.
        let agreement = try parts(try assemble("agreement", agreementCase))
        XCTAssertFalse(agreement.content.contains("text:variable") || agreement.styles.contains("text:variable"))
    }

    /// A translated besluit: the Dutch pages show Dutch labels and date, the translation's pages (their
    /// own master page) the translation's, from the values set again at the start of the translation.
    func testATranslatedBesluitSetsItsValuesAgainInTheTranslation() throws {
        let doc = try document("dsr-decision", example: "decision-access-nl.yaml", language: "en")
        let (content, styles) = try parts(doc)
        XCTAssertTrue(try masterPage("Standard", in: styles).contains("Ons kenmerk: <text:variable-get text:name=\"privdoc_reference\"/> · Datum: "))
        XCTAssertTrue(try masterPage("Translation", in: styles).contains("Our reference: <text:variable-get text:name=\"privdoc_reference\"/> · Date: "))
        XCTAssertEqual(settings("privdoc_reference", in: content), ["SD-2026-00417", "SD-2026-00417"])
        XCTAssertEqual(settings("privdoc_date", in: content), ["8\u{00A0}december\u{00A0}2026", "8\u{00A0}December\u{00A0}2026"])
        XCTAssertTrue(content.contains("office:string-value=\"8\u{00A0}December\u{00A0}2026\" text:display=\"none\"/>Translation — This is a translation"),
                      "the translation's values are set in its first paragraph, the notice on its first page")
    }

    /// Arabic: our reference reads left-to-right, isolated (UAX #9) like every reference in an RTL letter;
    /// the Latin name of the organisation too; the Arabic date is not, and keeps on one line.
    func testArabicIsolatesTheReferenceAndKeepsTheDateWhole() throws {
        let doc = try document("dsr-acknowledgement", example: "acknowledgement-access-nl.yaml", language: "ar")
        let header = try XCTUnwrap(doc.document.pageSetup.followingPages.header.first?.content)
        XCTAssertTrue(header.contains(.isolate(.leftToRight, [.field(.variable("privdoc_reference"))])), "\(header)")
        XCTAssertTrue(header.contains(.field(.variable("privdoc_date"))), "the date is not isolated")
        XCTAssertTrue(header.contains(.isolate(.leftToRight, [.text("Sociale Dienst Voorbeeldregio")])), "\(header)")
        let date = try XCTUnwrap(settings("privdoc_date", in: try parts(doc).content).first)
        XCTAssertFalse(date.contains(" "), date)
        XCTAssertTrue(date.contains("\u{00A0}"), date)
    }
}
