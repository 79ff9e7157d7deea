import Foundation
import ODF
import PrivdocDiagnostics
import TestSupport
import XCTest
@testable import Assembly

/// The profile's logo: PNG or JPEG, any aspect ratio scaled into the house style's logo box, and a logo
/// that cannot be used is an error for every letter (issue 13, decision 050).
final class LogoTests: XCTestCase {
    /// A copy of the basic fixture with `bytes` as its logo file `name` (nil: the file is missing).
    func library(logo name: String, _ bytes: [UInt8]?) throws -> (Library, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-logo-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixture.folder.appendingPathComponent("basic"), to: root)
        let templates = root.appendingPathComponent("templates")
        if let bytes { try Data(bytes).write(to: templates.appendingPathComponent(name)) }
        let profile = templates.appendingPathComponent("organisation.yaml")
        let text = try String(contentsOf: profile, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("logo:") }.joined(separator: "\n")
        try (text + "\nlogo: \(name)\n").write(to: profile, atomically: true, encoding: .utf8)
        return (try Library.load(root: root), root)
    }

    func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: HouseStyleFixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/logos/\(name)")))
    }

    func logoFrame(_ doc: AssembledDocument) throws -> Frame {
        guard case .frame(let frame)? = doc.document.pageSetup.firstPage.header.first?.content.first else {
            XCTFail("no logo frame")
            throw CocoaError(.featureUnsupported)
        }
        return frame
    }

    func testAnyAspectRatioIsScaledIntoTheBox() {
        let box = (width: Length.mm(35), height: Length.mm(15))
        XCTAssertTrue(LetterLayout.logoSize(pixels: (600, 200), box: box) == (35, 11.7), "wide: as wide as the box")
        XCTAssertTrue(LetterLayout.logoSize(pixels: (200, 200), box: box) == (15, 15), "square: as high as the box")
        XCTAssertTrue(LetterLayout.logoSize(pixels: (100, 300), box: box) == (5, 15), "upright")
        XCTAssertTrue(LetterLayout.logoSize(pixels: (7000, 10), box: box) == (35, 0.1), "a banner")
    }

    func testAJPEGLogoIsCarriedAsItIsAndScaled() throws {
        let jpeg = try fixture("square.jpg")
        let (library, root) = try library(logo: "logo.jpg", jpeg)
        defer { try? FileManager.default.removeItem(at: root) }
        let letter = try assemble("letter", letterCase, library: library)
        XCTAssertEqual(letter.document.images, [Image(name: "logo.jpg", data: jpeg)])
        let frame = try logoFrame(letter)
        XCTAssertEqual([frame.width, frame.height], [.mm(15), .mm(15)])
        // Right-aligned in the text width: 170 − 15 mm.
        XCTAssertEqual(frame.x, .mm(155))
        let package = try UnzippedPackage(try letter.package())
        XCTAssertEqual(package.bytes("Pictures/logo.jpg"), jpeg)
        XCTAssertEqual(try XCTUnwrap(package.query("META-INF/manifest.xml"))
            .value("//manifest:file-entry[@manifest:full-path='Pictures/logo.jpg']/@manifest:media-type"), "image/jpeg")
    }

    func testAnUprightLogoStaysInTheBoxAboveTheWindow() throws {
        let (library, root) = try library(logo: "logo.png", try fixture("upright.png"))
        defer { try? FileManager.default.removeItem(at: root) }
        let frame = try logoFrame(try assemble("letter", letterCase, library: library))
        XCTAssertEqual([frame.width, frame.height], [.mm(5), .mm(15)])
        let geometry = try XCTUnwrap(library.houseStyle?.geometry)
        XCTAssertLessThan(geometry.firstPageTop.millimetres + frame.height.millimetres, geometry.window.y.millimetres)
    }

    func testAMissingOrUnusableLogoIsARenderErrorNotALetterWithoutIt() throws {
        let cases: [(String, [UInt8]?, String)] = [
            ("missing.png", nil, "the logo file cannot be read"),
            ("logo.gif", Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 40), "the logo must be a PNG or JPEG file"),
            ("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "the logo file is damaged: its PNG or JPEG header cannot be read"),
            ("logo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "the logo file is damaged: its PNG or JPEG header cannot be read"),
        ]
        for (name, bytes, message) in cases {
            let (library, root) = try library(logo: name, bytes)
            defer { try? FileManager.default.removeItem(at: root) }
            let problems = try failures("letter", letterCase, library: library)
            XCTAssertEqual(problems.map(\.message), [message], name)
            XCTAssertEqual(problems.first?.code, .orgLogo)
            XCTAssertEqual(problems.first?.location?.file, "templates/organisation.yaml")
            XCTAssertEqual(library.lint(strict: false).filter { $0.code == .orgLogo }.map(\.message), [message])
            // An agreement has no letterhead, so no logo: it is still made.
            XCTAssertNoThrow(try assemble("agreement", agreementCase, library: library))
        }
    }
}
