/// A day of the week, numbered as in ISO 8601 (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, CaseIterable {
    /// Monday (ISO day 1).
    case monday = 1
    /// Tuesday (ISO day 2).
    case tuesday
    /// Wednesday (ISO day 3).
    case wednesday
    /// Thursday (ISO day 4).
    case thursday
    /// Friday (ISO day 5).
    case friday
    /// Saturday (ISO day 6); never a working day (Algemene termijnenwet art. 1).
    case saturday
    /// Sunday (ISO day 7); never a working day (Algemene termijnenwet art. 1).
    case sunday

    /// The English three-letter abbreviation used in explanations: "Mon", "Tue", … "Sun".
    public var englishAbbreviation: String {
        switch self {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
