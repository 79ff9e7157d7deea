/// Which public holidays stop a period from ending — the two readings of domain.md §3.
///
/// Regulation (EEC, Euratom) 1182/71 art. 3(4) rolls a period that ends on a Saturday, Sunday or "public
/// holiday", and art. 2(1) leaves the holidays to the Member State. **Policy (earliest defensible date):**
/// the GDPR periods roll past the generally recognised holidays of the Algemene termijnenwet art. 3(1)
/// only. Good Friday (art. 3(2)) and the days equated by royal decree (art. 3(3)) count "for the
/// application of this Act" only, so they move a term set by law (the Awb objection term) but not a
/// GDPR period. An answer by the earlier date is in time under either reading.
public enum HolidayScope: Equatable, Sendable {
    /// Saturdays, Sundays and the Atw art. 3(1) holidays: the GDPR periods (art. 12(3)).
    case generallyRecognised
    /// Everything the Algemene termijnenwet counts, Good Friday and decree days included: terms set by
    /// law, such as the Awb objection term (6:7, 6:8).
    case algemeneTermijnenwet

    /// Whether `holiday` stops a period from ending under this scope.
    public func counts(_ holiday: DutchHoliday) -> Bool {
        switch self {
        case .algemeneTermijnenwet: return true
        case .generallyRecognised:
            switch holiday {
            case .goodFriday, .royalDecree: return false
            case .newYearsDay, .easterMonday, .kingsDay, .liberationDay, .ascensionDay, .whitMonday,
                 .christmasDay, .secondChristmasDay: return true
            }
        }
    }
}
