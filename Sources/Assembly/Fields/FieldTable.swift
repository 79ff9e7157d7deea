/// A template's fields, precompiled for fast validation: specs in declaration order, by name, and the
/// composites (for the postcode rule).
struct FieldTable: Hashable, Sendable {
    /// The fields, composites expanded, in declaration order.
    let specs: [FieldSpec]
    /// The same, by name.
    let byName: [String: FieldSpec]
    /// The declared format of every field, by name: what rendering asks for each text value, without
    /// copying the whole spec out of `byName`.
    let formats: [String: TextFormat]
    /// The composite fields.
    let composites: [Composite]
    /// `recipient.postcode` and `recipient.country` of each composite, built once: the postcode check
    /// reads them for every case.
    let postcodePaths: [PostcodePaths]
    /// Whether any field is `translate: true` free text: per-language resolving skips its check of plain
    /// values without it (LanguageValues).
    let hasTranslatable: Bool
    /// The builtins a case may give that are not also declared fields (see `accountsForAllKeys`).
    private let undeclaredBuiltins: [String]
    /// Whether no name is declared twice (a template error, but validation still runs).
    private let namesAreUnique: Bool

    /// Where a composite's postcode and country are.
    struct PostcodePaths: Hashable, Sendable {
        let postcode: String
        let country: String
    }

    init(_ specs: [FieldSpec]) {
        self.specs = specs
        var byName: [String: FieldSpec] = [:]
        var composites: [Composite] = []
        for spec in specs {
            byName[spec.name] = spec
            if let c = spec.composite, !composites.contains(c) { composites.append(c) }
        }
        self.byName = byName
        self.formats = byName.mapValues(\.format)
        self.composites = composites
        self.hasTranslatable = specs.contains(where: \.translatable)
        self.postcodePaths = composites.map { PostcodePaths(postcode: $0.name + ".postcode", country: $0.name + ".country") }
        self.undeclaredBuiltins = Self.builtins.keys.filter { byName[$0] == nil }.sorted()
        self.namesAreUnique = byName.count == specs.count
    }

    /// Fields every template has: the document language and date (templates.md §4).
    static let builtins: [String: FieldType] = ["language": .text, "date": .date]

    /// Whether `name` is a declared field, a builtin, or the prefix of a composite.
    func declares(_ name: String) -> Bool {
        // `index(forKey:)`, not `byName[name] != nil`, which copies the whole spec out to test it.
        byName.index(forKey: name) != nil || Self.builtins.index(forKey: name) != nil || composites.contains { $0.name == name }
    }

    /// Whether the case's keys are all known, given how many of them are declared field names
    /// (`foundFields`, distinct by construction): together with the builtins the case gives, they
    /// account for every key. Lets validation skip looking up each key again in the common case.
    func accountsForAllKeys(of data: CaseData, foundFields: Int) -> Bool {
        guard namesAreUnique else { return false }
        var known = foundFields
        for builtin in undeclaredBuiltins where data.values.index(forKey: builtin) != nil { known += 1 }
        return known == data.values.count
    }
}
