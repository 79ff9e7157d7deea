import XCTest
@testable import Assembly

/// `privdoc explain`: a deterministic report for legal review (golden files under Golden/).
final class ExplainTests: XCTestCase {
    private func explain(_ template: String, _ yaml: String) throws -> String {
        switch Assembler(library: Fixture.basic).explain(template: template, data: try caseData(yaml), options: RenderOptions()) {
        case .success(let explanation): return explanation.text
        case .failure(let problems): XCTFail("\(problems)"); return ""
        }
    }

    func testExplainLetter() throws {
        let text = try explain("letter", letterCase + "\nrepresentative: {name: B. Advocaat, street: Laan 1, postcode: 1000 AA, city: Amsterdam}\n")
        assertGolden(text, "explain-letter.txt")
        XCTAssertFalse(text.contains("Jansen"), "explain never prints case values")
    }

    func testExplainAgreement() throws {
        let general = agreementCase.replacingOccurrences(of: "subprocessing: {mode: none}",
                                                         with: "subprocessing: {mode: general, objection-days: 14}")
        assertGolden(try explain("agreement", general + "\nspecial: true\n"), "explain-agreement.txt")
    }

    func testExplainIsDeterministic() throws {
        XCTAssertEqual(try explain("letter", letterCase), try explain("letter", letterCase))
    }

    func testExplainFailsOnInvalidCase() throws {
        let result = Assembler(library: Fixture.basic).explain(template: "letter", data: try caseData("language: nl\n"), options: RenderOptions())
        guard case .failure(let problems) = result else { return XCTFail() }
        XCTAssertTrue(problems.hasErrors)
    }
}

/// Inside an `each:` pass, `explain` evaluates a clause's `{{#if}}` against the item, as rendering does
/// (decision 150): the per-right decision's outcome sentence is true for each right's own outcome.
final class ExplainEachPassTests: XCTestCase {
    func testConditionsInAnItemPassAreEvaluatedAgainstTheItem() throws {
        let root = LazyLanguageTests.shipped
        let library = try Library.load(root: root)
        let data = try CaseData.load(file: root.appendingPathComponent("templates/examples/decision-per-right-nl.yaml"))
        let text = try Assembler(library: library).explain(template: "dsr-decision", data: data, options: RenderOptions()).get().text
        let passes = text.components(separatedBy: "— item ").dropFirst().map { $0.components(separatedBy: "\n    KEPT ")[0] }
        XCTAssertEqual(passes.count, 2, text)
        XCTAssertTrue(passes[0].contains("dec.outcome.right {{#if decision.outcome == granted}} \u{2192} true"), passes[0])
        XCTAssertTrue(passes[0].contains("dec.outcome.right {{#if decision.outcome == refused}} \u{2192} false"), passes[0])
        XCTAssertTrue(passes[1].contains("dec.outcome.right {{#if decision.outcome == refused}} \u{2192} true"), passes[1])
        XCTAssertTrue(passes[1].contains("dec.outcome.right {{#if decision.outcome == granted}} \u{2192} false"), passes[1])
    }
}
