import Foundation
import XCTest

/// `--format` on `letter` and `agreement`: PDFs through LibreOffice, exit 69 when it is missing.
final class PDFFormatCommandTests: XCTestCase {
    /// Skips when this machine has no LibreOffice (CI installs it).
    private func requireLibreOffice() throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        if !found { throw XCTSkip("soffice is not installed: skipping the end-to-end PDF command tests") }
    }

    private func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func testMissingLibreOfficeExits69WithWhatToInstallAndWritesNothing() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("out")
        let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", out.path,
                             "--format", "odt,pdf"], environment: ["PRIVDOC_SOFFICE": "/nonexistent/soffice"])
        XCTAssertEqual(r.status, 69, r.stderr)
        XCTAssertTrue(r.stderr.contains("apt-get install libreoffice-writer-nogui python3-uno"), r.stderr)
        XCTAssertEqual(files(out), [], "not even the ODT is written when the PDF cannot be made")
    }

    func testAProgramThatIsNotLibreOfficeExits69AndWritesNothing() throws {
        try requireLibreOffice()   // python3-uno comes with it in CI: the converter is the UNO bridge
        for program in ["/bin/true", "/bin/false"] {
            let out = CLI.temporaryFolder().appendingPathComponent("out")
            let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", out.path,
                                 "--format", "odt,pdf", "--soffice", program])
            XCTAssertEqual(r.status, 69, r.stderr)
            XCTAssertTrue(r.stderr.contains("did not start as LibreOffice"), r.stderr)
            XCTAssertTrue(r.stderr.contains("apt-get install libreoffice-writer-nogui python3-uno"), r.stderr)
            XCTAssertEqual(files(out), [], "\(program): no .odt without its PDF")
            XCTAssertEqual(r.stdout, "")
        }
    }

    func testAnUnknownFormatIsAUsageError() throws {
        let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--format", "docx"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("unknown format 'docx'"), r.stderr)
    }

    func testATimeoutThatIsNoFiniteNumberOfSecondsIsAUsageError() throws {
        // `inf` and 1e300 passed validation and trapped converting the deadline to nanoseconds (a crash).
        for value in ["inf", "1e300", "nan", "0", "86401"] {
            let r = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", CLI.temporaryFolder().path,
                                 "--format", "pdf", "--pdf-timeout", value])
            XCTAssertEqual(r.status, 64, "--pdf-timeout \(value): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("--pdf-timeout must be more than 0 and at most 86400 seconds"), r.stderr)
        }
    }

    func testLetterAsODTPDFAndPDFAThenARerunConvertsNothing() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let args = ["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", out.path, "--format", "odt,pdf", "--format", "pdfa"]
        let r = try CLI.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(files(out), ["SD-2026-00388-dsr-extension-nl.odt", "SD-2026-00388-dsr-extension-nl.pdf", "SD-2026-00388-dsr-extension-nl.pdfa.pdf"])
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 3)
        let pdfa = out.appendingPathComponent("SD-2026-00388-dsr-extension-nl.pdfa.pdf")
        let before = try Data(contentsOf: pdfa)
        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try Data(contentsOf: pdfa), before, "the same source ODT: the PDF/A is current and left alone")
    }

    func testPDFConvertNeverGivesTwoFilesOneName() throws {
        try requireLibreOffice()
        let root = CLI.temporaryFolder()
        let made = try CLI.run(["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml", "--out", root.path])
        XCTAssertEqual(made.status, 0, made.stderr)
        let odt = root.appendingPathComponent("SD-2026-00388-dsr-extension-nl.odt")
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: odt, to: root.appendingPathComponent("\(folder)/x.odt"))
        }
        let out = root.appendingPathComponent("o")
        let a = root.appendingPathComponent("a/x.odt").path, b = root.appendingPathComponent("b/x.odt").path
        let r = try CLI.run(["pdf", "convert", a, a, b, "--out", out.path, "--format", "pdf"])
        XCTAssertEqual(r.status, 2, "b/x.odt is refused, not written over a's PDF: \(r.stderr)")
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 1, "one PDF, printed once: \(r.stdout)")
        XCTAssertTrue(r.stderr.contains("b/x.odt: its PDF would have the name of"), r.stderr)
        XCTAssertEqual(files(out), ["x.pdf"])
    }

    func testAgreementAsPDFOnlyKeepsNoODT() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["agreement", "--data", "templates/examples/agreement-saas.yaml", "--out", out.path, "--format", "pdf"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(files(out).count, 1)
        XCTAssertTrue(files(out)[0].hasSuffix("-nl.pdf"), "\(files(out))")
        XCTAssertTrue(try Data(contentsOf: out.appendingPathComponent(files(out)[0])).starts(with: Array("%PDF-".utf8)))
    }
}
