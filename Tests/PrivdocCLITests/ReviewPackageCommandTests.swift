import Foundation
import XCTest

/// Issue 16 (decision 182): `privdoc translations review-package` writes the review package of a language.
final class ReviewPackageCommandTests: XCTestCase {
    func testWritesThePackageIntoTheFolderAndPrintsItsPath() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("pl-review")
        let r = try CLI.run(["translations", "review-package", "--lang", "pl", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, out.path + "\n")
        XCTAssertTrue(r.stderr.hasPrefix("review package pl: ") && r.stderr.contains(" to back-translate, ") && r.stderr.hasSuffix(" terms\n"), r.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(names, ["README.md", "back-translation-pl.txt", "pl.xlf", "termbase-pl.csv", "termbase-pl.tbx"])
    }

    func testDutchHasNoReviewPackage() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("nl-review")
        let r = try CLI.run(["translations", "review-package", "--lang", "nl", "--out", out.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
