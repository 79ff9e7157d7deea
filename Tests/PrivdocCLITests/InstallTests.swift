import Foundation
import XCTest

/// Installed as the README says — the binary in PREFIX/bin, the shipped library in PREFIX/share/privdoc —
/// privdoc runs from any folder (issue 13, decision 092).
final class InstallTests: XCTestCase {
    func testAnInstalledBinaryFindsItsLibraryFromAnotherFolder() throws {
        let fm = FileManager.default
        let prefix = fm.temporaryDirectory.appendingPathComponent("privdoc-prefix-\(UUID().uuidString)")
        let elsewhere = fm.temporaryDirectory.appendingPathComponent("privdoc-cwd-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: prefix); try? fm.removeItem(at: elsewhere) }
        let share = prefix.appendingPathComponent("share/privdoc")
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: share, withIntermediateDirectories: true)
        try fm.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let binary = prefix.appendingPathComponent("bin/privdoc")
        try fm.copyItem(at: CLI.products.appendingPathComponent("privdoc"), to: binary)
        for folder in ["templates", "locales"] {
            try fm.copyItem(at: CLI.root.appendingPathComponent(folder), to: share.appendingPathComponent(folder))
        }
        let example = CLI.root.appendingPathComponent("templates/examples/acknowledgement-access-nl.yaml").path

        let process = Process()
        process.executableURL = binary
        process.arguments = ["letter", "acknowledgement", "--data", example, "--out", "letters"]
        process.currentDirectoryURL = elsewhere
        var env = ProcessInfo.processInfo.environment
        env["PRIVDOC_ROOT"] = nil
        env["PRIVDOC_ORG"] = nil
        process.environment = env
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertTrue(fm.fileExists(atPath: elsewhere.appendingPathComponent("letters/SD-2026-00417-dsr-acknowledgement-nl.odt").path))
    }

    func testTheOrganisationFolderFromTheEnvironment() throws {
        let r = try CLI.run(["explain", "dsr-acknowledgement", "--data", "templates/examples/acknowledgement-access-nl.yaml"],
                            environment: ["PRIVDOC_ORG": "templates/organisations/werksaam-westfriesland"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("letter.contact@2 [organisation override of shipped v2]"), r.stdout)
    }
}
