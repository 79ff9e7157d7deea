/// Computes legal periods: the GDPR answer deadlines and the Awb objection term.
///
/// Periods follow Regulation (EEC, Euratom) 1182/71 art. 3 (the day of the event is not counted; a
/// period in months ends on the same date, clamped to the month's last day) and, for the last day,
/// the Algemene termijnenwet art. 1 (a period ending on a Saturday, Sunday or public holiday runs to
/// the next working day). All methods are pure.
public struct LegalCalendar: Sendable {
    /// The holidays used when rolling.
    public let holidays: DutchHolidayCalendar

    /// Creates a calendar; the default uses the statutory holidays and the known royal-decree days.
    public init(holidays: DutchHolidayCalendar = .standard) {
        self.holidays = holidays
    }

    /// Moves `date` forward past Saturdays, Sundays and holidays to the next working day
    /// (Algemene termijnenwet art. 1), recording each day skipped.
    public func roll(_ date: CivilDate) -> RolledDate {
        var current = date
        var skipped: [SkippedDay] = []
        // Terminates: at most a weekend plus a few adjacent holidays stand in a row.
        while let reason = holidays.nonWorkingReason(current) {
            skipped.append(SkippedDay(date: current, reason: reason))
            current = current.adding(days: 1)
        }
        return RolledDate(unrolled: date, date: current, skipped: skipped)
    }

    /// The deadlines for answering a data-subject request received on `received` (GDPR art. 12(3)).
    ///
    /// - `due`: one month after receipt, rolled. The day of receipt is not counted (1182/71 art. 3(1));
    ///   a request received on a weekend or holiday still starts the period that day.
    /// - `extendedDue` (**policy**, conservative): two months added to the *unrolled* first deadline,
    ///   then rolled. Clamping can only shorten a month, so this is never later than
    ///   `alternativeExtendedDue` (three months after receipt, rolled) and holds under both readings.
    public func requestDeadlines(received: CivilDate) -> RequestDeadlines {
        let firstUnrolled = received.adding(months: 1)
        return RequestDeadlines(
            received: received,
            due: roll(firstUnrolled),
            extendedDue: roll(firstUnrolled.adding(months: 2)),
            alternativeExtendedDue: roll(received.adding(months: 3))
        )
    }

    /// The last day for lodging an objection against a decision sent on `decisionSent`.
    ///
    /// Awb 6:7 sets six weeks; Awb 6:8(1) starts the term on the day after the decision was sent, so it
    /// ends on the same weekday 42 days after sending (1182/71 art. 3(2)(b) counts weeks the same way).
    /// The Algemene termijnenwet art. 1 then rolls it past a weekend or holiday.
    public func objectionTerm(decisionSent: CivilDate) -> RolledDate {
        roll(decisionSent.adding(days: 42))
    }
}
