@testable import Assembly
import Foundation
import XCTest

/// Issue 10, "one blank": a case value is trimmed and found blank by `Blank` only (Unicode white space,
/// NBSP included), never by a rule that knows spaces and tabs alone.
final class OneBlankTests: XCTestCase {
    func testACountryOfNoBreakSpacesIsAbsentAndOneAroundTheNameIsNoPartOfIt() {
        XCTAssertTrue(DutchPostcode.isNetherlands("\u{00A0}"))
        XCTAssertTrue(DutchPostcode.isNetherlands("\u{00A0}Nederland\u{202F}"))
        XCTAssertFalse(DutchPostcode.isNetherlands("\u{00A0}België"))
    }

    /// Fails when a value trim in Assembly looks at spaces and tabs only again (`trimmingSpaces` is the
    /// clause grammar's rule, templates.md §1.2; CLDR plural rules are library data with the same grammar).
    func testAssemblyTrimsValuesWithTheOneBlank() throws {
        let assembly = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Assembly")
        var offenders: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: assembly, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" && url.lastPathComponent != "PluralRules.swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains(".trimmingSpaces") || text.contains("in: .whitespaces") { offenders.append(url.lastPathComponent) }
        }
        XCTAssertEqual(offenders, [])
    }
}
