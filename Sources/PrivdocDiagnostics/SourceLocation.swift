/// Where something came from: a file and, when known, a line and column (YAML, JSON, clause text) or a
/// row (CSV, JSON Lines).
///
/// Printed the way compilers print locations so editors can jump to them: `case.yaml:4:3`,
/// `notices.csv:17`, `locales/pl/letters.yaml:12:5`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, relative to the library root for library files, or as given for case data.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column in Unicode scalars (as libyaml counts), when known.
    public var column: Int?
    /// 1-based record number of a batch input (CSV row / JSON Lines line), when the source is a batch.
    public var row: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil, row: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.row = row
    }

    /// A value given on the command line with `--set PATH=VALUE`: the location is the option itself.
    public static func commandLine(setting path: String) -> SourceLocation {
        SourceLocation(file: settingPrefix + path)
    }

    /// The field a `--set` location sets, or nil for a file location. A diagnostic about that same field
    /// does not name it a second time (`--set date: given twice`, not `--set date: date: given twice`).
    public var settingPath: String? {
        guard line == nil, row == nil, file.hasPrefix(Self.settingPrefix) else { return nil }
        return String(file.dropFirst(Self.settingPrefix.count))
    }

    private static let settingPrefix = "--set "

    /// `file:line:column`, `file:line`, `file:row` or `file`.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        } else if let row {
            text += ":\(row)"
        }
        return text
    }

    /// Orders by file, then line (or row), then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        let la = a.line ?? a.row ?? 0, lb = b.line ?? b.row ?? 0
        if la != lb { return la < lb }
        return (a.column ?? 0) < (b.column ?? 0)
    }

    /// The same location moved by a line and column offset (used to place an error found inside a clause
    /// text or a condition string at its position in the YAML file).
    public func offset(lines: Int, column: Int?) -> SourceLocation {
        var moved = self
        if lines > 0 {
            moved.line = (line ?? 1) + lines
            moved.column = column
        } else if let column, let base = self.column {
            moved.column = base + column - 1
        }
        return moved
    }
}
