/// Why a day is not a working day.
///
/// Algemene termijnenwet art. 1 and Regulation (EEC, Euratom) 1182/71 art. 3(4) both move the end of a
/// period past Saturdays, Sundays and public holidays; this names which of the three a day is.
public enum NonWorkingReason: Equatable, Sendable {
    /// The day is a Saturday.
    case saturday
    /// The day is a Sunday.
    case sunday
    /// The day is a public holiday, or a day equated to one, falling on a weekday.
    case holiday(DutchHoliday)

    /// Whether the day is a Saturday or Sunday (reported as such even when it is also a holiday).
    public var isWeekend: Bool {
        switch self {
        case .saturday, .sunday: true
        case .holiday: false
        }
    }

    /// The plain-English reason used in explanations: "weekend", "Ascension Day (public holiday)",
    /// or "day equated to a public holiday by royal decree".
    public var englishDescription: String {
        switch self {
        case .saturday, .sunday:
            return "weekend"
        case .holiday(.royalDecree):
            // The name already says what kind of day it is.
            return DutchHoliday.royalDecree.englishName
        case .holiday(let holiday):
            return holiday.englishName + " (public holiday)"
        }
    }
}
