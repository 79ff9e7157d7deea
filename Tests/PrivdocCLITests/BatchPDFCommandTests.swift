import Foundation
import XCTest

/// `privdoc batch --format pdf…` end to end with LibreOffice (skipped when it is absent): the PDF manifest,
/// re-run idempotence, converter failures as rejects, the duplex print file, Ctrl-C.
final class BatchPDFCommandTests: XCTestCase {
    private func requireLibreOffice() throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        if !found { throw XCTSkip("soffice is not installed: skipping the end-to-end batch PDF tests") }
    }

    private let notices = "templates/examples/extension-notices.csv"

    /// The rows of manifest-pdf.csv as dictionaries.
    private func pdfManifest(_ folder: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: folder.appendingPathComponent("manifest-pdf.csv"), encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    func testARerunConvertsNothingAndAnInterruptedOneOnlyWhatIsMissing() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let args = ["batch", "extension", "--data", notices, "--out", out.path, "--format", "pdf", "--jobs", "2"]
        let first = try CLI.run(args)
        let firstRejects = (try? String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)) ?? ""
        XCTAssertEqual(first.status, 0, first.stderr + firstRejects)
        XCTAssertTrue(first.stderr.contains("PDF: 20 converted, 0 already current"), first.stderr + firstRejects)
        let manifest = try pdfManifest(out)
        XCTAssertEqual(manifest.count, 20)
        XCTAssertTrue(manifest.allSatisfy { $0["odt_sha256"]?.count == 64 && $0["pdf_sha256"]?.count == 64 && $0["pages"] == "1" }, "every extension notice is one page (decision 145)")

        let again = try CLI.run(args)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("PDF: 0 converted, 20 already current"), again.stderr)
        XCTAssertEqual(try pdfManifest(out).map { $0["pdf_sha256"]! }, manifest.map { $0["pdf_sha256"]! }, "the same PDFs, untouched")
        XCTAssertEqual(try pdfManifest(out).map { $0["pages"]! }, manifest.map { $0["pages"]! }, "the pages of the PDFs left alone are known (the ledger keeps them)")

        // As if the run had been interrupted after converting all but three letters.
        for row in manifest.prefix(3) { try FileManager.default.removeItem(at: out.appendingPathComponent(row["pdf_file"]!)) }
        let resumed = try CLI.run(args)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stderr.contains("PDF: 3 converted, 17 already current"), resumed.stderr)
    }

    func testAFailingConverterRejectsTheRowsWithTheReasonAndExits2() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        // A "LibreOffice" that exits at once: every conversion fails, the ODTs are still written.
        let r = try CLI.run(["batch", "extension", "--data", notices, "--out", out.path, "--format", "pdf,pdfa", "--soffice", "/bin/false"])
        XCTAssertEqual(r.status, 2, r.stderr)
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        XCTAssertEqual(rejects.split(separator: "\n").count, 41, rejects)
        XCTAssertTrue(rejects.contains("PDF conversion unavailable"), rejects)
        // Each reject names the file of its own format: the PDF/A is NAME.pdfa.pdf (it said NAME.pdf twice).
        XCTAssertTrue(rejects.contains("SD-2026-01100-dsr-extension-nl.pdf: PDF conversion unavailable"), rejects)
        XCTAssertTrue(rejects.contains("SD-2026-01100-dsr-extension-nl.pdfa.pdf: PDF conversion unavailable"), rejects)
        XCTAssertEqual(CLI.documents(in: out).count, 20)
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") }
        XCTAssertEqual(pdfs, [])
    }

    func testDuplexPrintFileStartsEveryLetterOnAnOddPage() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["batch", "extension", "--data", notices, "--out", out.path, "--format", "pdf",
                             "--combined", out.appendingPathComponent("print.pdf").path, "--duplex"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try pdfManifest(out)
        XCTAssertEqual(rows.count, 20)
        XCTAssertTrue(rows.allSatisfy { Int($0["print_first_page"]!)! % 2 == 1 }, "\(rows.map { $0["print_first_page"]! })")
        XCTAssertTrue(r.stderr.contains("print file"), r.stderr)
        let data = try Data(contentsOf: out.appendingPathComponent("print.pdf"))
        XCTAssertTrue(data.starts(with: Array("%PDF-".utf8)))
        // The print file has the first letter's title and language, so it passes the checks CI makes.
        let check = try CLI.run(["pdf", "check", out.appendingPathComponent("print.pdf").path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("40 pages"), check.stdout)
        XCTAssertTrue(check.stdout.contains("lang nl-NL"), check.stdout)
    }

    func testCtrlCLeavesNoConverterRunningAndNoHalfPDF() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let tmp = CLI.temporaryFolder("tmpdir")
        let process = Process()
        process.executableURL = CLI.products.appendingPathComponent("privdoc")
        process.arguments = ["batch", "extension", "--data", notices, "--out", out.path, "--format", "pdf,pdfa"]
        process.currentDirectoryURL = CLI.root
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = tmp.path   // the converters' private profiles live here: easy to look for afterwards
        process.environment = env
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the first PDFs exist, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter({ $0.hasSuffix(".pdf") }).count < 2 {
            Thread.sleep(forTimeInterval: 0.1)
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(Self.processes(mentioning: tmp.path), [], "a converter outlived the run")
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasSuffix(".pdf") {
            let bytes = try Data(contentsOf: out.appendingPathComponent(name))
            XCTAssertTrue(bytes.starts(with: Array("%PDF-".utf8)) && String(decoding: bytes.suffix(32), as: UTF8.self).contains("%%EOF"), "\(name) is incomplete")
        }
    }

    func testKillDashNineLeavesNoConverterAndNoProfileBehind() throws {
        try requireLibreOffice()
        let out = CLI.temporaryFolder()
        let tmp = CLI.temporaryFolder("tmpdir")
        let process = Process()
        process.executableURL = CLI.products.appendingPathComponent("privdoc")
        process.arguments = ["batch", "extension", "--data", notices, "--out", out.path, "--format", "pdf,pdfa"]
        process.currentDirectoryURL = CLI.root
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = tmp.path
        process.environment = env
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter({ $0.hasSuffix(".pdf") }).count < 2 {
            Thread.sleep(forTimeInterval: 0.1)
        }
        kill(process.processIdentifier, SIGKILL)   // no handler runs: the bridges see their stdin close
        process.waitUntilExit()
        var left: [String] = []
        for _ in 0..<50 {   // the bridges kill LibreOffice and remove their private profiles
            left = ((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).filter { $0.hasPrefix("privdoc-lo-") }
            if left.isEmpty && Self.processes(mentioning: tmp.path).isEmpty { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTAssertEqual(Self.processes(mentioning: tmp.path), [], "a converter outlived kill -9")
        XCTAssertEqual(left, [], "a LibreOffice profile (hundreds of KB each) stayed in TMPDIR")
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasSuffix(".pdf") {
            let bytes = try Data(contentsOf: out.appendingPathComponent(name))
            XCTAssertTrue(String(decoding: bytes.suffix(32), as: UTF8.self).contains("%%EOF"), "\(name) is incomplete")
        }
    }

    /// Pids whose command line mentions `text`.
    static func processes(mentioning text: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { pid in
            guard pid.first?.isNumber == true, let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: data, as: UTF8.self).contains(text)
        }
    }
}
