import Foundation
import XCTest
@testable import PDFConversion

/// Placing converted PDFs and the source ledger that decides, on a re-run, which PDFs are current.
final class PDFOutputTests: XCTestCase {
    private var folder: URL!
    private let odt = String(repeating: "a", count: 64)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-out-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func converted(_ text: String) throws -> URL {
        let url = folder.appendingPathComponent("converted-\(UUID().uuidString.prefix(6)).tmp")
        try Data(text.utf8).write(to: url)
        return url
    }

    private func output() throws -> PDFOutput { PDFOutput(folder: folder, formats: try OutputFormats(parsing: ["pdf"]), force: false) }

    func testATruncatedPDFIsNotPlaced() throws {
        // A converter that answered "done" but left half a file (a full disk): no %%EOF at the end.
        let half = try converted("%PDF-1.6\n1 0 obj << /Type /Catalog")
        XCTAssertThrowsError(try output().place(converted: half, stem: "letter", format: .pdf, odtSHA256: odt, pages: 2)) { error in
            XCTAssertEqual(error as? PDFPlacementError, .notAPDF("letter.pdf"))
            XCTAssertTrue("\(error)".contains("no complete PDF"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("letter.pdf").path))
        XCTAssertThrowsError(try output().place(converted: try converted(""), stem: "letter", format: .pdf, odtSHA256: odt, pages: 2))
    }

    func testAReRunKnowsThePagesOfTheCurrentPDFs() throws {
        let placed = try output().place(converted: try converted("%PDF-1.6\n…\n%%EOF\n"), stem: "letter", format: .pdf, odtSHA256: odt, pages: 3)
        XCTAssertEqual(placed.pages, 3)
        // The next run reads the ledger afresh: the PDF is current and its page count is known, so the
        // re-run's manifest-pdf.csv lists the pages as the first run's did (it left them empty).
        let current = try XCTUnwrap(try output().current(stem: "letter", format: .pdf, odtSHA256: odt))
        XCTAssertFalse(current.fresh)
        XCTAssertEqual(current.pages, 3)
        XCTAssertEqual(current.sha256, placed.sha256)
        XCTAssertNil(try output().current(stem: "letter", format: .pdf, odtSHA256: String(repeating: "b", count: 64)), "another source ODT")
    }

    func testALedgerLineWithoutTheFormatIsKnownButNeverCurrent() throws {
        let pdf = Data("%PDF-1.6\n%%EOF\n".utf8)
        try pdf.write(to: folder.appendingPathComponent("old.pdf"))
        let line = "old.pdf\t\(odt)\t\(SHA256Hex.of(pdf))\n"
        try Data(line.utf8).write(to: folder.appendingPathComponent(PDFSourceLedger.fileName))
        XCTAssertNil(try output().current(stem: "old", format: .pdf, odtSHA256: odt), "which format it is, is not known")
        XCTAssertNoThrow(try output().place(converted: try converted("%PDF-1.6\n%%EOF\n"), stem: "old", format: .pdf, odtSHA256: odt, pages: 1),
                         "but it is ours: replaced without --force")
    }

    func testAPlainPDFIsNeverKeptAsThePDFA() throws {
        // `--format pdf`, then `--format pdfa`: both name the file X.pdf, from the same ODT.
        _ = try output().place(converted: try converted("%PDF-1.6\n%%EOF\n"), stem: "x", format: .pdf, odtSHA256: odt, pages: 1)
        let archival = PDFOutput(folder: folder, formats: try OutputFormats(parsing: ["pdfa"]), force: false)
        XCTAssertNil(archival.current(stem: "x", format: .pdfa, odtSHA256: odt), "the plain PDF would have been kept as the PDF/A")
        XCTAssertNotNil(try output().current(stem: "x", format: .pdf, odtSHA256: odt))
    }

    func testALineOfBytesThatAreNotUTF8CostsOnlyThatLine() throws {
        _ = try output().place(converted: try converted("%PDF-1.6\n%%EOF\n"), stem: "kept", format: .pdf, odtSHA256: odt, pages: 1)
        let ledger = folder.appendingPathComponent(PDFSourceLedger.fileName)
        var bytes = try Data(contentsOf: ledger)
        bytes.append(contentsOf: [0x00, 0xFF, 0xFE, 0x0A])
        try bytes.write(to: ledger)
        XCTAssertNotNil(try output().current(stem: "kept", format: .pdf, odtSHA256: odt), "the whole ledger was ignored")
    }

    func testAPDFTheLedgerDoesNotKnowIsRefusedAndTheMessageSaysWhy() throws {
        try Data("%PDF-1.6 somebody's\n%%EOF\n".utf8).write(to: folder.appendingPathComponent("theirs.pdf"))
        XCTAssertThrowsError(try output().place(converted: try converted("%PDF-1.6\n%%EOF\n"), stem: "theirs", format: .pdf, odtSHA256: odt, pages: 1)) { error in
            XCTAssertEqual(error as? PDFPlacementError, .exists("theirs.pdf"))
            XCTAssertTrue("\(error)".contains(".privdoc-pdf-sources has no record"), "\(error)")
        }
    }

    func testATornLastLineCostsOnlyItsOwnPDF() throws {
        // Power loss in the middle of a line: the next line must not be glued to it.
        try Data("torn.pdf\t\(odt)\t12".utf8).write(to: folder.appendingPathComponent(PDFSourceLedger.fileName))
        _ = try output().place(converted: try converted("%PDF-1.6\n%%EOF\n"), stem: "next", format: .pdf, odtSHA256: odt, pages: 1)
        XCTAssertNotNil(try output().current(stem: "next", format: .pdf, odtSHA256: odt))
    }
}

/// SHA-256 in hex of test bytes, through the tool every Linux has (the tests do not import DocumentOutput).
private enum SHA256Hex {
    static func of(_ data: Data) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-sha-\(UUID().uuidString.prefix(8))")
        try? data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return String(ChildProcess.capture("/usr/bin/sha256sum", [url.path])?.output.prefix(64) ?? "")
    }
}
