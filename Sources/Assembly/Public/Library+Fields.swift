/// What the library knows about fields, for checking a batch header once before any row (issue 15).
extension Library {
    /// The fields a case must give for template `id` — required and without a default — in declaration
    /// order; nil for an unknown template.
    public func requiredFields(ofTemplate id: String) -> [String]? {
        templates[id]?.fields.specs.filter { $0.required && $0.defaultValue == nil }.map(\.name)
    }

    /// For required fields that another field can stand in for (`recipient.name` by `recipient.surname`
    /// with its initials or given name, decision 160): that other field, by required field.
    public func alternatives(ofTemplate id: String) -> [String: String] {
        var out: [String: String] = [:]
        for spec in templates[id]?.fields.specs ?? [] { if let other = spec.satisfiedBy { out[spec.name] = other } }
        return out
    }

    /// Whether template `id` reads a column called `name` (a dotted field name; list items as `list.1` or
    /// `list.1.sub`).
    public func template(_ id: String, declaresField name: String) -> Bool {
        templates[id].map { Self.table($0.fields, declares: name) } ?? false
    }

    /// Whether `name` is a field of *any* template of the library, or a builtin (`language`, `date`). A
    /// column that only another letter of the same case reads is no typo (issue 15). It is asked only
    /// about a field the document's own template does not know, so only then are the other templates
    /// parsed (decision 132).
    public func knowsField(_ name: String) -> Bool {
        templates.values.contains { Self.table($0.fields, declares: name) }
    }

    private static func table(_ fields: FieldTable, declares name: String) -> Bool {
        fields.accounts(for: name)   // the one rule, shared with case validation
    }
}
