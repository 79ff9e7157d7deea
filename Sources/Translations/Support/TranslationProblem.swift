/// One problem found while reading a clause library or an XLIFF file, located by file, line and unit.
///
/// Problems are collected, never thrown one by one (style.md habit 4): a translator fixes a whole file
/// in one go. Messages name ids and line numbers, never clause text.
public struct TranslationProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in, as the user named it or relative to the library root.
    public var file: String
    /// 1-based line number, when known.
    public var line: Int?
    /// The trans-unit / clause id, when the problem concerns one.
    public var unit: String?
    /// What is wrong and, where possible, what to do.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int? = nil, unit: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.unit = unit
        self.message = message
    }

    /// `file:line: unit ID: message`, the form editors and CI logs turn into links.
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if let unit { s += "unit \(unit): " }
        return s + message
    }
}
