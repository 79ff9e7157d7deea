/// A rolled date and the days it skipped.
///
/// The result of moving the last day of a period past Saturdays, Sundays and public holidays
/// (Algemene termijnenwet art. 1; Regulation (EEC, Euratom) 1182/71 art. 3(4)). Keeping the unrolled
/// date and each skipped day lets an explanation show exactly why a deadline moved.
public struct RolledDate: Equatable, Sendable {
    /// The last day of the period before rolling.
    public let unrolled: CivilDate
    /// The first working day on or after ``unrolled``: the day the period actually ends.
    public let date: CivilDate
    /// The non-working days from ``unrolled`` up to (not including) ``date``, in order; empty when the
    /// period already ended on a working day.
    public let skipped: [SkippedDay]

    /// Whether rolling moved the date.
    public var wasRolled: Bool { !skipped.isEmpty }
}

/// One day skipped when rolling a deadline forward.
public struct SkippedDay: Equatable, Sendable {
    /// The skipped day.
    public let date: CivilDate
    /// Why the period could not end on it.
    public let reason: NonWorkingReason

    /// Creates a skipped day.
    public init(date: CivilDate, reason: NonWorkingReason) {
        self.date = date
        self.reason = reason
    }

    /// The day as one explanation line, e.g. "Thu 2026-05-14 — Ascension Day (public holiday)".
    public var englishDescription: String {
        "\(date.weekday.englishAbbreviation) \(date.iso) — \(reason.englishDescription)"
    }
}
