/// One problem found in the library or in case data: where, which field, what is wrong.
///
/// A diagnostic never contains a field's value — values are personal data (GDPR art. 5(1)(c), data
/// minimisation) and diagnostics end up in terminals, logs and rejects files.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// Stops the document (or fails lint).
        case error
        /// Reported; the document is still produced.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is, when known.
    public var location: SourceLocation?
    /// The dotted field name concerned, when the problem is about one field.
    public var field: String?
    /// What is wrong, in plain words, without the value.
    public var message: String
    /// A stable machine-readable code, e.g. `field.required` or `clause.missing`.
    public var code: DiagnosticCode

    /// Creates a diagnostic.
    public init(_ severity: Severity, code: DiagnosticCode, at location: SourceLocation?, field: String? = nil,
                _ message: String) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
        self.code = code
    }

    /// Creates an error.
    public static func error(_ code: DiagnosticCode, at location: SourceLocation?, field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.error, code: code, at: location, field: field, message)
    }

    /// Creates a warning.
    public static func warning(_ code: DiagnosticCode, at location: SourceLocation?, field: String? = nil, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code: code, at: location, field: field, message)
    }

    /// `case.yaml:4:3: request.received: expected a date like 2026-03-15`; warnings say `warning:` first. A
    /// `--set` location already names its field (`--set request.received: expected a date …`).
    /// Control and direction characters are shown escaped (``TerminalText``).
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if severity == .warning { parts.append("warning") }
        if let field, field != location?.settingPath { parts.append(field) }
        parts.append(message)
        // File and field names come from the user's files: never let them drive a terminal (issue 15).
        return TerminalText.escaped(parts.joined(separator: ": "))
    }

    /// Orders by location (diagnostics without one first), then field, then message.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (la?, lb?) where la != lb: return la < lb
        default: break
        }
        if (a.field ?? "") != (b.field ?? "") { return (a.field ?? "") < (b.field ?? "") }
        return a.message < b.message
    }
}
