/// A template's fields, precompiled for fast validation: specs in declaration order, by name, and the
/// composites (for the postcode rule).
struct FieldTable: Hashable, Sendable {
    /// The fields, composites expanded, in declaration order.
    let specs: [FieldSpec]
    /// The same, by name.
    let byName: [String: FieldSpec]
    /// The composite fields.
    let composites: [Composite]

    init(_ specs: [FieldSpec]) {
        self.specs = specs
        var byName: [String: FieldSpec] = [:]
        var composites: [Composite] = []
        for spec in specs {
            byName[spec.name] = spec
            if let c = spec.composite, !composites.contains(c) { composites.append(c) }
        }
        self.byName = byName
        self.composites = composites
    }

    /// Fields every template has: the document language and date (templates.md §4).
    static let builtins: [String: FieldType] = ["language": .text, "date": .date]

    /// Whether `name` is a declared field, a builtin, or the prefix of a composite.
    func declares(_ name: String) -> Bool {
        byName[name] != nil || Self.builtins[name] != nil || composites.contains { $0.name == name }
    }
}
