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

    /// Decision 190: a re-run of the same library is fine; a file the translator changed is not replaced
    /// without --force (exit 3, and no file of the package is written); with --force the package is new.
    func testAChangedFileIsNotReplacedWithoutForce() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("pl-review")
        let args = ["translations", "review-package", "--lang", "pl", "--out", out.path]
        XCTAssertEqual(try CLI.run(args).status, 0)
        let xlf = out.appendingPathComponent("pl.xlf"), readme = out.appendingPathComponent("README.md")
        let original = try Data(contentsOf: xlf)
        XCTAssertEqual(try CLI.run(args).status, 0, "the same bytes again")
        try Data("edited by the translator".utf8).write(to: xlf)
        try FileManager.default.removeItem(at: readme)
        let refused = try CLI.run(args)
        XCTAssertEqual(refused.status, 3, refused.stderr)
        XCTAssertEqual(refused.stderr, xlf.path + ": exists with other content; not overwritten (use --force)\n")
        XCTAssertEqual(try String(contentsOf: xlf, encoding: .utf8), "edited by the translator")
        XCTAssertFalse(FileManager.default.fileExists(atPath: readme.path), "nothing is written when one file is refused")
        let forced = try CLI.run(args + ["--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try Data(contentsOf: xlf), original)
        XCTAssertTrue(FileManager.default.fileExists(atPath: readme.path))
    }

    /// Decision 190 for `translations export`: a returned translation in the file is not replaced.
    func testExportDoesNotReplaceAReturnedTranslationWithoutForce() throws {
        let xlf = CLI.temporaryFolder().appendingPathComponent("pl.xlf")
        let args = ["translations", "export", "--lang", "pl", xlf.path]
        let first = try CLI.run(args)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, xlf.path + "\n")
        XCTAssertEqual(try CLI.run(args).status, 0, "the same bytes again")
        try Data("returned by the translator".utf8).write(to: xlf)
        let refused = try CLI.run(args)
        XCTAssertEqual(refused.status, 3, refused.stderr)
        XCTAssertEqual(try String(contentsOf: xlf, encoding: .utf8), "returned by the translator")
        XCTAssertEqual(try CLI.run(args + ["--force"]).status, 0)
        XCTAssertNotEqual(try String(contentsOf: xlf, encoding: .utf8), "returned by the translator")
    }

    func testDutchHasNoReviewPackage() throws {
        let out = CLI.temporaryFolder().appendingPathComponent("nl-review")
        let r = try CLI.run(["translations", "review-package", "--lang", "nl", "--out", out.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
