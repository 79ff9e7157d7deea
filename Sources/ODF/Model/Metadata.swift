/// Document metadata (ODF 1.3 §4 `office:meta`).
public struct Metadata: Equatable, Sendable {
    /// Title shown by office suites.
    public var title: String
    /// Subject line.
    public var subject: String
    /// Free description (`dc:description`).
    public var description: String
    /// BCP 47 language tag of the document, e.g. `nl-NL` or `ar`.
    public var language: LanguageTag
    /// The document date; also the source of every timestamp in the package (determinism, DESIGN invariant 5).
    public var date: DocumentDate
    /// Generator string, e.g. `privdoc/0.1`.
    public var generator: String
    /// Keywords (`meta:keyword`), in order.
    public var keywords: [String]
    /// Custom properties (`meta:user-defined`), written in this order.
    public var customProperties: [CustomProperty]

    /// Creates metadata.
    public init(title: String, subject: String = "", description: String = "", language: LanguageTag,
                date: DocumentDate, generator: String = "privdoc", keywords: [String] = [],
                customProperties: [CustomProperty] = []) {
        self.title = title
        self.subject = subject
        self.description = description
        self.language = language
        self.date = date
        self.generator = generator
        self.keywords = keywords
        self.customProperties = customProperties
    }
}

/// One `meta:user-defined` property.
public struct CustomProperty: Equatable, Sendable {
    /// Property name, e.g. `privdoc.template`.
    public var name: String
    /// Property value (string-typed).
    public var value: String
    /// Creates a property.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A calendar date used as the document date. Kept separate from `Foundation.Date` so the package never
/// depends on the clock or the time zone.
public struct DocumentDate: Equatable, Hashable, Sendable {
    /// Year, e.g. 2026.
    public var year: Int
    /// Month 1–12.
    public var month: Int
    /// Day 1–31.
    public var day: Int
    /// Creates a date; the caller validates it.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
    /// `YYYY-MM-DDT00:00:00`, the form `meta:creation-date` and `dc:date` take (xsd:dateTime).
    public var isoDateTime: String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T00:00:00"
    }
}

/// A language tag split into the parts ODF wants (`fo:language`, `fo:country`, `style:script`).
public struct LanguageTag: Equatable, Hashable, Sendable {
    /// ISO 639 language, e.g. `nl`.
    public var language: String
    /// ISO 3166 country, e.g. `NL`, or nil.
    public var country: String?
    /// Creates a tag.
    public init(language: String, country: String? = nil) {
        self.language = language
        self.country = country
    }
    /// `nl-NL` or `ar`.
    public var bcp47: String { country.map { "\(language)-\($0)" } ?? language }
}
