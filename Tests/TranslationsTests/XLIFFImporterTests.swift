import Foundation
import XCTest
@testable import Translations

/// What the importer refuses, and how it says so.
final class XLIFFImporterTests: XCTestCase {
    private var library: FixtureLibrary!

    override func setUpWithError() throws { library = try FixtureLibrary() }
    override func tearDown() { library.remove() }

    /// A unit translated from an older Dutch text is rejected by id; the file's other changes wait.
    func testSourceThatIsNotTheCurrentDutchIsRejected() throws {
        let before = library.snapshot()
        var xliff = XLIFFEdit.setSource(try library.export("pl"), id: "ack.received", text: "Wij hebben uw verzoek ontvangen.")
        xliff = XLIFFEdit.setTarget(xliff, id: "label.subject", text: "Dotyczy", state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.rejected, ["ack.received"])
        XCTAssertEqual(report.changed, ["label.subject"])
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertEqual(report.problems.first?.unit, "ack.received")
        XCTAssertEqual(report.problems.first?.line, 24, "the line of the <trans-unit>")
        XCTAssertTrue(report.problems.first!.message.hasPrefix("translated from an older Dutch text: the Dutch clause is now version 3"))
        XCTAssertEqual(report.written, [], "all or nothing per XLIFF file")
        XCTAssertEqual(library.snapshot(), before)
        XCTAssertEqual(report.summary.first, "test.xlf → locales/pl: 1 to apply, 2 unchanged, 1 rejected")
    }

    func testPlaceholderMismatchIsRejected() throws {
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "ack.received",
                                        text: "Otrzymaliśmy wniosek {{request.recieved | date}} o **{{ request.type|label }}**.", state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.rejected, ["ack.received"])
        XCTAssertEqual(report.problems.map(\.message), ["placeholders: {{request.received | date}} is missing",
                                                        "placeholders: {{request.recieved | date}} is not in the Dutch text"])
        XCTAssertEqual(report.problems.first?.line, 27, "the line of the <target>")
    }

    func testDroppedConditionalTagIsRejected() throws {
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "ack.representative",
                                        text: "Działają Państwo w imieniu {{recipient.name}}.\\\nZob. {{ref art.subprocessors}} i [politykę]({{org.privacy-url}}).",
                                        state: "translated")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems.map(\.message), ["placeholders: {{#if representative.name}} … {{/if}} is missing"])
    }

    func testUnknownIdIsRejected() throws {
        let xliff = try library.export("pl").replacingOccurrences(of: "<trans-unit id=\"label.subject\"", with: "<trans-unit id=\"label.onderwerp\"")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.rejected, ["label.onderwerp"])
        XCTAssertEqual(report.problems.map(\.description), ["test.xlf:54: unit label.onderwerp: no Dutch clause has this id (removed or renamed?)"])
    }

    func testMalformedXMLGivesALocatedError() throws {
        let xliff = try library.export("pl").replacingOccurrences(of: "</target>\n        <context-group name=\"dutch-clause\" purpose=\"location\">\n          <context context-type=\"sourcefile\">locales/nl/letters.yaml</context>\n          <context context-type=\"linenumber\">6",
                                                                   with: "</targt>\n        <context-group name=\"dutch-clause\" purpose=\"location\">\n          <context context-type=\"sourcefile\">locales/nl/letters.yaml</context>\n          <context context-type=\"linenumber\">6")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems.count, 1)
        XCTAssertEqual(report.problems.first?.line, 28)
        XCTAssertTrue(report.problems.first!.message.hasPrefix("not well-formed XML: "), report.problems.first!.message)
        XCTAssertFalse(report.isClean)
    }

    func testEmptyTargetMarkedFinalIsRejected() throws {
        let xliff = XLIFFEdit.setTarget(try library.export("pl"), id: "ack.received", text: "", state: "final")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems.map(\.message), ["the target is empty but its state is final"])
    }

    func testWrongVersionAndLanguagesAreReported() throws {
        let xliff = try library.export("pl")
            .replacingOccurrences(of: "version=\"1.2\"", with: "version=\"2.0\"")
            .replacingOccurrences(of: "source-language=\"nl\"", with: "source-language=\"en\"")
            .replacingOccurrences(of: "target-language=\"pl\"", with: "target-language=\"xx-YY\"")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems.map(\.description), [
            "test.xlf:2: XLIFF version \"2.0\": privdoc reads XLIFF 1.2 (version=\"1.2\")",
            "test.xlf:3: source-language is \"en\"; privdoc translates from Dutch (nl)",
            "test.xlf:3: target-language \"xx-YY\": there is no locales/xx/locale.yaml",
        ])
    }

    /// CAT tools may write a region (`pl-PL`) and wrap text in `<mrk>` segments.
    func testRegionAndSegmentMarkersAreAccepted() throws {
        let xliff = try library.export("pl").replacingOccurrences(of: "target-language=\"pl\"", with: "target-language=\"pl-PL\"")
            .replacingOccurrences(of: "<target xml:space=\"preserve\" state=\"needs-translation\"/>",
                                  with: "<target xml:space=\"preserve\" state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">Dotyczy</mrk></target>")
        let report = try library.importXLIFF(xliff)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.changed, ["label.subject"])
        XCTAssertEqual(try library.catalog("pl").clauses["label.subject"]?.text, "Dotyczy")
    }

    /// The state rules of docs/translating.md.
    func testStateRules() {
        let nl = CatalogClause(id: "a", file: "f", lines: 1...1, version: 2, sourceVersion: nil, status: .reviewed, text: "NL")
        let draft = CatalogClause(id: "a", file: "f", lines: 1...1, version: 4, sourceVersion: 2, status: .draft, text: "PL")
        let stale = CatalogClause(id: "a", file: "f", lines: 1...1, version: 4, sourceVersion: 1, status: .reviewed, text: "PL")
        func decide(_ target: String?, _ state: TargetState?, _ current: CatalogClause?) -> XLIFFImporter.Decision {
            XLIFFImporter.decide(XLIFFUnit(id: "a", line: 1, source: "NL", target: target, targetLine: 1, state: state),
                                 source: nl, current: current)
        }
        func apply(_ version: Int, _ status: CatalogClause.Status, _ text: String = "PL") -> XLIFFImporter.Decision {
            .apply(ClauseValues(id: "a", version: version, sourceVersion: 2, status: status, text: text))
        }
        XCTAssertEqual(decide("PL", .translated, draft), .unchanged)
        XCTAssertEqual(decide("PL", nil, draft), .unchanged, "a tool that drops states changes nothing")
        XCTAssertEqual(decide("PL", .final, draft), apply(5, .reviewed))
        XCTAssertEqual(decide("PL", .signedOff, draft), apply(5, .reviewed))
        XCTAssertEqual(decide("PL2\n", .translated, draft), apply(5, .draft, "PL2"))
        XCTAssertEqual(decide("PL2", .needsReviewTranslation, draft), apply(5, .draft, "PL2"), "a changed text is imported as draft")
        XCTAssertEqual(decide("PL", .needsReviewTranslation, stale), .unchanged)
        XCTAssertEqual(decide("PL", .translated, stale), apply(5, .draft))
        XCTAssertEqual(decide("", .needsTranslation, nil), .unchanged)
        XCTAssertEqual(decide(nil, nil, nil), .unchanged)
        XCTAssertEqual(decide("Nowy", .final, nil), apply(1, .reviewed, "Nowy"))
        XCTAssertEqual(decide("", .translated, draft), .reject("the target is empty but its state is translated"))
        XCTAssertEqual(decide("NL", .needsTranslation, nil), .unchanged, "the Dutch text copied into an untranslated unit")
        XCTAssertEqual(decide("NL", .translated, nil), apply(1, .draft, "NL"), "a name may stay as it is in Dutch")
    }

    /// Issue 15: an XLIFF file over 2 GiB trapped. A file over the limit is refused before it is read —
    /// a sparse 3 GiB file, a device that never ends, bytes handed over in memory — and nothing changes.
    func testFilesOverTheSizeLimitAreRefusedWithoutReadingThem() throws {
        let before = library.snapshot()
        let expected = ["huge.xlf: is larger than 64 MiB, the most an XLIFF import reads; export one language per file, as privdoc does"]
        let huge = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-\(UUID().uuidString)/huge.xlf")
        try FileManager.default.createDirectory(at: huge.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: huge.deletingLastPathComponent()) }
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        let report = try XLIFFImporter.run(xliff: huge, root: library.root, dryRun: false)
        XCTAssertEqual(report.problems.map(\.description), expected)
        XCTAssertFalse(report.isClean)

        let endless = try XLIFFImporter.run(xliff: URL(fileURLWithPath: "/dev/zero"), root: library.root, dryRun: false)
        XCTAssertEqual(endless.problems.map(\.description), [expected[0].replacingOccurrences(of: "huge.xlf", with: "zero")])

        let inMemory = try XLIFFImporter.run(data: Data(count: XLIFFImporter.maximumFileSize + 1), file: "huge.xlf",
                                             root: library.root, dryRun: false)
        XCTAssertEqual(inMemory.problems.map(\.description), expected)
        XCTAssertEqual(library.snapshot(), before)
    }

    /// A file of exactly the limit is read: an untouched export padded with comments imports as unchanged.
    func testAFileAtTheLimitIsRead() throws {
        let export = try library.export("pl")
        let end = try XCTUnwrap(export.range(of: "</body>"))
        var bytes = Data(export[..<end.lowerBound].utf8)
        let tail = Data(export[end.lowerBound...].utf8)
        // Comments of at most 1 MiB each: libxml2 refuses a single text or comment over 10 MB on its own.
        var remaining = XLIFFImporter.maximumFileSize - bytes.count - tail.count
        while remaining > 0 {
            let size = min(1 << 20, remaining)
            let spaces = Data(repeating: 0x20, count: size >= 7 ? size - 7 : size)
            bytes.append(size >= 7 ? Data("<!--".utf8) + spaces + Data("-->".utf8) : spaces)
            remaining -= size
        }
        bytes.append(tail)
        XCTAssertEqual(bytes.count, XLIFFImporter.maximumFileSize)
        let report = try XLIFFImporter.run(data: bytes, file: "edge.xlf", root: library.root, dryRun: false)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.unchanged, ["ack.objection", "ack.received", "ack.representative", "label.subject"])
    }
}
