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
    /// The most UTF-8 bytes a formatted date can take, so `format` can write into one buffer.
    private let maximumLength: Int

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
        maximumLength = tokens.reduce(0) { total, token in
            switch token {
            case .literal(let text): return total + text.utf8.count
            case .monthName(let names): return total + (names.map(\.utf8.count).max() ?? 0)
            // Any Int fits in 20 characters with its sign.
            case .day(let width), .month(let width), .year(let width): return total + max(width, 20)
            }
        }
    }

    /// The date in this pattern, with Western digits; nil when the pattern needs the fallback.
    func format(_ date: CivilDate) -> String? {
        guard let tokens else { return nil }
        // Written straight into the new string's storage: dates are formatted several times per
        // document, and appending piece by piece re-checks (and often grows) the storage every time.
        return String(unsafeUninitializedCapacity: maximumLength) { buffer in
            var count = 0
            func put(_ text: String) { count = UTF8Bytes.copy(text, into: buffer, at: count) }
            /// `value` in decimal, zero-padded to `width` digits (digits are ASCII: bytes are characters).
            func put(_ value: Int, width: Int) {
                let digits = String(value)
                for _ in digits.utf8.count..<max(width, digits.utf8.count) { buffer[count] = UInt8(ascii: "0"); count += 1 }
                put(digits)
            }
            for token in tokens {
                switch token {
                case .literal(let s): put(s)
                case .day(let w): put(date.day, width: w)
                case .month(let w): put(date.month, width: w)
                case .monthName(let names): put(names[date.month - 1])
                case .year(let w): put(w == 2 ? date.year % 100 : date.year, width: w == 2 ? 2 : w)
                }
            }
            return count
        }
    }
}
