/// A calendar date without time zone (proleptic Gregorian).
///
/// Legal periods are counted in whole days (Regulation (EEC, Euratom) 1182/71 art. 3), so a deadline is
/// a date, not an instant: no time zone, no clock, no `Foundation.Calendar`. Arithmetic lives in
/// `CivilDate+Arithmetic.swift` and uses plain integer algorithms.
///
/// Years run from -1 000 000 to 1 000 000 (astronomical numbering, so year 0 exists); that bound keeps
/// every computation far from integer overflow. ``iso`` prints four-digit years for 0...9999 and the
/// ISO 8601 expanded form (`+10000-01-01`, `-0001-01-01`) outside that range.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year (astronomical numbering: 1 BC is year 0).
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// The years a `CivilDate` can hold; arithmetic that leaves this range is a programming error.
    static let supportedYears: ClosedRange<Int> = -1_000_000...1_000_000

    /// Creates a date, or returns `nil` when the date does not exist (e.g. 30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from a validated triple; for arithmetic results only.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, no padding, no time, no spaces); `nil` otherwise.
    ///
    /// Strict on purpose: a case file with `2026-2-3` or `2026-02-30` is an input error to be reported,
    /// not a date to be guessed.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`, e.g. `2026-03-15`.
    public var iso: String {
        let yearText: String
        if (0...9999).contains(year) {
            yearText = CivilDate.padded(year, width: 4)
        } else {
            yearText = (year < 0 ? "-" : "+") + CivilDate.padded(abs(year), width: 4)
        }
        return yearText + "-" + CivilDate.padded(month, width: 2) + "-" + CivilDate.padded(day, width: 2)
    }

    /// The date as `YYYY-MM-DD`; the same as ``iso``.
    public var description: String { iso }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Left-pads a non-negative number with zeros; avoids `String(format:)` and its locale.
    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
