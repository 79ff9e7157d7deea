import Foundation
import Synchronization
import LegalCalendar

/// Dates, numbers and case mapping for one language, from Foundation's locale data (ICU/CLDR), built once
/// when the library loads and shared by every thread.
///
/// Decision (docs/decisions/004): every language prints Western digits (`@numbers=latn`, also for
/// Arabic), so dates and numbers match the case references and ISO dates around them.
struct LocaleFormatting: Sendable {
    /// The ICU locale identifier, e.g. `nl_NL@numbers=latn`.
    let identifier: String
    let locale: Locale
    /// `29 november 2026` (CLDR skeleton `dMMMMy`).
    let longDate: DatePattern
    /// `29-11-2026` (CLDR skeleton `ddMMyyyy`).
    let shortDate: DatePattern
    /// The thousands separator (`.` in Dutch, no-break space in Polish).
    let groupingSeparator: String
    private let fallback: LockedDateFormatter
    /// CLDR's plural rules for the language (decision 110); nil when the library has none for it.
    var plurals: PluralRules?

    /// Formatting for `language` in `region` (nil for a language without one, such as `ar`).
    init(language: String, region: String?) {
        identifier = (region.map { "\(language)_\($0)" } ?? language) + "@numbers=latn"
        locale = Locale(identifier: identifier)
        let formatter = DateFormatter()
        formatter.locale = locale
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        let long = DateFormatter.dateFormat(fromTemplate: "dMMMMy", options: 0, locale: locale) ?? "d MMMM y"
        let short = DateFormatter.dateFormat(fromTemplate: "ddMMyyyy", options: 0, locale: locale) ?? "dd-MM-yyyy"
        longDate = DatePattern(pattern: long, formatter: formatter)
        shortDate = DatePattern(pattern: short, formatter: formatter)
        let numbers = NumberFormatter()
        numbers.locale = locale
        numbers.numberStyle = .decimal
        groupingSeparator = numbers.groupingSeparator ?? ","
        fallback = LockedDateFormatter(formatter)
    }

    /// `29 november 2026` / `29 listopada 2026`.
    func long(_ date: CivilDate) -> String {
        longDate.format(date) ?? fallback.string(date, pattern: longDate.pattern)
    }

    /// `29-11-2026` / `29.11.2026`.
    func short(_ date: CivilDate) -> String {
        shortDate.format(date) ?? fallback.string(date, pattern: shortDate.pattern)
    }

    /// `1.000` / `1,000`: groups of three with the locale's separator, Western digits.
    func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += groupingSeparator }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// Upper case by the language's rules (Turkish dotted İ).
    func upper(_ text: String) -> String { text.uppercased(with: locale) }

    /// Lower case by the language's rules.
    func lower(_ text: String) -> String { text.lowercased(with: locale) }

    /// The first letter (the first character) in upper case by the language's rules; the rest unchanged.
    func capital(_ text: String) -> String {
        guard let first = text.first else { return text }
        return String(first).uppercased(with: locale) + text.dropFirst()
    }
}

/// A `DateFormatter` behind a lock, for a pattern `DatePattern` cannot compile (not expected for the seven
/// target languages; kept so an unusual locale still formats correctly).
final class LockedDateFormatter: @unchecked Sendable {
    /// `DateFormatter` is not Sendable; every use is inside `lock.withLock`.
    private let formatter: DateFormatter
    private let lock = Mutex(())

    init(_ formatter: DateFormatter) { self.formatter = formatter }

    func string(_ date: CivilDate, pattern: String) -> String {
        lock.withLock { _ in format(date, pattern: pattern) }
    }

    private func format(_ date: CivilDate, pattern: String) -> String {
        formatter.dateFormat = pattern
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = 12
        let instant = formatter.calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return formatter.string(from: instant)
    }
}
