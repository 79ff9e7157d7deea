/// The Dutch public holidays that stop a period from ending (Algemene termijnenwet art. 3).
///
/// Every holiday is computed on the spot from the date: fixed dates by month and day, the movable
/// feasts from Easter (a few dozen integer operations), decree days from a `Set`. There is no cache and
/// no lock, so the calendar is a plain `Sendable` value that thousands of letters can query from any
/// thread. The rules are those in force since 2014 (King's Day); earlier history (Queen's Day on
/// 30 April) is not modelled because privdoc only computes current and future deadlines.
public struct DutchHolidayCalendar: Sendable {
    /// The days equated to public holidays by royal decree (Algemene termijnenwet art. 3(3)).
    public let decreeDays: Set<CivilDate>

    /// The statutory holidays plus the decree days listed in `RoyalDecreeDays.swift`.
    public static let standard = DutchHolidayCalendar(decreeDays: RoyalDecreeDays.all)

    /// Creates a calendar with the statutory holidays plus the given decree days.
    public init(decreeDays: [CivilDate]) {
        self.decreeDays = Set(decreeDays)
    }

    /// The holiday on `date`, or `nil` for an ordinary day (the weekday is not considered).
    ///
    /// When two holidays fall on the same date (5 May was also Ascension Day in 2016) the fixed-date
    /// holiday is reported; either way the day is not a working day.
    public func holiday(on date: CivilDate) -> DutchHoliday? {
        switch (date.month, date.day) {
        case (1, 1): return .newYearsDay
        case (4, 27) where date.weekday != .sunday: return .kingsDay
        case (4, 26) where date.weekday == .saturday: return .kingsDay   // the 27th is a Sunday
        case (5, 5): return .liberationDay
        case (12, 25): return .christmasDay
        case (12, 26): return .secondChristmasDay
        default: break
        }
        // Good Friday (≥ 20 March) through Whit Monday (≤ 14 June) lie in March–June.
        if (3...6).contains(date.month) {
            let offset = date.daysSinceEpoch - DutchHolidayCalendar.easterSunday(year: date.year).daysSinceEpoch
            switch offset {
            case -2: return .goodFriday
            case 1: return .easterMonday
            case 39: return .ascensionDay
            case 50: return .whitMonday
            default: break
            }
        }
        return decreeDays.contains(date) ? .royalDecree : nil
    }

    /// Why `date` is not a working day, or `nil` when it is one; a weekend day is reported as such
    /// even when it is also a holiday.
    public func nonWorkingReason(_ date: CivilDate) -> NonWorkingReason? {
        switch date.weekday {
        case .saturday: return .saturday
        case .sunday: return .sunday
        default: return holiday(on: date).map { .holiday($0) }
        }
    }

    /// Whether a period may end on `date`: not a Saturday, Sunday or holiday (Algemene termijnenwet art. 1).
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        nonWorkingReason(date) == nil
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm of
    /// Meeus/Jones/Butcher).
    public static func easterSunday(year: Int) -> CivilDate {
        // The Gregorian Easter cycle is 5 700 000 years; shifting keeps the algorithm's divisions on
        // positive numbers for years ≤ 0 without changing the result.
        let y = year > 0 ? year : year + 5_700_000
        let a = y % 19
        let b = y / 100, c = y % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(unchecked: year, month, day)
    }
}
