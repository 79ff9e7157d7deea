import PrivdocDiagnostics

/// Words for a problem the clause parser found in a text that lives in no file of its own (an XLIFF
/// target, a Dutch text quoted in an XLIFF unit): where in the text, then what.
enum TextProblem {
    /// `line 2, column 7 of the target: *…* is not closed; …` (`ClauseOutline.read` locates problems
    /// with line 1, column 1 at the text's first character).
    static func describe(_ problem: Diagnostic, in what: String) -> String {
        guard let line = problem.location?.line else { return problem.message }
        let column = problem.location?.column.map { ", column \($0)" } ?? ""
        return "line \(line)\(column) of the \(what): \(problem.message)"
    }
}
