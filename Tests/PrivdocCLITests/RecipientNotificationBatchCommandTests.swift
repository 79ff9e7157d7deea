import Foundation
import TestSupport
import XCTest

/// Issue 11: the art. 19 notices work as a batch — one row per recipient, lists as numbered columns
/// (`rectified.1.data`, `erased.2`, …), one letter per row, each with its own file name (the reference
/// carries a suffix per recipient, decision 083).
final class RecipientNotificationBatchCommandTests: XCTestCase {
    private let csv = "templates/examples/recipient-notification-batch.csv"

    func testTheShippedCSVWritesOneNoticePerRecipient() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("notices")
        let r = try CLI.run(["batch", "recipient-notification", "--data", csv, "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(r.stderr.contains("error"), r.stderr)
        XCTAssertFalse(r.stderr.contains("not a field"), "every column is a field of the template: \(r.stderr)")
        XCTAssertEqual(CLI.documents(in: out), [
            "SD-2026-00731-IB-dsr-recipient-notification-nl.odt", "SD-2026-00731-SVB-dsr-recipient-notification-nl.odt",
            "SD-2026-00731-UWV-dsr-recipient-notification-nl.odt", "SD-2026-00802-DSP-dsr-recipient-notification-en.odt",
            "SD-2026-00802-GEM-dsr-recipient-notification-nl.odt",
        ])
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8).split(separator: "\n").count, 1,
                       "only the header: no row rejected")

        func text(_ name: String) throws -> String {
            try UnzippedPackage(Array(Data(contentsOf: out.appendingPathComponent(name)))).plainText()
        }
        // Row 2, SVB: the address only (one rectified item), the BSN (uses-bsn: ja).
        let svb = try text("SD-2026-00731-SVB-dsr-recipient-notification-nl.odt")
        XCTAssertTrue(svb.contains("Sociale Verzekeringsbank"))
        XCTAssertTrue(svb.contains("Lindelaan 15, 1233 KL Voorbeeldstad, sinds 1 oktober 2026"))
        XCTAssertFalse(svb.contains("Inkomsten uit arbeid"), "the second item belongs to other rows")
        XCTAssertTrue(svb.contains("111222333"))
        // Row 4, the municipality: two erased items, one restricted, found by its own reference, no BSN.
        let gem = try text("SD-2026-00802-GEM-dsr-recipient-notification-nl.odt")
        XCTAssertTrue(gem.contains("Notitie van het huisbezoek van 12 mei 2026"))
        XCTAssertTrue(gem.contains("Kopie van het huurcontract uit 2019"))
        XCTAssertTrue(gem.contains("Het gebruik van deze gegevens hebben wij beperkt"))
        XCTAssertTrue(gem.contains("Uw kenmerk: SHV\u{2011}5521"), gem)
        XCTAssertFalse(gem.contains("BSN"))
        XCTAssertFalse(gem.contains("gecorrigeerd"), "nothing rectified in this row")
    }

    func testARowThatBreaksARuleIsRejectedByRowAndFieldWithoutValues() throws {
        let folder = CLI.temporaryFolder()
        let input = folder.appendingPathComponent("notices.csv")
        var lines = try String(contentsOf: CLI.root.appendingPathComponent(csv), encoding: .utf8).split(separator: "\n").map(String.init)
        // Row 3 (the SVB) without uses-bsn: a BSN to a recipient not declared to use it.
        lines[2] = lines[2].replacingOccurrences(of: ",ja,F. el Amrani,", with: ",,F. el Amrani,")
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let r = try CLI.run(["batch", "recipient-notification", "--data", input.path, "--out", out.path])
        XCTAssertNotEqual(r.status, 0)
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        XCTAssertTrue(rejects.contains(",3,subject.bsn,"), rejects)
        XCTAssertFalse(rejects.contains("111222333") || rejects.contains("Amrani"), "no values in the report")
        XCTAssertEqual(CLI.documents(in: out).count, 4)
    }
}
