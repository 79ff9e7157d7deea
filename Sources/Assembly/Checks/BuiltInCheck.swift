import PrivdocDiagnostics

/// A check a template asks for by name (`checks: [transfer-basis, plausibility]`) where a condition in
/// `rules:` cannot say it: it reads lists item by item, or thresholds from a data file.
enum BuiltInCheck: String, Hashable, Sendable, CaseIterable {
    /// Every processing location and sub-processor outside the EEA has a transfer entry with its
    /// mechanism (GDPR arts 44–46, decision 071). Errors.
    case transferBasis = "transfer-basis"
    /// Values a reviewer would question (decision 072). Warnings; the document is still written.
    case plausibility

    /// Runs the check on validated values, before rendering. `invalid` fields were already reported
    /// and are not checked again.
    func run(_ values: inout Values, data: CaseData, invalid: Set<String>, library: Library, at location: SourceLocation,
             bag: inout DiagnosticBag) {
        guard let checkData = library.checkData else {
            bag.error(.libraryMissing, at: location, "the \(rawValue) check needs templates/data/eea-countries.yaml and templates/data/plausibility.yaml")
            return
        }
        switch self {
        case .transferBasis:
            TransferBasisCheck(eea: checkData.eea, data: data).run(&values, invalid: invalid, bag: &bag)
        case .plausibility:
            PlausibilityCheck(thresholds: checkData.plausibility, data: data).run(values, invalid: invalid, bag: &bag)
        }
    }
}
