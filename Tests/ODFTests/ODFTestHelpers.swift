import XMLSupport
import TestSupport
import XCTest
@testable import ODF

/// The date every test document carries.
let testDate = DocumentDate(year: 2026, month: 11, day: 29)

/// A minimal document around `body`.
func document(_ body: [Block], pageSetup: PageSetup = PageSetup(), images: [Image] = [],
              direction: TextDirection = .leftToRight, language: LanguageTag = LanguageTag(language: "nl", country: "NL"),
              date: DocumentDate = testDate) -> Document {
    Document(metadata: Metadata(title: "Test", language: language, date: date), pageSetup: pageSetup, body: body,
             images: images, direction: direction)
}

/// `content.xml` of a body (writer tests never touch the zip).
func contentXML(_ body: [Block], images: Set<String> = [], direction: TextDirection = .leftToRight) throws -> [UInt8] {
    try ContentWriter.write(document(body, direction: direction), styleSheet: HouseStyleFixture.builtIn, images: images)
}

/// An XPath view of `content.xml`.
func contentQuery(_ body: [Block], images: Set<String> = []) throws -> XMLQuery {
    try XCTUnwrap(XMLQuery(try contentXML(body, images: images)))
}

/// The XML of one paragraph as the writer writes it (a fragment: no namespace declarations).
func paragraphXML(_ inlines: [Inline], style: ParagraphRole = .body) throws -> String {
    let xml = XMLWriter(fragment: true)
    let flow = FlowWriter(xml: xml, stylePrefix: "", part: .body, images: [], direction: .leftToRight, styleSheet: HouseStyleFixture.builtIn)
    try flow.writeParagraphs([Paragraph(inlines, style: style)], part: .body)
    return String(decoding: try xml.takeFragment(), as: UTF8.self)
}

/// The inner XML of that paragraph (between `<text:p …>` and `</text:p>`).
func paragraphInner(_ inlines: [Inline]) throws -> String {
    let full = try paragraphXML(inlines)
    guard let open = full.range(of: ">"), full.hasSuffix("</text:p>") else { return full.hasSuffix("/>") ? "" : full }
    return String(full[open.upperBound..<full.index(full.endIndex, offsetBy: -9)])
}

/// A one-paragraph body paragraph.
func para(_ text: String, style: ParagraphRole = .body) -> Block { .paragraph(Paragraph([.text(text)], style: style)) }

/// Asserts that `body` throws `expected`.
func assertThrows(_ expected: ODFError, _ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
    do {
        try body()
        XCTFail("expected \(expected), nothing thrown", file: file, line: line)
    } catch {
        XCTAssertEqual(error as? ODFError, expected, file: file, line: line)
    }
}

/// Asserts that `body` throws `invalidModel` whose message contains `fragment`.
func assertInvalidModel(_ fragment: String, _ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
    do {
        try body()
        XCTFail("expected invalidModel(…\(fragment)…), nothing thrown", file: file, line: line)
    } catch {
        guard case .invalidModel(let message)? = error as? ODFError else {
            XCTFail("expected invalidModel, got \(error)", file: file, line: line)
            return
        }
        XCTAssertTrue(message.contains(fragment), "“\(message)” does not mention “\(fragment)”", file: file, line: line)
    }
}
