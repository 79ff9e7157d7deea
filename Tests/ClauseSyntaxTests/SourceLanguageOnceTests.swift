import ClauseSyntax
import Foundation
import XCTest

/// Issue 10, "one source language constant": the engine, the translators' round trip and the CLI name
/// Dutch through `SourceLanguage.code` (the besluit language of Awb 2:6, the privacy-statement fallback,
/// the register's default), never as a literal of their own.
final class SourceLanguageOnceTests: XCTestCase {
    func testNoLibraryOrCommandSpellsTheSourceLanguageItself() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        // Demo and bench data are Dutch content, not the rule: the showcase letter, the sample rows, the fuzzer.
        let exempt = ["/Showcase/", "/Benchmarks/", "/PrivdocFuzz/", "/privdoc/Commands/PDFBench.swift"]
        var offenders: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" && !exempt.contains(where: url.path.contains) && url.lastPathComponent != "SourceLanguage.swift" {
            if try String(contentsOf: url, encoding: .utf8).contains("\"" + SourceLanguage.code + "\"") {
                offenders.append(url.lastPathComponent)
            }
        }
        XCTAssertEqual(offenders, [])
    }
}
