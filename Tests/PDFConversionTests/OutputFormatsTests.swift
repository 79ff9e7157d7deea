import XCTest
@testable import PDFConversion

final class OutputFormatsTests: XCTestCase {
    func testRepeatedAndCommaSeparatedValuesInAnyOrder() throws {
        XCTAssertEqual(try OutputFormats(parsing: []).formats, [.odt])
        XCTAssertEqual(try OutputFormats(parsing: ["pdfa,odt"]).formats, [.odt, .pdfa])
        XCTAssertEqual(try OutputFormats(parsing: ["pdf", "PDFA", "pdf"]).formats, [.pdf, .pdfa])
    }

    func testAnUnknownFormatIsNamed() {
        XCTAssertThrowsError(try OutputFormats(parsing: ["odt,docx"])) { error in
            XCTAssertEqual("\(error)", "--format: unknown format 'docx'; expected odt, pdf or pdfa (comma-separated or repeated)")
        }
        XCTAssertThrowsError(try OutputFormats(parsing: ["odt,"]))
    }

    func testPDFAAndPDFNeverShareAFileName() throws {
        let both = try OutputFormats(parsing: ["pdf,pdfa"])
        XCTAssertEqual(both.fileName(stem: "x", format: .pdf), "x.pdf")
        XCTAssertEqual(both.fileName(stem: "x", format: .pdfa), "x.pdfa.pdf")
        XCTAssertEqual(try OutputFormats(parsing: ["pdfa"]).fileName(stem: "x", format: .pdfa), "x.pdf")
    }

    func testPDFAFilterAsksForPDFA2bTagged() {
        let filter = PDFExportFilter(format: .pdfa)
        XCTAssertTrue(filter.options.contains(.init(name: "SelectPdfVersion", type: "long", value: "2")))
        XCTAssertTrue(filter.options.contains(.init(name: "UseTaggedPDF", type: "boolean", value: "true")))
        XCTAssertTrue(filter.commandLineFilter.hasPrefix("pdf:writer_pdf_Export:{\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"true\"}"))
    }
}
