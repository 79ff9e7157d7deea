/// Writes a clause text as a YAML scalar in the style of the clause files (templates.md §1): a literal
/// block (`text: |`) for several lines, a plain scalar for a simple line, a double-quoted one for a line
/// that needs it (it starts with `{{`, holds `: `, looks like a number or a boolean…).
enum YAMLScalar {
    /// The lines of `key: value` at `indent`; block content is indented by `contentIndent`.
    /// `preferLiteral` keeps a one-line text in a literal block when the file wrote it so.
    static func lines(key: String, text: String, indent: String, contentIndent: String, preferLiteral: Bool) -> [String] {
        let multiLine = text.contains("\n")
        if !multiLine, !preferLiteral, canBePlain(text) { return ["\(indent)\(key): \(text)"] }
        if (multiLine || preferLiteral), canBeLiteral(text) {
            return ["\(indent)\(key): |"] + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : contentIndent + $0 }
        }
        return ["\(indent)\(key): \(doubleQuoted(text))"]
    }

    /// Characters a YAML reader takes as line breaks or refuses outside a double-quoted scalar.
    private static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA: return false
        case 0..<0x20, 0x7F, 0x85, 0x2028, 0x2029, 0xFEFF: return true
        case 0x80..<0xA0: return true
        default: return false
        }
    }

    /// Words YAML 1.1 reads as booleans or null.
    private static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Whether `text` reads back as the same string when written plain after `key: `.
    static func canBePlain(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter,
              let last = text.last, last != ":", last != " ", !text.contains("\n"),
              !text.contains(": "), !text.contains(" #"), !text.contains("\t"),
              !text.unicodeScalars.contains(where: needsEscape),
              !reserved.contains(text.lowercased()) else { return false }
        return true
    }

    /// Whether a literal block scalar with clip chomping reads back as `text` (with its final line break
    /// removed, as the loaders do).
    static func canBeLiteral(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasSuffix("\n"), !text.unicodeScalars.contains(where: needsEscape) else { return false }
        // The indentation of a literal block is taken from its first non-empty line.
        guard let firstLine = text.split(separator: "\n").first(where: { !$0.isEmpty }),
              firstLine.first != " ", firstLine.first != "\t" else { return false }
        // A line of only spaces would be read as (part of) the indentation.
        return !text.split(separator: "\n").contains { !$0.isEmpty && $0.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    /// A YAML double-quoted scalar (YAML 1.2 §5.7 escapes).
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if needsEscape(s) {
                    out += s.value <= 0xFF ? "\\x" + hex(s.value, 2) : "\\u" + hex(s.value, 4)
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}
