/// Day and month arithmetic on ``CivilDate`` with integer algorithms.
///
/// The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` (public domain,
/// http://howardhinnant.github.io/date_algorithms.html): exact for the proleptic Gregorian calendar,
/// branch-light, and independent of time zones — unlike `Foundation.Calendar`, which is slower and
/// would make a deadline depend on the machine's settings.
extension CivilDate {
    /// The number of days from 1970-01-01 to this date (negative before it).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400                                        // 0...399
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1  // 0...365, from 1 March
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Creates the date that lies `daysSinceEpoch` days after 1970-01-01.
    init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097                                      // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153                          // 0 = March
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(CivilDate.supportedYears.contains(year), "CivilDate out of supported range: year \(year)")
        self.init(unchecked: year, month, day)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (raw value 4); floor modulo keeps dates before 1970 right.
        let offset = ((daysSinceEpoch + 3) % 7 + 7) % 7
        return Weekday(rawValue: offset + 1)!
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        days == 0 ? self : CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The date `months` calendar months later (earlier when negative), with the same day of the month,
    /// or the last day of the target month when that day does not exist there.
    ///
    /// This is Regulation (EEC, Euratom) 1182/71 art. 3(2)(c): a period in months ends on the day of the
    /// last month with the same date as the day from which it runs, or on that month's last day when
    /// there is no such date (31 January + 1 month → 28 or 29 February).
    public func adding(months: Int) -> CivilDate {
        let monthIndex = year * 12 + (month - 1) + months
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        precondition(CivilDate.supportedYears.contains(newYear), "CivilDate out of supported range: year \(newYear)")
        return CivilDate(unchecked: newYear, newMonth, min(day, CivilDate.daysInMonth(year: newYear, month: newMonth)))
    }

    /// The number of days in `month` (1...12) of `year`; 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Whether `year` has 29 February (Gregorian rule: every 4th year, except centuries not divisible by 400).
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
