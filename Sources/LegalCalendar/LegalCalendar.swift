/// Computes legal periods: the GDPR answer deadlines and the Awb objection term.
///
/// Periods follow Regulation (EEC, Euratom) 1182/71 art. 3 (the day of the event is not counted; a
/// period in months ends on the same date, clamped to the month's last day). A last day on a Saturday,
/// Sunday or public holiday runs to the next working day: for the GDPR periods under 1182/71 art. 3(4)
/// with the generally recognised holidays only (policy, domain.md §3), for the Awb objection term under
/// the Algemene termijnenwet in full (``HolidayScope``). All methods are pure.
public struct LegalCalendar: Sendable {
    /// The holidays used when rolling.
    public let holidays: DutchHolidayCalendar

    /// Creates a calendar; the default uses the statutory holidays and the known royal-decree days.
    public init(holidays: DutchHolidayCalendar = .standard) {
        self.holidays = holidays
    }

    /// Moves `date` forward past Saturdays, Sundays and the holidays `scope` counts to the next working
    /// day, recording each day skipped. The default is the full Algemene termijnenwet (art. 1, 3).
    public func roll(_ date: CivilDate, scope: HolidayScope = .algemeneTermijnenwet) -> RolledDate {
        var current = date
        var skipped: [SkippedDay] = []
        // Terminates: at most a weekend plus a few adjacent holidays stand in a row.
        while let reason = holidays.nonWorkingReason(current), Self.stops(reason, scope) {
            skipped.append(SkippedDay(date: current, reason: reason))
            current = current.adding(days: 1)
        }
        return RolledDate(unrolled: date, date: current, skipped: skipped)
    }

    /// Whether a non-working day stops a period from ending under `scope`.
    static func stops(_ reason: NonWorkingReason, _ scope: HolidayScope) -> Bool {
        switch reason {
        case .saturday, .sunday: return true
        case .holiday(let holiday): return scope.counts(holiday)
        }
    }

    /// The last year for which the royal-decree days are known: a term set by law that ends after it may
    /// end one day too early (domain.md §3: warn).
    public var lastDecreeYear: Int? { holidays.decreeDays.map(\.year).max() }

    /// Whether a term set by law ending on `date` lies past the years whose decree days are known.
    public func isPastKnownDecreeDays(_ date: CivilDate) -> Bool {
        guard let last = lastDecreeYear else { return true }
        return date.year > last
    }

    /// The deadlines for answering a data-subject request received on `received` (GDPR art. 12(3)).
    ///
    /// - `due`: one month after receipt, rolled. The day of receipt is not counted (1182/71 art. 3(1));
    ///   a request received on a weekend or holiday still starts the period that day.
    /// - `extendedDue` (**policy**, conservative): two months added to the *unrolled* first deadline,
    ///   then rolled. Clamping can only shorten a month, so this is never later than
    ///   `alternativeExtendedDue` (three months after receipt, rolled) and holds under both readings.
    ///
    /// The GDPR periods roll past Saturdays, Sundays and the generally recognised holidays only
    /// (``HolidayScope/generallyRecognised``; 1182/71 art. 3(4), policy domain.md §3); the later reading
    /// that also counts Good Friday and decree days is kept for explanations.
    public func requestDeadlines(received: CivilDate) -> RequestDeadlines {
        let firstUnrolled = received.adding(months: 1)
        let extendedUnrolled = firstUnrolled.adding(months: 2)
        return RequestDeadlines(
            received: received,
            due: roll(firstUnrolled, scope: .generallyRecognised),
            extendedDue: roll(extendedUnrolled, scope: .generallyRecognised),
            alternativeExtendedDue: roll(received.adding(months: 3), scope: .generallyRecognised),
            laterDue: roll(firstUnrolled, scope: .algemeneTermijnenwet),
            laterExtendedDue: roll(extendedUnrolled, scope: .algemeneTermijnenwet)
        )
    }

    /// The last day for lodging an objection against a decision sent on `decisionSent`.
    ///
    /// Awb 6:7 sets six weeks; Awb 6:8(1) starts the term on the day after the decision was sent, so it
    /// ends on the same weekday 42 days after sending (1182/71 art. 3(2)(b) counts weeks the same way).
    /// The Algemene termijnenwet applies in full to this term set by law (art. 1, 3: weekends, the art. 3(1)
    /// holidays, Good Friday and the decree days).
    public func objectionTerm(decisionSent: CivilDate) -> RolledDate {
        roll(decisionSent.adding(days: 42), scope: .algemeneTermijnenwet)
    }
}
