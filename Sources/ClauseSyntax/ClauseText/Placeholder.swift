import PrivdocDiagnostics

/// `{{name}}` or `{{name | formatter}}` (templates.md §1.2).
public struct Placeholder: Hashable, Sendable {
    /// The dotted field name.
    public let name: String
    /// The formatter, if any.
    public let formatter: Formatter?
    /// Where it is written.
    public let location: SourceLocation
    /// What kind of name it is, worked out once from `name` so rendering does no string tests.
    public let role: PlaceholderRole
    /// The choices of a `plural:` or `select:` formatter, in the order written; empty otherwise.
    public let choices: [Choice]

    /// Creates a placeholder; its role follows from `name`.
    public init(name: String, formatter: Formatter?, location: SourceLocation, choices: [Choice] = []) {
        self.name = name
        self.formatter = formatter
        self.location = location
        self.choices = choices
        role = PlaceholderRole(name)
    }

    /// `{{name | formatter}}` with single spaces around the bar, as the grammar reads it: spacing is not
    /// meaning, so two placeholders that print the same here are the same placeholder.
    public var normalised: String {
        guard let formatter else { return "{{\(name)}}" }
        guard formatter.takesChoices else { return "{{\(name) | \(formatter.rawValue)}}" }
        let written = choices.map { choice -> String in
            var quoted = ""
            for c in choice.text.unicodeScalars {
                if c == "\\" || c == "\"" { quoted.unicodeScalars.append("\\") }
                quoted.unicodeScalars.append(c)
            }
            return "\(choice.key)=\"\(quoted)\""
        }
        return "{{\(name) | \(formatter.rawValue): \(written.joined(separator: " "))}}"
    }

    /// What a translation must keep of it: the name and the formatter, not the choices' words — a
    /// translation writes its own noun forms, and needs the categories of its own language.
    public var kept: String {
        guard let formatter, formatter.takesChoices else { return normalised }
        return "{{\(name) | \(formatter.rawValue): …}}"
    }

    /// The text for `key`, else the `other` choice.
    public func choice(_ key: String) -> String? {
        (choices.first { $0.key == key } ?? choices.first { $0.key == "other" })?.text
    }
}

/// How a placeholder's name is resolved: the three names the grammar reserves (templates.md §1.2, §1.5)
/// and the two kinds of everything else.
public enum PlaceholderRole: Hashable, Sendable {
    /// `{{page}}`: the page number, an office-suite field, not a value.
    case pageNumber
    /// `{{pages}}`: the page count, an office-suite field.
    case pageCount
    /// `{{org.privacy-url}}`: the organisation's privacy statement in the document's language.
    case privacyURL
    /// Another `org.*` name: the organisation profile (unless a local name shadows it).
    case organisation
    /// Any other name: a case value, `item.*` or a local name.
    case value

    /// The role of a placeholder named `name`.
    public init(_ name: String) {
        switch name {
        case "page": self = .pageNumber
        case "pages": self = .pageCount
        case "org.privacy-url": self = .privacyURL
        default: self = name.hasPrefix("org.") ? .organisation : .value
        }
    }

    /// Whether the placeholder reads nothing from a document (an office-suite field).
    public var isPageField: Bool { self == .pageNumber || self == .pageCount }
}
