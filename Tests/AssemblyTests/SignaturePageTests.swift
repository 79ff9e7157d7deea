import Foundation
import ODF
import XCTest
@testable import Assembly

/// End to end (decision 073): in the PDF LibreOffice makes, the signature block is on one page, with the
/// closing formula and the end of the last article — wherever the page break falls. The text above it
/// grows about two lines per document, so the block meets the bottom of a page in several of them.
/// Skipped, and says so, when LibreOffice (`soffice`) or `pdftotext` is not installed.
final class SignaturePageTests: XCTestCase {
    private func tool(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testTheSignatureBlockStaysOnOnePageWithTheLastArticle() throws {
        guard let soffice = tool("soffice"), let pdftotext = tool("pdftotext") else {
            throw XCTSkip("LibreOffice (soffice) or pdftotext is not installed: the signature page is not checked in a PDF")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signature-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let saas = ProcessorAgreementTests.saas
        let mandate = "      nl: het Mandaat- en volmachtbesluit Sociale Dienst Voorbeeldregio 2025"
        XCTAssertTrue(saas.contains(mandate))
        var names: [String] = []
        for step in 0..<24 {
            // About two lines of extra text in the parties on page 2 per step.
            let longer = saas.replacingOccurrences(of: mandate, with: mandate + String(repeating: " en het aanvullende besluit", count: step * 6))
            let data = try YAMLCaseReader.read(longer, file: "case.yaml")
            guard case .success(let doc) = Assembler(library: ProcessorAgreementTests.library)
                .assemble(template: "processor-agreement", data: data, options: RenderOptions(language: "nl")) else { return XCTFail("step \(step)") }
            let name = "step-\(String(format: "%02d", step))"
            try Data(try doc.package()).write(to: folder.appendingPathComponent(name + ".odt"))
            names.append(name)
        }
        _ = try run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                              "--outdir", folder.path] + names.map { folder.appendingPathComponent($0 + ".odt").path })
        var pagesSeen: Set<Int> = []
        for name in names {
            let pdf = folder.appendingPathComponent(name + ".pdf").path
            guard FileManager.default.fileExists(atPath: pdf) else { XCTFail("\(name): LibreOffice made no PDF"); continue }
            let pages = try run(pdftotext, ["-layout", pdf, "-"]).components(separatedBy: "\u{0C}")
            let holding = pages.indices.filter { pages[$0].contains("Handtekening") || pages[$0].contains("Namens") || pages[$0].contains("Functie") }
            XCTAssertEqual(holding.count, 1, "\(name): the signature block is split over pages \(holding.map { $0 + 1 })")
            guard let page = holding.first else { continue }
            pagesSeen.insert(page)
            let text = pages[page]
            for part in ["Namens Sociale Dienst", "Namens CaseFlow", "Plaats", "Datum", "Naam", "Functie"] {
                XCTAssertTrue(text.contains(part), "\(name): \(part) is not on the signature page")
            }
            XCTAssertEqual(text.components(separatedBy: "Handtekening").count - 1, 2, "\(name): one signature line per party")
            XCTAssertTrue(text.contains("Aldus overeengekomen en ondertekend"), "\(name): the closing formula left the block")
            XCTAssertTrue(text.contains("arrondissement"), "\(name): the block is split from the last article")
        }
        XCTAssertGreaterThan(pagesSeen.count, 1, "the growing text moved the block to another page at least once")
    }
}
