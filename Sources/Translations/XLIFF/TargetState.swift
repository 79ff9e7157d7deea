/// The `state` of an XLIFF 1.2 `<target>`: the predefined values of the specification's state list.
public enum TargetState: String, CaseIterable, Equatable, Sendable {
    case new
    case needsTranslation = "needs-translation"
    case needsAdaptation = "needs-adaptation"
    case needsL10n = "needs-l10n"
    case needsReviewTranslation = "needs-review-translation"
    case needsReviewAdaptation = "needs-review-adaptation"
    case needsReviewL10n = "needs-review-l10n"
    case translated
    case final
    case signedOff = "signed-off"

    /// The state privdoc exports for a Dutch clause and its translation, if any: missing → needs-translation,
    /// stale (Dutch version above source-version) → needs-review-translation, draft → translated,
    /// reviewed → final.
    public static func exported(source: CatalogClause, translation: CatalogClause?) -> TargetState {
        guard let translation else { return .needsTranslation }
        if (translation.sourceVersion ?? 0) < source.version { return .needsReviewTranslation }
        return translation.status == .reviewed ? .final : .translated
    }

    /// Whether the translator signed the text off: it is imported as `reviewed`.
    public var isFinal: Bool { self == .final || self == .signedOff }

    /// Whether the state says the work is not done (new, needs-…): an unchanged text in such a state is
    /// not imported, a changed one is imported as `draft`.
    public var isPending: Bool { !isFinal && self != .translated }

    /// How many units are in each state, in the list's order, the empty ones left out: "12 translated,
    /// 3 final" (the export's and the review package's summaries, and the package's README).
    public static func summary(_ counts: [TargetState: Int]) -> String {
        allCases.compactMap { state in counts[state].map { "\($0) \(state.rawValue)" } }.joined(separator: ", ")
    }
}
