/// The formatters a placeholder may name (templates.md §1.2). A closed set: an unknown name is a parse error.
public enum Formatter: String, Hashable, Sendable, CaseIterable {
    /// A date in the language's long form (`29 november 2026`).
    case date
    /// A date in the language's short form (`29-11-2026`).
    case shortdate
    /// A choice field's words: the clause `enum.<field>.<value>`.
    case label
    /// Upper case, by the language's rules.
    case upper
    /// Lower case, by the language's rules.
    case lower
    /// The first letter in upper case, by the language's rules, the rest as written: a Dutch surname after
    /// "Geachte heer" starts with a capital even when it starts with a particle ("De Vries", Taalunie).
    case capital
    /// A whole number grouped by the locale (`1.000`).
    case number
    /// A date as ISO 8601 (`2026-11-29`).
    case iso
    /// A number with the noun form its CLDR plural category needs: `{{days | plural: one="# dag" other="# dagen"}}`
    /// (decision 110). `#` is the number, grouped by the locale.
    case plural
    /// A text or choice value picking one of several texts: `{{addressee.salutation | select: mr="Pan" ms="Pani" other="Pan/Pani"}}`.
    case select

    /// Whether the formatter takes choices (`plural:` and `select:`).
    public var takesChoices: Bool { self == .plural || self == .select }
}

/// One choice of a `plural:` or `select:` placeholder: `one="# dzień"`.
public struct Choice: Hashable, Sendable {
    /// The CLDR category (`zero one two few many other`) or the selected value; `other` is the fallback.
    public let key: String
    /// The text; in a plural, `#` stands for the number.
    public let text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}

/// The CLDR plural categories (UTS #35, Part 3 §5.1), in CLDR's order.
public enum PluralCategory: String, CaseIterable, Hashable, Sendable, Comparable {
    case zero, one, two, few, many, other

    public static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
