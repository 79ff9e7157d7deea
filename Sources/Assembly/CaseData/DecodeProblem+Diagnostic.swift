import DelimitedText
import PrivdocDiagnostics

extension DecodeProblem {
    /// A located `case.encoding` error.
    public func diagnostic(file: String) -> Diagnostic {
        .error(.caseEncoding, at: SourceLocation(file: file, line: line), message)
    }
}
