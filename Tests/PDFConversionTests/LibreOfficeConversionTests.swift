import Foundation
import ODF
import Showcase
import TestSupport
import XCTest
@testable import PDFConversion

/// End to end with the LibreOffice on this machine; skipped, with the reason, when it is absent.
final class LibreOfficeConversionTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-lo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        XCTAssertEqual(ProcessRegistry.shared.liveGroups, [], "a LibreOffice process was left running")
    }

    private func office() throws -> LibreOffice {
        do {
            let office = try LibreOffice.locate()
            guard office.python != nil else { throw XCTSkip("LibreOffice found but python3-uno is missing: skipping the UNO tests") }
            return office
        } catch let error as ConversionError {
            throw XCTSkip("LibreOffice is not installed (\(error)): skipping the end-to-end PDF tests; CI installs it")
        }
    }

    private func letter(_ index: Int) throws -> URL {
        let url = folder.appendingPathComponent("letter-\(index).odt")
        let model = Showcase.onePageLetter(date: DocumentDate(year: 2026, month: 11, day: 29), index: index)
        try Data(ODFWriter.package(model)).write(to: url)
        return url
    }

    func testPDFAIsTaggedPDFA2bWithEmbeddedFontsAndMetadata() throws {
        let converter = try UNOConverter(office: try office())
        defer { converter.stop() }
        let input = try letter(1)
        let plain = folder.appendingPathComponent("plain.pdf"), archival = folder.appendingPathComponent("archival.pdf")
        let report = try converter.convert(ConversionJob(input: input, output: archival, format: .pdfa), timeout: 120)
        _ = try converter.convert(ConversionJob(input: input, output: plain, format: .pdf), timeout: 60)
        XCTAssertGreaterThan(report.pages, 0)
        guard PDFInspector.isAvailable else { throw XCTSkip("poppler-utils (pdfinfo) is not installed: PDFs made but not inspected") }
        let a = try PDFInspector.inspect(archival)
        XCTAssertEqual(a.problems(for: .pdfa, expectedPages: report.pages), [])
        XCTAssertEqual(a.pdfaPart, 2)
        XCTAssertTrue(a.tagged)
        XCTAssertGreaterThan(a.fonts, 0)
        let p = try PDFInspector.inspect(plain)
        XCTAssertEqual(p.problems(for: .pdf, expectedPages: report.pages), [])
        XCTAssertNil(p.pdfaPart, "plain PDF does not claim PDF/A")
    }

    /// `--format pdf,pdfa`: one job, one load, one export per format; each PDF is what its format asks.
    func testOneJobWritesEveryFormatFromOneLoad() throws {
        let converter = try UNOConverter(office: try office())
        defer { converter.stop() }
        let input = try letter(2)
        let plain = folder.appendingPathComponent("both.pdf"), archival = folder.appendingPathComponent("both.pdfa.pdf")
        let report = try converter.convert(ConversionJob(input: input, outputs: [.init(format: .pdf, url: plain), .init(format: .pdfa, url: archival)]),
                                           timeout: 120)
        XCTAssertGreaterThan(report.pages, 0)
        guard PDFInspector.isAvailable else { throw XCTSkip("poppler-utils (pdfinfo) is not installed: PDFs made but not inspected") }
        let a = try PDFInspector.inspect(archival), p = try PDFInspector.inspect(plain)
        XCTAssertEqual(a.problems(for: .pdfa, expectedPages: report.pages), [])
        XCTAssertEqual(a.pdfaPart, 2)
        XCTAssertEqual(p.problems(for: .pdf, expectedPages: report.pages), [])
        XCTAssertNil(p.pdfaPart, "the plain PDF exported after or before the PDF/A does not claim PDF/A")
    }

    func testAPoolOfUNOConvertersConvertsManyAndLeavesNothingRunning() throws {
        let office = try office()
        let pool = try ConverterPool(settings: .init(size: 2, timeout: 120, restartEvery: 3)) { () throws(ConversionError) -> any DocumentConverter in
            try UNOConverter(office: office)
        }
        let failures = NSLock()
        nonisolated(unsafe) var errors: [ConversionError] = []
        for i in 0..<6 {
            let input = try letter(i)
            pool.submit(ConversionJob(input: input, output: input.deletingPathExtension().appendingPathExtension("pdf"), format: .pdf)) { result in
                if case .failure(let e) = result { failures.lock(); errors.append(e); failures.unlock() }
            }
        }
        pool.waitUntilIdle()
        XCTAssertEqual(errors, [])
        XCTAssertEqual(pool.statistics.converted, 6)
        pool.shutdown()
        for i in 0..<6 { XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("letter-\(i).pdf").path)) }
    }

    func testABrokenDocumentFailsWithoutKillingTheConverter() throws {
        let converter = try UNOConverter(office: try office())
        defer { converter.stop() }
        let broken = folder.appendingPathComponent("broken.odt")
        try Data("not a zip".utf8).write(to: broken)
        XCTAssertThrowsError(try converter.convert(ConversionJob(input: broken, output: folder.appendingPathComponent("b.pdf"), format: .pdf), timeout: 120))
        let good = try letter(2)
        XCTAssertNoThrow(try converter.convert(ConversionJob(input: good, output: folder.appendingPathComponent("g.pdf"), format: .pdf), timeout: 60))
        // The bridge keeps the last document in its one frame until the next replaces it: a broken file
        // after a good one must leave the converter (same process) converting, in a fresh frame.
        let group = converter.processGroup
        XCTAssertThrowsError(try converter.convert(ConversionJob(input: broken, output: folder.appendingPathComponent("b2.pdf"), format: .pdf), timeout: 120))
        for name in ["g2.pdf", "g3.pdf"] {
            let report = try converter.convert(ConversionJob(input: good, output: folder.appendingPathComponent(name), format: .pdf), timeout: 60)
            XCTAssertGreaterThan(report.pages, 0)
        }
        XCTAssertEqual(converter.processGroup, group)
    }

    func testALibreOfficeKilledBetweenDocumentsIsACrashAndTheLetterIsConvertedOnAFreshOne() throws {
        let converter = try UNOConverter(office: try office())
        defer { converter.stop() }
        let first = try letter(1), second = try letter(2)
        _ = try converter.convert(ConversionJob(input: first, output: folder.appendingPathComponent("1.pdf"), format: .pdf), timeout: 120)
        // kill -9 of soffice.bin (the bridge's child, in the bridge's process group), and the next letter at
        // once: it meets a dead LibreOffice not yet reaped (a DisposedException). That is a crash — the
        // pool retries the letter on a fresh converter — not "LibreOffice could not convert this document".
        let group = try XCTUnwrap(converter.processGroup)
        let killed = ChildProcess.capture("/usr/bin/pkill", ["-KILL", "-g", String(group), "-x", "soffice.bin"])
        XCTAssertEqual(killed?.status, 0, "no soffice.bin in the converter's group")
        XCTAssertThrowsError(try converter.convert(ConversionJob(input: second, output: folder.appendingPathComponent("2.pdf"), format: .pdf), timeout: 60)) { error in
            guard case ConversionError.crashed = error else { return XCTFail("a dead LibreOffice is a crash, not \(error)") }
        }
        XCTAssertNil(converter.processGroup, "the dead converter was stopped")
        // The pool's retry: a fresh start converts it.
        let report = try converter.convert(ConversionJob(input: second, output: folder.appendingPathComponent("2.pdf"), format: .pdf), timeout: 120)
        XCTAssertGreaterThan(report.pages, 0)
    }

    /// LibreOffice's first start after installation once failed for one converter and never again: a start
    /// that fails quickly is tried once more, with a fresh profile.
    func testAStartThatFailsOnceIsTriedAgain() throws {
        let real = try office()
        let marker = folder.appendingPathComponent("failed-once").path
        let wrapper = folder.appendingPathComponent("soffice-fails-once")
        try "#!/bin/sh\nif [ ! -e '\(marker)' ]; then : > '\(marker)'; exit 1; fi\nexec '\(real.program)' \"$@\"\n".write(to: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let converter = try UNOConverter(office: LibreOffice(program: wrapper.path, python: real.python))
        defer { converter.stop() }
        let report = try converter.convert(ConversionJob(input: try letter(1), output: folder.appendingPathComponent("1.pdf"), format: .pdf), timeout: 120)
        XCTAssertGreaterThan(report.pages, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: marker), "the first start did fail")

        // A LibreOffice that never starts is still unavailable, after two tries.
        let broken = try UNOConverter(office: LibreOffice(program: "/bin/false", python: real.python))
        XCTAssertThrowsError(try broken.start()) { error in
            guard case ConversionError.unavailable(let why) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("did not start as LibreOffice"), why)
        }
    }

    func testAMissingSofficeIsUnavailableWithWhatToInstall() {
        XCTAssertThrowsError(try LibreOffice.locate(explicit: "/nonexistent/soffice")) { error in
            guard case ConversionError.unavailable(let why) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("libreoffice-writer-nogui"), why)
        }
        XCTAssertThrowsError(try LibreOffice.locate(environment: ["PATH": "/nonexistent"]))
    }
}
