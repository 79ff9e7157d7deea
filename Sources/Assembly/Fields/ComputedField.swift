import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar

/// A value the template computes from its fields (templates.md §2.4): a date from a date, or the
/// addressee from the persons of the letter. The one declaration of computed values (`computed:`).
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
        /// The person the letter speaks to: the first of `from` (persons) that has a name — the
        /// representative when there is one, else the data subject (decision 160).
        case addressee

        /// Whether it computes a date from one date field.
        var isDate: Bool { self != .addressee }
    }

    /// The dotted name the value is available under (for `addressee`, the prefix of its parts).
    var name: String
    /// What to compute.
    var function: Function
    /// The fields it is computed from: one date, or (`addressee`) persons in order of preference.
    var from: [String]
    /// Days for `date-plus-days`.
    var days: Int?
    /// Where the template declares it.
    var location: SourceLocation

    /// The parts `addressee` gives, with their types: the salutation and the name fields (PersonName).
    static let addresseeParts: [(String, FieldType)] = [("salutation", .enumeration(Composite.Kind.salutations))]
        + PersonName.parts.map { ($0, .text) }

    /// The names this computed value can be read under, with their types.
    var outputs: [String: FieldType] {
        guard function == .addressee else { return [name: .date] }
        return Dictionary(uniqueKeysWithValues: Self.addresseeParts.map { ("\(name).\($0.0)", $0.1) })
    }

    /// The computed values by name; empty when `from` has no value.
    func compute(from values: Values, calendar: LegalCalendar) -> [String: Value] {
        if function == .addressee { return addressee(values) }
        guard let first = from.first, case .date(let start)? = values[first] else { return [:] }
        let date: CivilDate
        switch function {
        case .requestDue: date = calendar.requestDeadlines(received: start).due.date
        case .requestExtendedDue: date = calendar.requestDeadlines(received: start).extendedDue.date
        case .objectionEnd: date = calendar.objectionTerm(decisionSent: start).date
        case .datePlusDays: date = calendar.roll(start.adding(days: days ?? 0)).date
        case .addressee: return [:]
        }
        return [name: .date(date)]
    }

    /// `addressee.*` from the first person of `from` with a name. `surname` falls back to the whole name
    /// when it is neither given nor readable from `name` (a salutation is never left without a name).
    private func addressee(_ values: Values) -> [String: Value] {
        func text(_ path: String) -> String? {
            if case .text(let t)? = values[path], !t.isBlank { return t.trimmingBlanks }
            return nil
        }
        guard let person = from.first(where: { text("\($0).name") != nil }) else { return [:] }
        let n = PersonName(name: text("\(person).name"), surname: text("\(person).surname"),
                           givenName: text("\(person).given-name"), initials: text("\(person).initials"))
        var out: [String: Value] = ["\(name).salutation": .text(text("\(person).salutation") ?? "none")]
        let parts: [(String, String?)] = [("name", n.name), ("surname", n.formalSurname ?? n.name),
                                          ("given-name", n.givenName), ("initials", n.formalInitials)]
        for (part, value) in parts { if let value { out["\(name).\(part)"] = .text(value) } }
        return out
    }

    /// A one-line account for `explain`.
    var explanation: String {
        switch function {
        case .datePlusDays: return "\(function.rawValue)(\(from.joined(separator: ", ")), \(days ?? 0) days)"
        default: return "\(function.rawValue)(\(from.joined(separator: ", ")))"
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
    /// `each: LIST` — the rule is checked once per item of a list of records, with the names its items
    /// stand for (`as:`) read from the item, and reported on the item; once for the case when the list
    /// has no items (templates.md §2.7, decision 150).
    var each: String?

    /// Whether the assertion only names the rule's own field: then it asks whether the field is *given*
    /// (an empty list stated with `allow-empty` counts, and so does `false`), not whether it is truthy.
    var requiresPresence: Bool {
        if case .truthy(let path) = assertion { return path == field }
        return false
    }

    /// Every field the rule reads.
    var paths: [String] { assertion.paths + (when?.condition.paths ?? []) + (each.map { [$0] } ?? []) }

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
