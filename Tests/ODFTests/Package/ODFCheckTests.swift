import Foundation
import TestSupport
import XCTest
@testable import ODF
import Showcase

/// The independent checker on real output (skipped where `../shared/odf/odf-check` is absent). Runs
/// without LibreOffice unless `PRIVDOC_ODF_CHECK_OFFICE=1`.
final class ODFCheckTests: XCTestCase {
    func testWriterOutputPassesOdfCheck() throws {
        guard let checker = ODFChecker.locate() else { throw XCTSkip("odf-check not found next to the repository") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("odf-check-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rtl = document([.heading(Heading(level: 1, [.text("طلب الاطلاع")])),
                            .paragraph(Paragraph([.text("رقم الملف "), .isolate(.leftToRight, [.text("SD-2026-1")])])),
                            .paragraph(Paragraph([.text("٢٠٢٦")], style: .rightAligned))],
                           direction: .rightToLeft, language: LanguageTag(language: "ar"))
        let combined = document([para("brief 1"), .pageBreak(PageBreak(startsFirstPageLayout: true, restartsPageNumbering: true)),
                                 .table(Table(columns: [.mm(30)], rows: [TableRow([TableCell(text: [.text("brief 2")])])]))])
        // User variables: declared, set hidden in the body, shown in the following pages' header (ODF 1.3 §7.4).
        let variables = document([.paragraph(Paragraph([.field(.setVariable(name: "privdoc_reference", value: "SD-1")), .text("brief")]))],
                                 pageSetup: PageSetup(followingPages: HeaderFooter(header: [Paragraph([.field(.variable("privdoc_reference"))], style: .header)])))
        let documents: [(String, Document)] = [
            ("showcase.odt", Showcase.document(date: testDate)),
            ("letter.odt", Showcase.onePageLetter(date: testDate, index: 42)),
            ("rtl.odt", rtl), ("combined.odt", combined), ("empty.odt", document([])),
            ("variables.odt", variables),
        ]
        var files: [URL] = []
        for (name, d) in documents {
            let url = folder.appendingPathComponent(name)
            try Data(try ODFWriter.package(d)).write(to: url)
            files.append(url)
        }
        let office = ProcessInfo.processInfo.environment["PRIVDOC_ODF_CHECK_OFFICE"] == "1"
        let (status, output) = try ODFChecker.run(checker, arguments: office ? [] : ["--no-office"], files: files)
        XCTAssertEqual(status, 0, output)
    }
}
