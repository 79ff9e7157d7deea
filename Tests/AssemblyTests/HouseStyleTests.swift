import Foundation
import ODF
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Assembly

/// `house-style:` in the profile: the organisation's LibreOffice template laid over the built-in house
/// style, and the letter geometry read from it and checked (decision 050).
final class HouseStyleTests: XCTestCase {
    /// A copy of the basic fixture whose profile names `file` (written with `bytes`) as its house style.
    func library(houseStyle file: String, _ bytes: [UInt8]?) throws -> (Library, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-house-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        if let bytes { try Data(bytes).write(to: root.appendingPathComponent("templates/\(file)")) }
        let profile = root.appendingPathComponent("templates/organisation.yaml")
        try (try String(contentsOf: profile, encoding: .utf8) + "\nhouse-style: \(file)\n").write(to: profile, atomically: true, encoding: .utf8)
        return (try Library.load(root: root), root)
    }

    var briefpapier: [UInt8] {
        get throws {
            [UInt8](try Data(contentsOf: HouseStyleFixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/house-style/briefpapier.ott")))
        }
    }

    /// A flat reference document that only sets custom properties (geometry) over the built-in style.
    func geometry(_ properties: [String: String]) -> [UInt8] {
        let meta = properties.sorted { $0.key < $1.key }.map { #"<meta:user-defined meta:name="\#($0.key)">\#($0.value)</meta:user-defined>"# }
        return Array(#"""
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:meta>\#(meta.joined())</office:meta></office:document>
        """#.utf8)
    }

    func testTheProfilesReferenceDocumentStylesTheLetter() throws {
        let (library, root) = try library(houseStyle: "briefpapier.ott", try briefpapier)
        defer { try? FileManager.default.removeItem(at: root) }
        XCTAssertEqual(library.loadProblems.filter { $0.code == .styleRead || $0.code == .styleGeometry }, [])
        let letter = try assemble("letter", letterCase, library: library)
        XCTAssertEqual(letter.styleSheet.source, "briefpapier.ott")
        // Its own letterhead replaces privdoc's, logo included; the body still starts below the window.
        XCTAssertEqual(letter.document.pageSetup.firstPage.header, [])
        XCTAssertEqual(letter.document.images, [])
        let top = letter.styleSheet.firstPage.margins.top.millimetres + (letter.document.pageSetup.firstPage.minimumHeaderHeight?.millimetres ?? 0)
        XCTAssertEqual(top, 90, accuracy: 0.001)
        // The reference line spans the reference's text width (210 − 25 − 20 mm).
        guard case .table(let line)? = letter.document.body.first(where: { if case .table(let t) = $0 { t.name == "ReferenceLine" } else { false } })
        else { return XCTFail("no reference line") }
        XCTAssertEqual(line.columns.map(\.millimetres).reduce(0, +), 165, accuracy: 0.05)
        let styles = try XCTUnwrap(UnzippedPackage(try letter.package()).query("styles.xml"))
        XCTAssertEqual(styles.count("//style:font-face[@style:name='DejaVu Serif']"), 1)
    }

    func testAWindowOffThePageOrABodyAboveTheWindowIsALocatedError() throws {
        let (offPage, root1) = try library(houseStyle: "wide.fodt", geometry(["privdoc:envelope-window": "150mm 50mm 85mm 35mm"]))
        defer { try? FileManager.default.removeItem(at: root1) }
        let problems = try failures("letter", letterCase, library: offPage)
        XCTAssertEqual(problems.map(\.description),
                       ["templates/wide.fodt: privdoc:envelope-window: the envelope window (150–235 mm across, 50–85 mm down) lies outside the 210 × 297 mm page"])
        XCTAssertEqual(problems.map(\.code), [.styleGeometry])

        let (high, root2) = try library(houseStyle: "high.fodt", geometry(["privdoc:body-top": "60mm"]))
        defer { try? FileManager.default.removeItem(at: root2) }
        XCTAssertEqual(try failures("letter", letterCase, library: high).map(\.description),
                       ["templates/high.fodt: privdoc:body-top: the body of page 1 would start at 60 mm, above the bottom of the envelope window at 85 mm"])

        let (logo, root3) = try library(houseStyle: "logo.fodt", geometry(["privdoc:logo-box": "35mm 40mm", "privdoc:envelope-window": "20mm 50mm 85mm 35mm"]))
        defer { try? FileManager.default.removeItem(at: root3) }
        XCTAssertEqual(try failures("letter", letterCase, library: logo).map(\.description),
                       ["templates/logo.fodt: privdoc:logo-box: a logo 40 mm high below the 15 mm top margin would reach into the envelope window at 50 mm"])
    }

    func testAnUnreadableOrWrongReferenceIsALocatedErrorAndNothingIsMade() throws {
        let (missing, root1) = try library(houseStyle: "briefpapier.ott", nil)
        defer { try? FileManager.default.removeItem(at: root1) }
        let problems = try failures("letter", letterCase, library: missing)
        XCTAssertEqual(problems.map(\.code), [.styleRead])
        XCTAssertEqual(problems.first?.field, "house-style")
        XCTAssertEqual(problems.first?.location?.file, "templates/organisation.yaml")
        XCTAssertNotNil(problems.first?.location?.line)
        XCTAssertTrue(problems.first?.message.contains("briefpapier.ott cannot be read") ?? false, problems.description)
        XCTAssertNil(missing.styleSheet)
        XCTAssertEqual(missing.lint(strict: false).filter { $0.code == .styleRead }.count, 1)

        let (garbage, root2) = try library(houseStyle: "briefpapier.ott", Array("PK\u{3}\u{4} not really".utf8))
        defer { try? FileManager.default.removeItem(at: root2) }
        XCTAssertEqual(try failures("letter", letterCase, library: garbage).map(\.message),
                       ["briefpapier.ott is not a readable OpenDocument package"])

        let (docx, root3) = try library(houseStyle: "briefpapier.docx", [1, 2, 3])
        defer { try? FileManager.default.removeItem(at: root3) }
        XCTAssertEqual(try failures("letter", letterCase, library: docx).map(\.message),
                       ["the house style must be a LibreOffice text template or document (.ott, .odt or .fodt)"])
    }
}
