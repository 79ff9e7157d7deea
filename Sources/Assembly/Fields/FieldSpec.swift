import PrivdocDiagnostics

/// One field a template needs, after composite types are expanded (templates.md §2.1).
struct FieldSpec: Hashable, Sendable {
    /// The dotted name (`recipient.postcode`).
    var name: String
    /// What values are allowed.
    var type: FieldType
    /// Whether the field must be given.
    var required: Bool
    /// How the text reads in a right-to-left document (references, URLs, e-mail addresses and the like
    /// stay left-to-right).
    var format: TextFormat
    /// The value used when the case gives none.
    var defaultValue: String?
    /// The composite field this one was expanded from (`recipient` for `recipient.name`), if any.
    var composite: Composite?
    /// Where the template declares it.
    var location: SourceLocation
    /// A required field that may be left out when this other field is given instead (`recipient.name`,
    /// or `recipient.surname` with initials or given name: PersonName).
    var satisfiedBy: String? = nil
    /// Free text read in running sentences (`translate: true`): a plain value is taken to be written in
    /// the case's `language` only, so another language needs a per-language value (decision 070).
    var translatable: Bool = false
    /// For `enum`: other spellings accepted and stored as the value they stand for
    /// (`unreasonable-interval` → `excessive`), so conditions and labels see one code.
    var aliases: [String: String] = [:]
    /// For `enum`: `multiple: true` takes one value or a list of values (`[access, erasure]`), stored as a
    /// list; `==` and `in` then ask whether the list includes the value (templates.md §2.3).
    var multiple = false
    /// For `list`: `allow-empty: true` lets the case give an empty list (`[]`, or `none` in a CSV cell) as
    /// a statement ("nothing goes outside the EEA"); it counts as given for rules, but not as truthy.
    var allowEmpty = false
    /// For a sub-field of a list of records: `as: FIELD` — the field it stands for. In a pass over the
    /// list (`each:`, templates.md §2.7) that name reads this sub-field of the current item, so the
    /// clauses, conditions and rules written for one value serve every item; its type, values, aliases
    /// and labels are that field's (decision 150).
    var standsFor: String?
    /// For a list of records: `key: SUB` — the sub-field that names, for each item, one value of the
    /// multi-valued enum it stands for; every value given there has exactly one item (decision 150).
    var key: String?
}

/// The allowed values of a field.
enum FieldType: Hashable, Sendable {
    case text
    case date
    case enumeration([String])
    case boolean
    case integer(min: Int?, max: Int?)
    /// A list of lines.
    case textList
    /// A list of records with these sub-fields (named without the list's prefix).
    case recordList([FieldSpec])

    /// The word used in templates and messages.
    var name: String {
        switch self {
        case .text: return "text"
        case .date: return "date"
        case .enumeration: return "enum"
        case .boolean: return "boolean"
        case .integer: return "integer"
        case .textList, .recordList: return "list"
        }
    }
}

/// A composite field: a `person`, `address` or `party` that expanded into sub-fields.
struct Composite: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable { case person, address, party }
    /// The composite's name (`recipient`).
    var name: String
    /// Its kind.
    var kind: Kind
}

/// Whether a text value is read left-to-right in every language (so isolated inside Arabic text,
/// Unicode UAX #9) — set with `format:` or inferred from the last part of the field name.
enum TextFormat: String, Hashable, Sendable, CaseIterable {
    /// `country`: an ISO 3166-1 alpha-2 code of an address, printed as its name (decision 180).
    case plain, reference, url, email, phone, postcode, iban, number, country

    /// Whether values of this format are isolated left-to-right in a right-to-left document.
    var isLeftToRight: Bool { self != .plain }

    /// The format a field name implies (`reference`, `…-reference`, `…url`, `website`, `email`, `phone`,
    /// `postcode`, `iban`, `kvk`); `plain` otherwise.
    static func inferred(from name: String) -> TextFormat {
        let last = name.split(separator: ".").last.map(String.init) ?? name
        switch last {
        case "reference", "case-reference": return .reference
        case "website", "url", "privacy-url": return .url
        case "email", "e-mail": return .email
        case "phone", "telephone": return .phone
        case "postcode": return .postcode
        case "iban": return .iban
        case "kvk", "kvk-number": return .number
        default:
            if last.hasSuffix("-reference") { return .reference }
            if last.hasSuffix("-url") { return .url }
            if last.hasSuffix("-email") { return .email }
            if last.hasSuffix("-phone") { return .phone }
            return .plain
        }
    }
}
