/// The result of checking one file.
public struct FileReport: Sendable, Equatable {
    /// What the check found.
    public enum Status: Sendable, Equatable {
        /// The file refers to the privacy statement; `found` says where and by what.
        case refers([Finding])
        /// The file was read and has no reference.
        case missing
        /// The file could not be read; the reason names the problem, never the content.
        case unreadable(String)
    }

    /// One reference found: the place in the document and the needle (`url:nl`, `phrase:1`).
    public struct Finding: Sendable, Hashable, Comparable {
        public var place: DocumentPlace
        public var needle: String

        public static func < (a: Self, b: Self) -> Bool { (a.place, a.needle) < (b.place, b.needle) }
    }

    /// The path as the user gave it (or found under a folder the user gave).
    public var path: String
    public var status: Status

    /// Whether the file counts as referring.
    public var refers: Bool { if case .refers = status { return true } else { return false } }

    /// One line for the terminal: `refers   PATH  (body: url:nl)`.
    public var line: String {
        switch status {
        case .refers(let found):
            let places = found.map { "\($0.place.rawValue): \($0.needle)" }.joined(separator: ", ")
            return "refers      \(path)  (\(places))"
        case .missing:
            return "MISSING     \(path)  (no privacy-statement URL or phrase found)"
        case .unreadable(let why):
            return "UNREADABLE  \(path)  (\(why))"
        }
    }
}

/// The JSON report for scripts: `{"files": [...], "summary": {...}}`, keys in a fixed order.
public enum ReportJSON {
    public static func render(_ reports: [FileReport]) -> String {
        var lines: [String] = []
        for r in reports {
            var fields = ["\"path\": \(quote(r.path))"]
            switch r.status {
            case .refers(let found):
                fields.append("\"status\": \"refers\"")
                let items = found.map { "{\"place\": \(quote($0.place.rawValue)), \"match\": \(quote($0.needle))}" }
                fields.append("\"found\": [\(items.joined(separator: ", "))]")
            case .missing:
                fields.append("\"status\": \"missing\"")
            case .unreadable(let why):
                fields.append("\"status\": \"unreadable\"")
                fields.append("\"reason\": \(quote(why))")
            }
            lines.append("    {\(fields.joined(separator: ", "))}")
        }
        let refers = reports.filter(\.refers).count
        let missing = reports.filter { $0.status == .missing }.count
        let unreadable = reports.count - refers - missing
        return """
        {
          "files": [
        \(lines.joined(separator: ",\n"))
          ],
          "summary": {"files": \(reports.count), "refers": \(refers), "missing": \(missing), "unreadable": \(unreadable)}
        }

        """
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
