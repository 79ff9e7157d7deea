import Foundation
import LegalCalendar

/// A CLDR date pattern (`d MMMM y`, `dd-MM-yyyy`, `d MMMM، y`) compiled once per language, with the month
/// names taken from the locale's own formatter. Formatting a date is then a few appends — no
/// `DateFormatter` per call, nothing to lock, and still no hand-made month table.
struct DatePattern: Sendable {
    enum Token: Hashable, Sendable {
        case literal(String)
        case day(width: Int)
        case month(width: Int)
        case monthName([String])
        case year(width: Int)
    }

    /// The compiled pattern, or nil when it uses a field this compiler does not know (then the locked
    /// `DateFormatter` fallback is used).
    let tokens: [Token]?
    /// The pattern as CLDR gives it.
    let pattern: String

    /// Compiles `pattern`, reading month names from `formatter` (format-context names: Polish
    /// "listopada", not "listopad").
    init(pattern: String, formatter: DateFormatter) {
        self.pattern = pattern
        var tokens: [Token] = []
        let chars = Array(pattern)
        var i = 0
        var ok = true
        func appendLiteral(_ s: String) {
            if case .literal(let prev)? = tokens.last { tokens[tokens.count - 1] = .literal(prev + s) } else { tokens.append(.literal(s)) }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                var j = i + 1
                var text = ""
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count, chars[j + 1] == "'" { text.append("'"); j += 2; continue }
                        break
                    }
                    text.append(chars[j]); j += 1
                }
                appendLiteral(text.isEmpty ? "'" : text)
                i = j + 1
                continue
            }
            guard c.isLetter, c.isASCII else { appendLiteral(String(c)); i += 1; continue }
            var width = 1
            while i + width < chars.count, chars[i + width] == c { width += 1 }
            switch (c, width) {
            case ("d", 1...2): tokens.append(.day(width: width))
            case ("M", 1...2), ("L", 1...2): tokens.append(.month(width: width))
            case ("M", 3): tokens.append(.monthName(formatter.shortMonthSymbols))
            case ("M", 4): tokens.append(.monthName(formatter.monthSymbols))
            case ("L", 3): tokens.append(.monthName(formatter.shortStandaloneMonthSymbols))
            case ("L", 4): tokens.append(.monthName(formatter.standaloneMonthSymbols))
            case ("y", _): tokens.append(.year(width: width == 2 ? 2 : width))
            default: ok = false
            }
            i += width
        }
        self.tokens = ok ? tokens : nil
    }

    /// The date in this pattern, with Western digits; nil when the pattern needs the fallback.
    func format(_ date: CivilDate) -> String? {
        guard let tokens else { return nil }
        var out = ""
        for token in tokens {
            switch token {
            case .literal(let s): out += s
            case .day(let w): out += Self.pad(date.day, w)
            case .month(let w): out += Self.pad(date.month, w)
            case .monthName(let names): out += names[date.month - 1]
            case .year(let w): out += w == 2 ? Self.pad(date.year % 100, 2) : Self.pad(date.year, w)
            }
        }
        return out
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
