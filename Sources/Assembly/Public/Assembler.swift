import PrivdocDiagnostics
import ODF

/// Assembles documents from a library: validates a case against a template and renders it into an
/// `ODF.Document`. A value type over the shared immutable library, safe to use from many threads.
public struct Assembler: Sendable {
    /// The library.
    public let library: Library

    /// Creates an assembler.
    public init(library: Library) { self.library = library }

    /// Assembles one document, or returns every problem found (nothing is produced then).
    public func assemble(template: String, data: CaseData, options: RenderOptions) -> Result<AssembledDocument, Diagnostics> {
        guard let found = library.templates[template] else { return .failure(unknownTemplate(template)) }
        switch DocumentPreparation(library: library, template: found).prepare(data, options: options) {
        case .failure(let problems): return .failure(problems)
        case .success(let (context, warnings)):
            var composer = DocumentComposer(ctx: context)
            let (document, provenance) = composer.compose()
            if composer.ctx.bag.hasErrors { return .failure(Diagnostics(composer.ctx.bag.items + warnings)) }
            return .success(AssembledDocument(document: document, styleSheet: context.house.styleSheet, provenance: provenance, reference: Self.caseReference(context),
                                              warnings: Diagnostics(warnings + composer.ctx.bag.items).items))
        }
    }

    /// A plain-text account for legal review: which elements are kept or dropped and why, the clause
    /// versions and the fields each clause reads, and the final numbering. Deterministic.
    public func explain(template: String, data: CaseData, options: RenderOptions) -> Result<String, Diagnostics> {
        guard let found = library.templates[template] else { return .failure(unknownTemplate(template)) }
        switch DocumentPreparation(library: library, template: found).prepare(data, options: options) {
        case .failure(let problems): return .failure(problems)
        case .success(let (context, _)):
            return .success(Explainer(context: context).report())
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

    private func unknownTemplate(_ id: String) -> Diagnostics {
        Diagnostics([.error(.templateUnknown, at: nil, field: nil,
                            "unknown template \(id); the library has \(library.templateIDs.joined(separator: ", "))")])
    }
}
