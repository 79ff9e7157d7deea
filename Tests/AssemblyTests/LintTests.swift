import XCTest
@testable import Assembly

/// `privdoc lint` (templates.md §1, §2, §3): every problem of the library, located.
final class LintTests: XCTestCase {
    func testBasicFixtureIsClean() {
        XCTAssertEqual(Fixture.basic.lint(strict: true).map(\.description), [])
    }

    func testEveryProblemOfTheGapsFixtureInOneRun() {
        XCTAssertEqual(Fixture.gaps.lint(strict: false).map(\.description), [
            "locales/nl/texts.yaml:8:62: undeclared.field: not a field of template broken (declare it under fields: or computed:)",
            "locales/nl/texts.yaml:9:55: unknown clause enum.kind.b",
            "locales/nl/texts.yaml:10:60: flag: the formatter date does not fit a boolean field",
            "locales/nl/texts.yaml:11:55: {{ref art.nothing}}: template broken has no article, paragraph or annex with this id",
            "locales/nl/texts.yaml:12:1: warning: clause txt.broken in nl is a draft",
            "locales/pl/texts.yaml:3:1: warning: clause txt.title in pl translates nl version 1; nl is at version 2",
            "locales/pl/texts.yaml:5:82: undeclared.field: not a field of template broken (declare it under fields: or computed:)",
            "locales/pl/texts.yaml:6:1: warning: clause txt.enum in pl is a draft",
            "locales/pl/texts.yaml:7:78: flag: the formatter date does not fit a boolean field",
            "locales/pl/texts.yaml:8:75: {{ref art.nothing}}: template broken has no article, paragraph or annex with this id",
            "locales/pl/texts.yaml:9:74: *…* is not closed; write a backslash before a character you mean literally (\\*, \\[)",
            "locales/pl/texts.yaml:10:1: warning: clause txt.orphan in pl has no Dutch source clause",
            "templates/broken.yaml:5:12: template broken declares language de, which has no folder under locales/",
            "templates/broken.yaml:9:5: warning: unused: required, but no clause, condition or element of template broken uses it",
            "templates/broken.yaml:12:13: clause txt.only-nl is missing in pl",
            "templates/broken.yaml:13:13: unknown clause txt.nowhere",
            "templates/broken.yaml:19:5: only articles, article paragraphs and annexes can have an id",
            "templates/broken.yaml:19:5: kind: c is not one of its values (a, b)",
            // No statement in pl: pl letters refer to the Dutch one (decision 091), a warning.
            "templates/organisation.yaml:2:1: warning: privacy-statement.pl: no privacy statement in pl: letters in pl refer to the nl one",
        ])
    }

    func testStrictTurnsDraftAndStaleIntoErrors() {
        let strict = Fixture.gaps.lint(strict: true)
        let drafts = strict.filter { $0.code == .clauseDraft || $0.code == .clauseStale }
        XCTAssertEqual(drafts.count, 3)
        XCTAssertTrue(drafts.allSatisfy { $0.severity == .error })
    }

    func testAClauseMissingInOneLanguageFailsAssemblyInThatLanguage() throws {
        let yaml = "language: pl\ndate: 2026-01-01\nreference: R-1\nkind: a\nunused: x\n"
        let problems = try failures("broken", yaml, library: Fixture.gaps)
        let messages = problems.map(\.description)
        // The render refuses with lint's findings for this template in pl (decision 013).
        XCTAssertTrue(messages.contains("templates/broken.yaml:12:13: clause txt.only-nl is missing in pl"), "\(messages)")
        XCTAssertTrue(messages.contains("locales/pl/texts.yaml:9:74: *…* is not closed; write a backslash before a character you mean literally (\\*, \\[)"), "\(messages)")
        XCTAssertTrue(Set(Fixture.gaps.validation(of: "broken", language: "pl").map(\.description)).isSubset(of: messages))
    }

    func testStrictAssemblyRefusesDraftAndStaleClauses() throws {
        // A clean copy of the basic fixture with one English clause made a draft.
        let library = try FixtureCopy.basic(editing: "locales/en/letters.yaml") {
            $0.replacingOccurrences(of: "ltr.title: {version: 1, source-version: 1, status: reviewed",
                                    with: "ltr.title: {version: 1, source-version: 1, status: draft")
        }
        let yaml = letterCase.replacingOccurrences(of: "language: nl", with: "language: en")
        let strict = try failures("letter", yaml, library: library, options: RenderOptions(strict: true)).map(\.description)
        XCTAssertTrue(strict.contains { $0.hasSuffix("clause ltr.title in en is a draft (--strict)") }, "\(strict)")
        let lenient = try assemble("letter", yaml, library: library)
        XCTAssertEqual(lenient.warnings.map(\.code), [.clauseDraftSummary])
    }

    func testUnknownTemplate() throws {
        let problems = try failures("nope", letterCase)
        XCTAssertEqual(problems.map(\.description), ["unknown template nope; the library has agreement, letter"])
    }

    func testLibraryWithoutFoldersDoesNotLoad() {
        do {
            _ = try Library.load(root: URL(fileURLWithPath: "/nonexistent-privdoc"))
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error.items.map(\.code), [.libraryMissing, .libraryMissing])
        }
    }
}
