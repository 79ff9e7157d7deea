import XCTest
import Yams
@testable import Translations

final class YAMLScalarTests: XCTestCase {
    /// Writes `text` and reads it back with Yams the way the loaders do.
    private func roundTrip(_ text: String, preferLiteral: Bool = false) throws -> (String, [String]) {
        let lines = YAMLScalar.lines(key: "text", text: text, indent: "  ", contentIndent: "    ", preferLiteral: preferLiteral)
        let yaml = "id:\n" + lines.joined(separator: "\n") + "\n"
        let node = try XCTUnwrap(try Yams.compose(yaml: yaml)?.mapping?["id"]?.mapping?["text"]?.scalar)
        var value = node.string
        if node.style == .literal, value.hasSuffix("\n") { value.removeLast() }
        return (value, lines)
    }

    func testStyleFollowsTheText() throws {
        XCTAssertEqual(try roundTrip("Onderwerp").1, ["  text: Onderwerp"])
        XCTAssertEqual(try roundTrip("Een\ntwee").1, ["  text: |", "    Een", "    twee"])
        XCTAssertEqual(try roundTrip("Partijen", preferLiteral: true).1, ["  text: |", "    Partijen"])
        XCTAssertEqual(try roundTrip("{{org.name}}").1, ["  text: \"{{org.name}}\""])
        XCTAssertEqual(try roundTrip("yes").1, ["  text: \"yes\""])
    }

    func testAwkwardTextsReadBackExactly() throws {
        for text in ["{{org.name}}", "yes", "No", "12", "- item", "a: b", "a #b", "trailing ", " leading", "\"quoted\"",
                     "'single'", "tab\there", "back\\slash", "regel\\\nnieuwe regel", "  ingesprongen\nregel", "a\n\n\nb",
                     "a\n  \nb", "#hash", "@at", "`tick`", "%pct", "*star*", "**bold** tekst", "&anchor", "!tag", "|pipe", ">gt",
                     "[link](https://x.nl)", "Ми отримали", "يمكنكم تقديم", "ẞ\u{301}", "line\u{2028}sep", "nel\u{85}x", "a\u{FEFF}b", "~", "null", ""] {
            XCTAssertEqual(try roundTrip(text).0, text, "\(text.debugDescription)")
            XCTAssertEqual(try roundTrip(text, preferLiteral: true).0, text, "literal preferred: \(text.debugDescription)")
        }
    }
}
