import PrivdocDiagnostics
import Assembly
import Foundation

/// Where the CLI prints: documents' paths on stdout, everything else on stderr.
enum Console {
    /// Prints a line to standard error, with control and direction characters shown escaped
    /// (``TerminalText``): field names and file names come from the user's files.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8))
    }

    /// Text from the command line or a file, safe to print: the one rule, ``TerminalText`` (control and
    /// direction characters shown as `\u{…}`), so nothing the user typed can drive the terminal.
    static func printable(_ text: String) -> String { TerminalText.escaped(text) }

    /// Prints every diagnostic, sorted by location, then a count line. Diagnostics never contain values.
    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { error(d.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if !diagnostics.isEmpty { error("\(errors) error(s), \(warnings) warning(s)") }
    }
}
