import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during `privdoc letter --format pdf` (decision 195: the handler is a `sigwait` thread of its
/// own): exit 130, no LibreOffice left running, no half PDF — whatever the interrupted conversion reports.
final class PDFInterruptCommandTests: XCTestCase {
    func testCtrlCDuringALetterAsPDFExits130AndLeavesNothingRunning() throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        if !found { throw XCTSkip("soffice is not installed") }
        let folder = CLI.temporaryFolder()
        let process = Process()
        process.executableURL = CLI.products.appendingPathComponent("privdoc")
        process.arguments = ["letter", "extension", "--data", "templates/examples/extension-access-nl.yaml",
                             "--out", folder.appendingPathComponent("x").path, "--format", "pdf"]
        process.currentDirectoryURL = CLI.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait for the converter (the UNO bridge or soffice, a child in its own process group) to start.
        let children = "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children"
        var converter: pid_t?
        let deadline = Date().addingTimeInterval(30)
        while converter == nil, Date() < deadline, process.isRunning {
            converter = (try? String(contentsOfFile: children, encoding: .utf8))?.split(separator: " ").compactMap { pid_t($0) }.first
            if converter == nil { usleep(10_000) }
        }
        guard let converter else { throw XCTSkip("the converter did not start (or the letter was done first)") }
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { process.waitUntilExit(); stopped.signal() }
        XCTAssertEqual(stopped.wait(timeout: .now() + 30), .success, "privdoc did not stop within 30 s of Ctrl-C")
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 130, stderr)
        XCTAssertFalse(stderr.contains("unavailable"), "a converter killed by Ctrl-C is no missing LibreOffice: \(stderr)")
        XCTAssertEqual(kill(-converter, 0), -1, "no process of the converter's group is left")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("x").path)) ?? []
        XCTAssertTrue(left.allSatisfy { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") }, "\(left)")
    }
}
