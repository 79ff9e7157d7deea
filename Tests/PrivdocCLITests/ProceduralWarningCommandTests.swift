import Foundation
import XCTest

/// Issue 11: the lateness warnings of the procedural letters. A late letter is still lawful (the terms
/// are instruction terms), so the letter is written and the warning goes to stderr with the days late
/// (decisions 080, 081).
final class ProceduralWarningCommandTests: XCTestCase {
    func testNotHandledMoreThanFourWeeksAfterTheTermWarnsAndIsWritten() throws {
        // completion.due 22-10-2026 + 28 days = Thu 19-11-2026; dated 25-11: six days late (Awb 4:5(4)).
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "not-handled", "--data", "templates/examples/not-handled-access-nl.yaml",
                             "--out", out.path, "--set", "date=2026-11-25"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, """
            --set date: warning: the decision not to handle the request is made known more than four weeks after the completion term ended (Awb 4:5(4)); it is late — 6 days after not-handled.latest
            0 error(s), 1 warning(s)

            """)
        XCTAssertEqual(CLI.documents(in: out), ["SD-2026-00688-dsr-not-handled-nl.odt"])
    }

    func testNotHandledOnTheLastDayOfTheFourWeeksIsQuiet() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "not-handled", "--data", "templates/examples/not-handled-access-nl.yaml",
                             "--out", out.path, "--set", "date=2026-11-19"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func testForwardingLateAndToldLateWarnsBothAndIsWritten() throws {
        // Received Mon 09-11-2026; a week later is Mon 16-11. Forwarded Fri 20-11: four days late.
        // Told on Wed 25-11; forwarding + 2 days is Sun 22-11, rolled to Mon 23-11: two days late.
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "forwarding", "--data", "templates/examples/forwarding-brp-nl.yaml", "--out", out.path,
                             "--set", "forwarding.date=2026-11-20", "--set", "date=2026-11-25"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, """
            --set date: warning: the sender is told more than two days after the request was forwarded; Awb 2:3 asks to tell the sender at the same time — 2 days after forwarding.notice-latest
            --set forwarding.date: warning: the request was forwarded more than a week after it was received; Awb 2:3 asks to forward it without delay (onverwijld) — 4 days after forwarding.latest
            0 error(s), 2 warning(s)

            """)
        XCTAssertEqual(CLI.documents(in: out), ["SD-2026-00731-dsr-forwarding-nl.odt"])
    }

    func testForwardingWithinTheThresholdsIsQuiet() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "forwarding", "--data", "templates/examples/forwarding-brp-nl.yaml", "--out", out.path,
                             "--set", "forwarding.date=2026-11-16", "--set", "date=2026-11-18"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
    }

    func testStrictRefusesALateForwardingNotice() throws {
        let out = CLI.temporaryFolder()
        let r = try CLI.run(["letter", "forwarding", "--data", "templates/examples/forwarding-brp-nl.yaml", "--out", out.path,
                             "--set", "date=2026-11-25", "--strict"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(CLI.documents(in: out), [])
    }
}
