import Foundation

/// Runs the independent checker `../shared/odf/odf-check` (when it is there) on files.
public enum ODFChecker {
    /// The checker next to the repository (`<repo>/../shared/odf/odf-check`), found from a test's path.
    public static func locate(from file: String = #filePath) -> URL? {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("shared/odf/odf-check")
            if folder.lastPathComponent != "Tests", FileManager.default.isExecutableFile(atPath: candidate.path),
               FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Exit status and combined output of `odf-check [arguments] files…`.
    public static func run(_ checker: URL, arguments: [String], files: [URL]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = checker
        process.arguments = arguments + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
