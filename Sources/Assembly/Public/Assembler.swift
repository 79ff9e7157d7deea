import PrivdocDiagnostics
import ODF

/// The report of `explain` and the warnings about the case (printed apart, on stderr).
public struct Explanation: Sendable {
    /// The plain-text report.
    public let text: String
    /// Warnings found on the way (unknown case fields, a --lang that differs from the case).
    public let warnings: [Diagnostic]
}

/// Assembles documents from a library: validates a case against a template and renders it into an
/// `ODF.Document`. A value type over the shared immutable library, safe to use from many threads.
public struct Assembler: Sendable {
    /// The library.
    public let library: Library

    /// Creates an assembler.
    public init(library: Library) { self.library = library }

    /// Assembles one document, or returns every problem found (nothing is produced then).
    public func assemble(template: String, data: CaseData, options: RenderOptions) -> Result<AssembledDocument, Diagnostics> {
        let result = assembleOnce(template: template, data: data, options: options)
        guard options.strict, case .failure(let problems) = result else { return result }
        return .failure(Diagnostics(problems.items.map { $0.severity == .warning ? Self.promoted($0) : $0 }))
    }

    private func assembleOnce(template: String, data: CaseData, options: RenderOptions) -> Result<AssembledDocument, Diagnostics> {
        guard let found = library.templates[template] else { return .failure(unknownTemplate(template)) }
        switch DocumentPreparation(library: library, template: found).prepareParts(data, options: options) {
        case .failure(let problems): return .failure(problems)
        case .success(let (contexts, warnings)):
            // One document per language part (Awb 2:6: a besluit in another language is the Dutch one
            // and its translation), joined into one file.
            var parts: [(document: ODF.Document, provenance: Provenance)] = []
            var found: [Diagnostic] = []
            for context in contexts {
                var composer = DocumentComposer(ctx: context)
                parts.append(composer.compose())
                found += composer.ctx.bag.items
            }
            if found.contains(where: { $0.severity == .error }) { return .failure(Diagnostics(found + warnings)) }
            let all = Diagnostics(warnings + found).items
            // --strict: every warning is an error, and nothing is produced (decision 013).
            if options.strict, !all.isEmpty { return .failure(Diagnostics(all.map(Self.promoted))) }
            let document = parts.count == 2 ? DocumentComposer.joined(besluit: parts[0].document, translation: parts[1].document)
                                            : parts[0].document
            // The provenance (file name, manifest) is the language asked for: the translation's.
            let last = contexts[contexts.count - 1]
            return .success(AssembledDocument(document: document, styleSheet: last.house.styleSheet, provenance: parts[parts.count - 1].provenance,
                                              reference: Self.caseReference(last), warnings: all))
        }
    }

    /// A plain-text account for legal review: which elements are kept or dropped and why, the clause
    /// versions and the fields each clause reads, and the final numbering. Deterministic.
    public func explain(template: String, data: CaseData, options: RenderOptions) -> Result<Explanation, Diagnostics> {
        guard let found = library.templates[template] else { return .failure(unknownTemplate(template)) }
        switch DocumentPreparation(library: library, template: found).prepare(data, options: options) {
        case .failure(let problems): return .failure(problems)
        case .success(let (context, warnings)):
            if options.strict, !warnings.isEmpty { return .failure(Diagnostics(warnings.map(Self.promoted))) }
            return .success(Explanation(text: Explainer(context: context).report(), warnings: warnings))
        }
    }

    /// The case reference for the file name: `reference`, else the first declared field with the
    /// `reference` format that has a value (`agreement.reference`).
    static func caseReference(_ context: RenderContext) -> String? {
        if case .text(let r)? = context.values["reference"] { return r }
        for spec in context.template.fields.specs where spec.format == .reference && spec.composite == nil {
            if case .text(let r)? = context.values[spec.name] { return r }
        }
        return nil
    }

    /// A warning made an error by --strict.
    static func promoted(_ warning: Diagnostic) -> Diagnostic {
        var d = warning
        d.severity = .error
        d.message += " (--strict)"
        return d
    }

    private func unknownTemplate(_ id: String) -> Diagnostics {
        // A file that is there but cannot be read or is not a template says why (the batch, `sample` and
        // the register use the same function).
        let broken = library.templateLoadErrors(id)
        if !broken.isEmpty { return Diagnostics(broken) }
        return Diagnostics([.error(.templateUnknown, at: nil, field: nil,
                            "unknown template \(id); the library has \(library.templateIDs.joined(separator: ", "))")])
    }
}
