import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar

/// A date the template computes from another date (templates.md §2.4).
struct ComputedField: Hashable, Sendable {
    /// The functions, each citing the rule it implements.
    enum Function: String, Hashable, Sendable, CaseIterable {
        /// GDPR art. 12(3): one month after receipt, rolled past weekends and the generally recognised holidays
        /// (1182/71 art. 3(4); policy domain.md §3).
        case requestDue = "request-due"
        /// GDPR art. 12(3) extension by two months (policy: two months on the *unrolled* first deadline).
        case requestExtendedDue = "request-extended-due"
        /// Awb 6:7, 6:8: six weeks from the day after the decision was sent, rolled.
        case objectionEnd = "objection-end"
        /// `from` plus `days`, rolled to a working day (reply terms, Awb 4:5).
        case datePlusDays = "date-plus-days"
    }

    /// The dotted name the value is available under.
    var name: String
    /// What to compute.
    var function: Function
    /// The date field it is computed from.
    var from: String
    /// Days for `date-plus-days`.
    var days: Int?
    /// Where the template declares it.
    var location: SourceLocation

    /// The computed date, or nil when `from` has no date.
    func compute(from values: Values, calendar: LegalCalendar) -> CivilDate? {
        guard case .date(let start)? = values[from] else { return nil }
        switch function {
        case .requestDue: return calendar.requestDeadlines(received: start).due.date
        case .requestExtendedDue: return calendar.requestDeadlines(received: start).extendedDue.date
        case .objectionEnd: return calendar.objectionTerm(decisionSent: start).date
        case .datePlusDays: return calendar.roll(start.adding(days: days ?? 0)).date
        }
    }

    /// A one-line account for `explain`.
    var explanation: String {
        switch function {
        case .datePlusDays: return "\(function.rawValue)(\(from), \(days ?? 0) days)"
        default: return "\(function.rawValue)(\(from))"
        }
    }
}

/// A template-level check run after field validation (`rules:`, templates.md §2.6), e.g. that an
/// extension notice is dated before the first deadline (GDPR art. 12(3): the extension must be notified
/// within the first month), or that a general authorisation for sub-processors has an objection period
/// (GDPR art. 28(2)).
struct TemplateRule: Hashable, Sendable {
    /// A name for messages and `explain`.
    var id: String?
    /// The cases the rule applies to (all when absent).
    var when: Guard?
    /// Must hold.
    var assertion: Condition
    /// The condition as written.
    var source: String
    /// The field the error is reported on.
    var field: String
    /// What is wrong (template words, never a value); generated from the rule when absent.
    var message: String?
    /// Where the template declares it.
    var location: SourceLocation
    /// `severity: warning`: the document is still written, and the message printed (a late answer,
    /// GDPR art. 12(3), is still an answer).
    var isWarning = false

    /// Whether the assertion only names the rule's own field: then it asks whether the field is *given*
    /// (an empty list stated with `allow-empty` counts, and so does `false`), not whether it is truthy.
    var requiresPresence: Bool {
        if case .truthy(let path) = assertion { return path == field }
        return false
    }

    /// Every field the rule reads.
    var paths: [String] { assertion.paths + (when?.condition.paths ?? []) }

    /// The message reported when the rule fails: the template's own, or one built from the rule
    /// (`required when subprocessing.mode == general`). Conditions hold names and template values only.
    var failureMessage: String {
        if let message { return message }
        if case .truthy(let path) = assertion, path == field {
            return when.map { "required when \($0.source)" } ?? "required"
        }
        let name = id.map { " (rule \($0))" } ?? ""
        return "must satisfy \(source)" + (when.map { " when \($0.source)" } ?? "") + name
    }
}
