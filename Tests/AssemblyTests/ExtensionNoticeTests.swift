import Foundation
import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// Issue 19, decision 145: the extension notice is one A4 sheet, and in every letter the closing and the
/// signature keep with the paragraph before them. Whether a letter fits on one page only LibreOffice can
/// tell; CI records it per document (`.ci/pdf-pages.expected`: every extension notice 1). These tests guard,
/// without LibreOffice, what that page count rests on: the keep-with-next chain, the one heading of the
/// notice, and that the shorter text still says everything GDPR art. 12(3) asks.
final class ExtensionNoticeTests: XCTestCase {
    private static let library = MandatoryElementsTests.library
    private static let root = MandatoryElementsTests.root

    private func assemble(_ example: String, language: String, edit: (inout CaseData) -> Void = { _ in }) throws -> Document {
        var data = try CaseData.load(file: Self.root.appendingPathComponent("templates/examples/\(example).yaml"))
        edit(&data)
        let template = try XCTUnwrap(Self.library.templateID(forExample: example + ".yaml"), example)
        switch Assembler(library: Self.library).assemble(template: template, data: data, options: RenderOptions(language: language)) {
        case .success(let doc): return doc.document
        case .failure(let d):
            XCTFail("\(example) \(language): \(d.items.map(\.description))")
            throw d
        }
    }

    /// The last body paragraph, the closing formula and the signatory's name each keep with the next
    /// paragraph, so that the closing and signature never stand alone on a page — in every letter kind.
    func testClosingAndSignatureKeepWithTheLastParagraphInEveryLetter() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("templates/examples").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("agreement-") }.sorted().map { String($0.dropLast(5)) }
        XCTAssertTrue(examples.contains("extension-access-nl"))
        for example in examples {
            for language in ["nl", "en"] {
                let body = try assemble(example, language: language).body
                // The signatory's name: the signature paragraph that starts with the room to sign.
                guard let name = body.firstIndex(where: {
                    if case .paragraph(let p) = $0, p.style == .signature, p.content.first == .lineBreak { return true }
                    return false
                }) else { XCTFail("\(example) \(language): no signature"); continue }
                XCTAssertGreaterThanOrEqual(name, 2, "\(example) \(language)")
                for (index, what) in [(name - 2, "the last paragraph"), (name - 1, "the closing"), (name, "the signatory's name")] {
                    guard case .paragraph(let p) = body[index] else { XCTFail("\(example) \(language): \(what) is not a paragraph"); continue }
                    XCTAssertTrue(p.keepWithNext, "\(example) \(language): \(what) does not keep with the next paragraph")
                }
            }
        }
    }

    /// One heading (the reasons), in every language, with and without a representative: the layout
    /// budget of decision 145. And the shorter text still carries the art. 12(3) elements.
    func testTheNoticeHasOneHeadingAndEveryElementInEveryLanguage() throws {
        let calendar = LegalCalendar()
        let languages = try XCTUnwrap(Self.library.languages(ofTemplate: "dsr-extension"))
        XCTAssertEqual(Set(languages), ["nl", "en", "pl", "uk", "tr", "ar", "de"])
        for example in ["extension-access-nl", "extension-erasure-en"] {
            for language in languages {
                for representative in [false, true] {
                    let context = "\(example) \(language)\(representative ? " representative" : "")"
                    var received: CivilDate?
                    let body = try assemble(example, language: language) { data in
                        received = CivilDate(iso: data.scalar("request.received") ?? "")
                        guard representative else { return }
                        data.set("representative.salutation", "ms")
                        data.set("representative.name", "S. Bakker")
                        data.set("representative.street", "Marktplein 3")
                        data.set("representative.postcode", "1241 EF")
                        data.set("representative.city", "Dorpwijk")
                    }.body
                    let headings = body.filter { if case .heading = $0 { return true } else { return false } }
                    XCTAssertEqual(headings.count, 1, "\(context): one heading keeps the notice on one sheet")
                    let text = plainText(body)
                    let f = try XCTUnwrap(Self.library.locales[language]).formatting
                    let deadlines = calendar.requestDeadlines(received: try XCTUnwrap(received))
                    for (date, what) in [(try XCTUnwrap(received), "date received"), (deadlines.due.date, "one-month deadline"),
                                         (deadlines.extendedDue.date, "new deadline")] {
                        XCTAssertTrue(text.contains(f.long(date)), "\(context): \(what) missing")
                    }
                    XCTAssertTrue(text.contains("12"), "\(context): GDPR article 12(3) missing")
                }
            }
        }
    }
}
