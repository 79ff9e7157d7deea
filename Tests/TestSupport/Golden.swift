import Foundation
import XCTest

/// Golden-file assertions: `Golden/<name>` next to (or above) the calling test file.
///
/// With `PRIVDOC_RECORD=1` the file is rewritten and the test FAILS saying so, so a recording run can
/// never pass by accident.
public func assertMatchesGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    guard let folder = goldenFolder(for: "\(file)") else {
        XCTFail("no Golden folder above \(file)", file: file, line: line)
        return
    }
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PRIVDOC_RECORD"] == "1" {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            XCTFail("recorded Golden/\(name); run again without PRIVDOC_RECORD=1", file: file, line: line)
        } catch {
            XCTFail("cannot record Golden/\(name): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing Golden/\(name); record it with PRIVDOC_RECORD=1", file: file, line: line)
        return
    }
    if actual != expected {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = first < a.count ? String(a[first]) : "<end>"
        let want = first < e.count ? String(e[first]) : "<end>"
        XCTFail("differs from Golden/\(name) at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(re-record with PRIVDOC_RECORD=1 if the change is intended)",
                file: file, line: line)
    }
}

/// The nearest `Golden` folder in the test file's folder or one of its parents (up to the `Tests` folder).
func goldenFolder(for path: String) -> URL? {
    var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("Golden")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return candidate
        }
        if folder.lastPathComponent == "Tests" { return nil }
        folder = folder.deletingLastPathComponent()
    }
    return nil
}
