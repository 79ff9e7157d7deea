import ClauseSyntax
import PrivdocDiagnostics
import TestSupport
import XCTest

/// Seeded random input for both parsers (issue 15, "Fuzzing"): whatever the text, the parse returns — no
/// trap, no stack overflow — with a tree within the limits, problems within the cap, every problem
/// located in the text, and a clean parse leaves nothing unclosed.
final class ParserFuzzTests: XCTestCase {
    func testClauseTextParserHoldsItsPropertiesOnRandomInput() {
        var rng = SeededGenerator(seed: 0xF022_C1A0_5E)
        var clean = 0, refused = 0
        for _ in 0..<3_000 {
            let text = ClauseTextSamples.text(using: &rng, pieces: 40)
            let (parsed, problems) = ClauseText.parse(text, origin: .inline("t"))
            XCTAssertLessThanOrEqual(TreeDepth.of(parsed), SyntaxLimits.maxNesting, text.debugDescription)
            XCTAssertLessThanOrEqual(problems.count, SyntaxLimits.maxProblemsPerText + 1, text.debugDescription)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for problem in problems {
                XCTAssertEqual(problem.severity, .error)
                XCTAssertTrue([.clauseSyntax, .clauseLimit, .clauseCharacter, .conditionSyntax, .conditionLimit].contains(problem.code), "\(problem)")
                XCTAssertTrue((1...lines).contains(problem.location?.line ?? 0), "\(problem) in \(text.debugDescription)")
            }
            if problems.isEmpty {
                clean += 1
                // What a clean tree records matches what it holds.
                XCTAssertEqual(parsed.isStatic, parsed.placeholders.allSatisfy(\.role.isPageField) && parsed.references.isEmpty
                               && !text.contains("{{#if"), text.debugDescription)
            } else {
                refused += 1
            }
        }
        XCTAssertGreaterThan(clean, 150, "the generator reaches valid texts")
        XCTAssertGreaterThan(refused, 1_500, "and invalid ones")
    }

    func testConditionParserGivesAConditionOrExactlyOneProblem() {
        var rng = SeededGenerator(seed: 0xC0_2D17_1027)
        let pieces = ["a", "b.c", "not", "and", "or", "in", "(", ")", "[", "]", ",", "==", "!=", "<", "<=", ">", ">=", "=",
                      "!", "'x y'", "\"q\"", "'open", "2026-01-01", "72", "-1", "ä", "😀", "\t", "#", "{{", "}}"]
        /// A condition from the grammar of templates.md §2.3, `depth` levels deep at most.
        func grammatical(_ depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 0 ? 7 : 4), using: &rng) {
            case 0: return "a.b"
            case 1: return "t " + ["==", "!="].randomElement(using: &rng)! + " 'v w'"
            case 2: return "t in [x, \"y\"]"
            case 3: return "d " + ["<", "<=", ">", ">="].randomElement(using: &rng)! + " 2026-01-01"
            case 4: return "not " + grammatical(depth - 1)
            case 5: return "(" + grammatical(depth - 1) + ")"
            default: return grammatical(depth - 1) + [" and ", " or "].randomElement(using: &rng)! + grammatical(depth - 1)
            }
        }
        var parsed = 0
        for _ in 0..<10_000 {
            var text = Bool.random(using: &rng) ? grammatical(6) : ""
            for _ in 0..<Int.random(in: 0...(text.isEmpty ? 30 : 1), using: &rng) {
                text += pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? " " : "")
            }
            if Int.random(in: 0..<50, using: &rng) == 0 { text = String(repeating: "not (", count: 40) + text }
            let (condition, problems) = ConditionParser.parse(text, origin: .inline("c"))
            if let condition {
                XCTAssertEqual(problems, [], text)
                XCTAssertLessThanOrEqual(Set(condition.paths).count, text.count)
                parsed += 1
            } else {
                XCTAssertEqual(problems.count, 1, text)
                XCTAssertEqual(problems.first?.location?.line, 1, text)
                XCTAssertTrue((1...(text.unicodeScalars.count + 1)).contains(problems.first?.location?.column ?? 0), "\(problems) \(text)")
            }
        }
        XCTAssertGreaterThan(parsed, 2_000)
    }
}
