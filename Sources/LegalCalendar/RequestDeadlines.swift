/// The deadlines for answering a data-subject request (GDPR art. 12(3)).
///
/// GDPR art. 12(3) gives the controller one month from receipt, extendable once by two further months
/// with notice and reasons within the first month. Built by ``LegalCalendar/requestDeadlines(received:)``;
/// ``json()`` is the machine-readable form and ``explanation()`` the human-readable one.
public struct RequestDeadlines: Equatable, Sendable {
    /// The day the request was received (not counted in the period).
    public let received: CivilDate
    /// The first deadline: one month after receipt, rolled — the answer or the extension notice is due.
    public let due: RolledDate
    /// The extended deadline under the conservative **policy**: two months added to the unrolled
    /// first deadline, rolled. Never later than ``alternativeExtendedDue``.
    public let extendedDue: RolledDate
    /// The other reading of the extension: three months after receipt, rolled. Shown in explanations
    /// only; privdoc never uses it as a deadline.
    public let alternativeExtendedDue: RolledDate
    /// ``due`` under the later reading that also counts Good Friday and the decree days (Algemene
    /// termijnenwet art. 3(2), 3(3)). Shown in explanations only: an answer by ``due`` is in time either way.
    public let laterDue: RolledDate
    /// ``extendedDue`` under that later reading. Shown in explanations only.
    public let laterExtendedDue: RolledDate

    /// The name of the extension policy in ``json()``.
    public static let policyName = "conservative"

    /// The deadlines as one JSON object on a single line, without a trailing newline.
    ///
    /// The keys come in a fixed order and every date is `YYYY-MM-DD`, so the output is byte-for-byte
    /// deterministic:
    /// `{"received":…,"due":…,"dueUnrolled":…,"extendedDue":…,"extendedDueUnrolled":…,"alternativeExtendedDue":…,`
    /// `"dueLaterReading":…,"extendedDueLaterReading":…,"policy":"conservative","holidays":"generally-recognised"}`.
    public func json() -> String {
        // Every value is an ISO date or a fixed word: digits, '-' and '+' only, so nothing needs escaping.
        let fields: [(key: String, value: String)] = [
            ("received", received.iso),
            ("due", due.date.iso),
            ("dueUnrolled", due.unrolled.iso),
            ("extendedDue", extendedDue.date.iso),
            ("extendedDueUnrolled", extendedDue.unrolled.iso),
            ("alternativeExtendedDue", alternativeExtendedDue.date.iso),
            ("dueLaterReading", laterDue.date.iso),
            ("extendedDueLaterReading", laterExtendedDue.date.iso),
            ("policy", RequestDeadlines.policyName),
            ("holidays", "generally-recognised"),
        ]
        return "{" + fields.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",") + "}"
    }
}
