import ClauseSyntax
import Foundation

/// The package for the qualified-translator review of one language (docs/translating.md §5, decision
/// 182), so that a translation agency can start with no help: the units to review as XLIFF 1.2 (as
/// `translations export` writes them, but only those not yet signed off), the termbase as TBX and as a
/// CSV glossary, the list of legal clauses to back-translate, and a README saying what the review is.
/// The same library gives the same bytes: no date, no clock, units and terms in a fixed order.
public enum ReviewPackage {
    /// One file of the package.
    public struct File: Equatable, Sendable {
        public var name: String
        public var data: Data
    }

    /// The package and what it holds.
    public struct Result: Sendable {
        public var files: [File]
        /// Units per state in the XLIFF file.
        public var counts: [TargetState: Int]
        /// Terms in the glossary, and how many have no term in the language yet.
        public var terms: Int
        public var termsMissing: Int
        /// Units of the XLIFF file that are legal clauses (back-translation).
        public var legalUnits: Int
    }

    /// The states a review covers: every unit not signed off — untranslated, stale, draft.
    public static let pending: Set<TargetState> = [.needsTranslation, .needsReviewTranslation, .translated]

    /// Makes the package of `language` from the library at `root`.
    public static func make(root: URL, language: String) throws(TranslationFailure) -> Result {
        let xliff = try XLIFFExporter.export(root: root, language: language, only: pending)
        let termbase = try Termbase.load(root: root)
        guard termbase.languages.contains(language) else {
            throw .invalid([TranslationProblem(file: Termbase.file, line: 1, "the termbase has no \(language) column")])
        }
        let legal = try LegalClauses.load(root: root)
        let source = try TranslationCatalog.load(root: root, language: SourceLanguage.code)
        let legalIDs = xliff.ids.filter { id in source.clauses[id].map(legal.contains) ?? false }
        let missing = termbase.entries.filter { $0.terms[language] == nil }.count
        let backTranslation = legalIDs.map { $0 + "\n" }.joined()
        let readme = ReviewReadme(language: language, counts: xliff.counts, terms: termbase.entries.count,
                                  termsMissing: missing, legalUnits: legalIDs.count).text
        let files = [
            File(name: "README.md", data: Data(readme.utf8)),
            File(name: "\(language).xlf", data: xliff.data),
            File(name: "termbase-\(language).tbx", data: try TermbaseFiles.tbx(termbase, language: language)),
            File(name: "termbase-\(language).csv", data: TermbaseFiles.csv(termbase, language: language)),
            File(name: "back-translation-\(language).txt", data: Data(backTranslation.utf8)),
        ]
        return Result(files: files, counts: xliff.counts, terms: termbase.entries.count, termsMissing: missing,
                      legalUnits: legalIDs.count)
    }
}
