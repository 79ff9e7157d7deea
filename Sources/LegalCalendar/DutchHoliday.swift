/// A Dutch public holiday as listed in the Algemene termijnenwet art. 3, or a day equated to one.
public enum DutchHoliday: Equatable, Sendable {
    /// 1 January (Nieuwjaarsdag).
    case newYearsDay
    /// The Friday before Easter (Goede Vrijdag); counts under the Algemene termijnenwet art. 3.
    case goodFriday
    /// The day after Easter Sunday (tweede Paasdag).
    case easterMonday
    /// The King's birthday as celebrated: 27 April, or 26 April when the 27th is a Sunday (Koningsdag).
    case kingsDay
    /// 5 May, every year (Bevrijdingsdag).
    case liberationDay
    /// Easter Sunday + 39 days (Hemelvaartsdag).
    case ascensionDay
    /// Easter Sunday + 50 days (tweede Pinksterdag).
    case whitMonday
    /// 25 December (eerste Kerstdag).
    case christmasDay
    /// 26 December (tweede Kerstdag).
    case secondChristmasDay
    /// A day equated to a public holiday by royal decree (Algemene termijnenwet art. 3(3)).
    case royalDecree

    /// The English name used in explanations, e.g. "Ascension Day".
    public var englishName: String {
        switch self {
        case .newYearsDay: "New Year's Day"
        case .goodFriday: "Good Friday"
        case .easterMonday: "Easter Monday"
        case .kingsDay: "King's Day"
        case .liberationDay: "Liberation Day"
        case .ascensionDay: "Ascension Day"
        case .whitMonday: "Whit Monday"
        case .christmasDay: "Christmas Day"
        case .secondChristmasDay: "Second Christmas Day"
        case .royalDecree: "day equated to a public holiday by royal decree"
        }
    }
}
