/// The plain-English explanation of ``RequestDeadlines``, for `privdoc deadline --explain`.
extension RequestDeadlines {
    /// A multi-line, deterministic explanation of how each deadline was computed.
    ///
    /// It shows the day of receipt, the unrolled one-month date, every day skipped with its reason, the
    /// due date, and both readings of the two-month extension with the one privdoc uses and why. Dates
    /// are ISO with English weekday abbreviations; lines are separated by `\n`, with no trailing newline.
    public func explanation() -> String {
        var lines: [String] = []
        lines.append("Request received: \(Self.label(received)).")
        lines.append("The day of receipt is not counted: the period runs from the next day "
            + "(Regulation (EEC, Euratom) 1182/71 art. 3(1)).")
        lines.append("One month after receipt (GDPR art. 12(3)): \(Self.label(due.unrolled)).")
        lines += Self.rollLines(due)
        lines.append("Due: \(Self.label(due.date)). By this day send the answer, "
            + "or a notice of extension with its reasons.")
        lines.append("")
        lines.append("Extension by two further months (GDPR art. 12(3)), "
            + "if notified by \(Self.label(due.date)):")
        lines.append("Policy reading: two months added to the unrolled one-month date "
            + "(\(Self.label(due.unrolled))): \(Self.label(extendedDue.unrolled)).")
        lines += Self.rollLines(extendedDue)
        lines.append("  Result: \(Self.label(extendedDue.date)).")
        lines.append("Alternative reading: three months added to the day of receipt "
            + "(\(Self.label(received))): \(Self.label(alternativeExtendedDue.unrolled)).")
        lines += Self.rollLines(alternativeExtendedDue)
        lines.append("  Result: \(Self.label(alternativeExtendedDue.date)).")
        lines.append("privdoc uses the policy reading: extended due \(Self.label(extendedDue.date)).")
        lines.append(Self.comparison(policy: extendedDue.date, alternative: alternativeExtendedDue.date))
        lines.append("")
        lines.append("Which days move a GDPR deadline (policy, earliest defensible date): Saturdays, Sundays and the "
            + "generally recognised public holidays (New Year's Day, Easter Monday, King's Day, Liberation Day, "
            + "Ascension Day, Whit Monday, Christmas). Good Friday and days equated to a holiday by royal decree "
            + "do not.")
        lines.append("Later reading, counting Good Friday and decree days too: due \(Self.label(laterDue.date)), "
            + "extended due \(Self.label(laterExtendedDue.date))"
            + (laterDue.date == due.date && laterExtendedDue.date == extendedDue.date
               ? " (the same dates here)." : "."))
        lines.append("An answer by the policy dates is in time under either reading.")
        return lines.joined(separator: "\n")
    }

    /// A date as "Thu 2026-05-14".
    static func label(_ date: CivilDate) -> String {
        "\(date.weekday.englishAbbreviation) \(date.iso)"
    }

    /// The lines saying whether and how a date was rolled (Regulation 1182/71 art. 3(4)).
    private static func rollLines(_ rolled: RolledDate) -> [String] {
        guard rolled.wasRolled else { return ["  The period can end on that day (not a Saturday, Sunday or public holiday)."] }
        return ["  A period cannot end on a Saturday, Sunday or public holiday "
            + "(Regulation 1182/71 art. 3(4)); skipped:"]
            + rolled.skipped.map { "    \($0.englishDescription)" }
    }

    /// Why the policy reading is safe, with the difference from the alternative reading.
    private static func comparison(policy: CivilDate, alternative: CivilDate) -> String {
        let difference = alternative.daysSinceEpoch - policy.daysSinceEpoch
        let here: String
        switch difference {
        case 0: here = "here both readings give the same date"
        case 1: here = "here it is 1 day earlier"
        default: here = "here it is \(difference) days earlier"
        }
        return "Why: the policy reading is never later than the alternative reading, "
            + "so an answer by this date is in time under either reading (\(here))."
    }
}
