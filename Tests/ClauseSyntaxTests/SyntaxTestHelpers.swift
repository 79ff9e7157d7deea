import ClauseSyntax
import PrivdocDiagnostics

/// Parses a clause text located in a pseudo-file `t` (line 1, column 1 is its first character).
func parse(_ text: String) -> (ClauseText, [Diagnostic]) {
    ClauseText.parse(text, origin: .inline("t"))
}

/// The descriptions of the problems of a clause text (`t:1:5: …`).
func errors(_ text: String) -> [String] {
    parse(text).1.map(\.description)
}
