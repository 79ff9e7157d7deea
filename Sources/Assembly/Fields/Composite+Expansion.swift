import PrivdocDiagnostics

/// The sub-fields of the composite types (templates.md §2.1).
extension Composite.Kind {
    /// One sub-field: name, type, and whether it is required when the composite is.
    struct Part {
        var name: String
        var type: FieldType
        var requiredWithParent: Bool
        var defaultValue: String?
        /// The required part may be left out when this part (of the same composite) is given instead.
        var satisfiedBy: String? = nil
    }

    /// The salutations a person field allows; `none` prints the neutral form ("Geachte heer/mevrouw").
    static let salutations = ["mr", "ms", "none"]

    private static let addressParts: [Part] = [
        Part(name: "street", type: .text, requiredWithParent: true),
        Part(name: "postcode", type: .text, requiredWithParent: true),
        Part(name: "city", type: .text, requiredWithParent: true),
        Part(name: "country", type: .text, requiredWithParent: false),
    ]

    /// The parts, in order.
    var parts: [Part] {
        switch self {
        case .address:
            return Self.addressParts
        case .person:
            return [Part(name: "salutation", type: .enumeration(Self.salutations), requiredWithParent: false,
                         defaultValue: "none"),
                    // The name whole, or in parts (PersonName, decision 160): `surname` stands in for `name`.
                    Part(name: "name", type: .text, requiredWithParent: true, satisfiedBy: "surname"),
                    Part(name: "surname", type: .text, requiredWithParent: false),
                    Part(name: "given-name", type: .text, requiredWithParent: false),
                    Part(name: "initials", type: .text, requiredWithParent: false)] + Self.addressParts
        case .party:
            // The fields of a party to a processor agreement (VNG model): the legal entity, its register
            // number, its address, who signs and where (GDPR art. 28(9): the contract is in writing).
            return [Part(name: "name", type: .text, requiredWithParent: true),
                    Part(name: "kvk", type: .text, requiredWithParent: false)]
                + Self.addressParts.map { Part(name: $0.name, type: $0.type, requiredWithParent: false) }
                + [Part(name: "signatory.name", type: .text, requiredWithParent: true),
                   Part(name: "signatory.function", type: .text, requiredWithParent: true),
                   Part(name: "signatory.mandate", type: .text, requiredWithParent: false),
                   Part(name: "signature.place", type: .text, requiredWithParent: false),
                   Part(name: "signature.date", type: .date, requiredWithParent: false),
                   Part(name: "contact.name", type: .text, requiredWithParent: false),
                   Part(name: "contact.email", type: .text, requiredWithParent: false),
                   Part(name: "contact.phone", type: .text, requiredWithParent: false),
                   Part(name: "dpo.name", type: .text, requiredWithParent: false),
                   Part(name: "dpo.email", type: .text, requiredWithParent: false)]
        }
    }

    /// The sub-fields of a composite named `name`.
    func expand(name: String, required: Bool, location: SourceLocation) -> [FieldSpec] {
        let composite = Composite(name: name, kind: self)
        return parts.map { part in
            let full = "\(name).\(part.name)"
            // The country of a postal address is a code (decision 180); a party's is the agreement's own
            // readable name per language.
            let format: TextFormat = part.name == "country" && self != .party ? .country : TextFormat.inferred(from: full)
            return FieldSpec(name: full, type: part.type, required: required && part.requiredWithParent,
                             format: format, defaultValue: part.defaultValue,
                             composite: composite, location: location,
                             satisfiedBy: part.satisfiedBy.map { "\(name).\($0)" })
        }
    }
}
