import LegalCalendar

/// Test helpers shared by the LegalCalendar tests.

/// The date for a well-formed ISO literal; a typo in a test literal stops the run with its text.
func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { preconditionFailure("bad test date literal \(iso)") }
    return date
}

/// Every day from `first` to `last`, inclusive.
func everyDay(from first: String, through last: String) -> [CivilDate] {
    let start = day(first), end = day(last)
    return (0...(end.daysSinceEpoch - start.daysSinceEpoch)).map { start.adding(days: $0) }
}

/// One worked example of domain.md §3: received → due (D1), with the unrolled one-month date.
struct WorkedExample {
    let received: String
    let receivedWeekday: Weekday
    let unrolled: String
    let due: String
    let dueWeekday: Weekday
    let note: String
}

/// The table of domain.md §3 (corrected: Good Friday and decree days do not move a GDPR period), plus
/// CJEU C-171/03 (15 March → 15 April).
let workedExamples: [WorkedExample] = [
    WorkedExample(received: "2026-01-15", receivedWeekday: .thursday, unrolled: "2026-02-15",
                  due: "2026-02-16", dueWeekday: .monday, note: "weekend"),
    WorkedExample(received: "2026-01-31", receivedWeekday: .saturday, unrolled: "2026-02-28",
                  due: "2026-03-02", dueWeekday: .monday, note: "clamp + weekend"),
    WorkedExample(received: "2028-01-31", receivedWeekday: .monday, unrolled: "2028-02-29",
                  due: "2028-02-29", dueWeekday: .tuesday, note: "leap year clamp"),
    WorkedExample(received: "2026-03-31", receivedWeekday: .tuesday, unrolled: "2026-04-30",
                  due: "2026-04-30", dueWeekday: .thursday, note: "clamp"),
    WorkedExample(received: "2026-04-05", receivedWeekday: .sunday, unrolled: "2026-05-05",
                  due: "2026-05-06", dueWeekday: .wednesday, note: "receipt on a Sunday counts; 5 May"),
    WorkedExample(received: "2026-04-14", receivedWeekday: .tuesday, unrolled: "2026-05-14",
                  due: "2026-05-15", dueWeekday: .friday, note: "Ascension; 15-05 is a decree day, which does not count"),
    WorkedExample(received: "2026-03-03", receivedWeekday: .tuesday, unrolled: "2026-04-03",
                  due: "2026-04-03", dueWeekday: .friday, note: "Good Friday does not count"),
    WorkedExample(received: "2025-12-02", receivedWeekday: .tuesday, unrolled: "2026-01-02",
                  due: "2026-01-02", dueWeekday: .friday, note: "a decree day does not count"),
    WorkedExample(received: "2026-11-25", receivedWeekday: .wednesday, unrolled: "2026-12-25",
                  due: "2026-12-28", dueWeekday: .monday, note: "Christmas + weekend"),
    WorkedExample(received: "2027-03-15", receivedWeekday: .monday, unrolled: "2027-04-15",
                  due: "2027-04-15", dueWeekday: .thursday, note: "CJEU C-171/03"),
]
