/// The days equated to public holidays by royal decree (Algemene termijnenwet art. 3(3)).
///
/// This is the one place where decree days are listed: they are data, announced per year in the
/// Staatsblad, and cannot be computed. Add a new decree here with a comment naming its year; the
/// ``DutchHolidayCalendar/standard`` calendar picks it up. A calendar built with
/// ``DutchHolidayCalendar/init(decreeDays:)`` can use another list (e.g. in tests).
///
/// Keep it current: decrees are usually issued a few years ahead (here: up to 2028). For a deadline in
/// a year whose decree is not yet listed, privdoc may end a period one day *earlier* than the law
/// does — the safe direction for a controller, but a reason to update this list each year.
enum RoyalDecreeDays {
    /// The decree days known to this release, in date order, as ISO strings.
    ///
    /// One `YYYY-MM-DD` per line, with a comment naming the decree's year and the day it bridges to.
    static let isoDates: [String] = [
        "2024-05-10",  // 2024: Friday after Ascension Day
        "2024-12-27",  // 2024: Friday after Christmas
        "2025-05-30",  // 2025: Friday after Ascension Day
        "2026-01-02",  // 2026: Friday after New Year's Day
        "2026-05-15",  // 2026: Friday after Ascension Day
        "2027-05-07",  // 2027: Friday after Ascension Day
        "2028-04-28",  // 2028: Friday after King's Day
        "2028-05-26",  // 2028: Friday after Ascension Day
    ]

    /// The decree days as dates; a malformed entry above is a programming error caught by the tests.
    static let all: [CivilDate] = isoDates.map { iso in
        guard let date = CivilDate(iso: iso) else { preconditionFailure("Malformed decree day \(iso)") }
        return date
    }
}
