import ClauseSyntax
import PrivdocDiagnostics

/// The clause-text parser: any text parses to a tree within the limits or to located problems, within
/// the problem cap (docs/templates.md §1.6).
final class ClauseTextTarget: FuzzTarget {
    let name = "clause-text"
    let maximumLength = 80 * 1024
    let dictionary = ["{{", "}}", "{{#if ", "{{/if}}", "{{else}}", "{{ref ", "{{page}}", "{{pages}}", "**", "*", "_", "[", "](",
                      ")", "https://a.nl", "not ", " and ", " or ", "(", "==", "'x'", "\n", "\n\n", "- ", "1. ", "|", "\\",
                      "recipient.name", "deadline.due | long", "\u{202E}", "\u{FFFE}", "\u{0}"]

    func run(_ input: [UInt8]) -> Outcome {
        let text = String(decoding: input, as: UTF8.self)
        let (parsed, problems) = ClauseText.parse(text, origin: .inline("fuzz"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        if problems.count > SyntaxLimits.maxProblemsPerText + 1 { return .violated("\(problems.count) problems, over the cap") }
        for problem in problems {
            guard problem.severity == .error else { return .violated("a parse problem that is not an error: \(problem)") }
            guard let line = problem.location?.line, (1...max(1, lines)).contains(line) else {
                return .violated("a problem outside the text: \(problem)")
            }
        }
        if problems.isEmpty && text.utf8.count > SyntaxLimits.maxTextBytes { return .violated("a text over the size limit parsed") }
        _ = parsed
        return .held(signature: signature(codes: problems.map { "\($0.code.rawValue):\($0.message.prefix(24))" }))
    }
}

/// The condition parser: a condition, or exactly one located problem.
final class ConditionTarget: FuzzTarget {
    let name = "condition"
    let maximumLength = 8 * 1024
    let dictionary = ["not ", " and ", " or ", "(", ")", "[", "]", ",", " in ", "==", "!=", "<", "<=", ">", ">=", "'a b'",
                      "\"q\"", "2026-01-01", "72", "request.type", "x.y.z", " ", "\t", "'", "not (", "😀"]

    func run(_ input: [UInt8]) -> Outcome {
        let text = String(decoding: input, as: UTF8.self)
        let (condition, problems) = ConditionParser.parse(text, origin: .inline("fuzz"))
        if condition != nil {
            guard problems.isEmpty else { return .violated("a condition and problems: \(problems)") }
            return .held(signature: "ok")
        }
        guard problems.count == 1, let location = problems[0].location, location.line == 1,
              (1...(text.unicodeScalars.count + 1)).contains(location.column ?? 0) else {
            return .violated("no condition, and not exactly one located problem: \(problems)")
        }
        return .held(signature: signature(codes: ["\(problems[0].code.rawValue):\(problems[0].message.prefix(24))"]))
    }
}
