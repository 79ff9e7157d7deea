import Foundation
import ODF
import XCTest
@testable import StatementReference

/// `check-reference` on real Word and LibreOffice files and on hostile ones (issue 18).
final class ReferenceCheckerTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let checker = ReferenceChecker(needles: ReferenceNeedles(urls: [
        "nl": "https://www.sdvoorbeeldregio.nl/privacy", "en": "https://www.sdvoorbeeldregio.nl/en/privacy",
    ]))

    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    private func status(_ bytes: [UInt8], name: String = "x.odt", checker: ReferenceChecker? = nil) throws -> FileReport.Status {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("refcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return (checker ?? self.checker).check(file: file.path).status
    }

    func testWordFixtureWithTheLinkInTheBodyRefers() {
        XCTAssertEqual(checker.check(file: fixture("url-in-body.docx")).status,
                       .refers([.init(place: .body, needle: "url:nl")]))
    }

    func testWordAndTemplateFixturesWithTheURLInTheFooterRefer() {
        for name in ["url-in-footer.docx", "url-in-footer.dotx"] {
            XCTAssertEqual(checker.check(file: fixture(name)).status, .refers([.init(place: .footer, needle: "url:nl")]), name)
        }
        XCTAssertEqual(checker.check(file: fixture("url-in-footer.ott")).status,
                       .refers([.init(place: .headerOrFooter, needle: "url:nl")]))
    }

    func testTheRequestFormURLIsNotTheStatement() {
        // `…/privacyverzoek` begins with `…/privacy`: a prefix is no reference.
        XCTAssertEqual(checker.check(file: fixture("no-reference.docx")).status, .missing)
    }

    func testAFolderIsSearchedInPathOrderAndOnlyOfficeFilesCount() {
        let reports = checker.check(paths: [Self.fixtures.path])
        XCTAssertEqual(reports.map { ($0.path as NSString).lastPathComponent },
                       ["no-reference.docx", "url-in-body.docx", "url-in-footer.docx", "url-in-footer.dotx", "url-in-footer.ott"])
        XCTAssertEqual(reports.map(\.refers), [false, true, true, true, true])
    }

    func testAPhraseCountsCaseAndSpacingIgnored() throws {
        let phrased = ReferenceChecker(needles: ReferenceNeedles(urls: [:], phrases: ["onze  Privacyverklaring"]))
        XCTAssertEqual(phrased.check(file: fixture("url-in-body.docx")).status, .refers([.init(place: .body, needle: "phrase:1")]))
    }

    func testURLMatchingIgnoresSchemeWWWAndTrailingSlashButNotLongerHostsOrPaths() {
        let n = ReferenceNeedles(urls: ["nl": "https://www.example.nl/privacy/"])
        XCTAssertEqual(n.matches(in: "zie http://example.nl/privacy."), ["url:nl"])
        XCTAssertEqual(n.matches(in: "zie WWW.EXAMPLE.NL/PRIVACY/"), ["url:nl"])
        XCTAssertEqual(n.matches(in: "zie www.example.nl/privacy#rechten"), ["url:nl"])
        XCTAssertEqual(n.matches(in: "zie www.badexample.nl/privacy"), [])
        XCTAssertEqual(n.matches(in: "zie www.example.nl/privacyverzoek"), [])
        XCTAssertEqual(n.matches(in: "zie www.example.nl.evil/privacy"), [])
    }

    // MARK: hostile and broken files: one line each, never fatal

    func testNotAZipPackage() throws {
        XCTAssertEqual(try status(Array("just text, not a package".utf8)), .unreadable("not a ZIP archive (no end of central directory)"))
    }

    func testABrokenZip() throws {
        let whole = TestZip.odt(content: "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")
        var broken = whole
        let at = try XCTUnwrap(whole.indices.first { whole[$0...].starts(with: Array("<office:".utf8)) })
        broken.replaceSubrange(at..<(at + 8), with: [UInt8](repeating: 0x41, count: 8)) // damage content.xml's bytes
        guard case .unreadable(let why) = try status(broken) else { return XCTFail("a damaged package was read") }
        XCTAssertTrue(why.hasPrefix("damaged: "), why)
        guard case .unreadable = try status(Array(whole.prefix(whole.count / 2))) else { return XCTFail("half a package was read") }
    }

    func testAPasswordProtectedWordFileIsAnOLEContainer() throws {
        var ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        ole += [UInt8](repeating: 0, count: 504)
        guard case .unreadable(let why) = try status(ole, name: "brief.docx") else { return XCTFail() }
        XCTAssertTrue(why.hasPrefix("password-protected"), why)
    }

    func testAnEncryptedODFPackage() throws {
        let manifest = """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">\
        <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/></manifest:file-entry></manifest:manifest>
        """
        XCTAssertEqual(try status(TestZip.odt(content: "garbage", manifest: manifest)), .unreadable("password-protected (ODF encryption)"))
    }

    func testAnEncryptedZipEntry() throws {
        let zip = TestZip.archive([.init(name: "word/document.xml", data: [1, 2, 3], flags: 1)])
        XCTAssertEqual(try status(zip, name: "a.docx"), .unreadable("entry word/document.xml is encrypted (password-protected)"))
    }

    func testAZipBombIsRefusedByItsDeclaredSizeBeforeAnythingIsAllocated() throws {
        let zip = TestZip.archive([.init(name: "content.xml", data: [0x3C], declaredSize: 0xF000_0000)])
        guard case .unreadable(let why) = try status(zip) else { return XCTFail() }
        XCTAssertTrue(why.hasPrefix("too large: content.xml"), why)
    }

    func testAFileOverTheSizeLimit() throws {
        let small = ReferenceChecker(needles: checker.needles, limits: .init(maxFileSize: 1024, package: .standard))
        XCTAssertEqual(try status([UInt8](repeating: 0, count: 2048), checker: small), .unreadable("larger than 0 MiB"))
    }

    func testAnEntityBombInsideThePackageIsNotExpanded() throws {
        var dtd = "<!DOCTYPE d [<!ENTITY a0 \"https://www.sdvoorbeeldregio.nl/privacy\">"
        for i in 1...12 { dtd += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        dtd += "]>"
        let content = "<?xml version=\"1.0\"?>" + dtd + "<d>&a12;</d>"
        let started = Date()
        let result = try status(TestZip.odt(content: content))
        // libxml2 refuses the amplification (its entity-amplification check) instead of expanding it:
        // one clear line, in milliseconds.
        XCTAssertEqual(result, .unreadable("content.xml is not well-formed XML (or exceeds the parser's limits)"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the check must not expand 10^12 characters")
    }

    func testNoSuchPathIsReportedAndTheRunGoesOn() {
        let reports = checker.check(paths: ["/nonexistent/brief.docx", fixture("url-in-body.docx")])
        XCTAssertEqual(reports.map(\.status), [.unreadable("no such file or folder"), .refers([.init(place: .body, needle: "url:nl")])])
    }

    func testJSONReportIsStableAndEscaped() {
        let reports = [FileReport(path: "a \"b\".docx", status: .missing),
                       FileReport(path: "c.odt", status: .refers([.init(place: .body, needle: "url:nl")]))]
        XCTAssertEqual(ReportJSON.render(reports), """
        {
          "files": [
            {"path": "a \\"b\\".docx", "status": "missing"},
            {"path": "c.odt", "status": "refers", "found": [{"place": "body", "match": "url:nl"}]}
          ],
          "summary": {"files": 2, "refers": 1, "missing": 1, "unreadable": 0}
        }

        """)
    }
}
