import ClauseSyntax
import Foundation
import XMLSupport

/// Writes the XLIFF 1.2 file a translator opens in a CAT tool (Trados, memoQ, OmegaT, Poedit…):
/// one `<trans-unit>` per Dutch clause, sorted by id, with the current translation and its state.
public enum XLIFFExporter {
    /// The XLIFF 1.2 namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    /// The written file and how many units it has in each state.
    public struct Result: Sendable {
        /// The XLIFF document (UTF-8), identical for identical libraries.
        public var data: Data
        /// Units per exported state.
        public var counts: [TargetState: Int]
        /// The ids of the exported units, in file order.
        public var ids: [String] = []
        /// Number of units.
        public var unitCount: Int { counts.values.reduce(0, +) }
    }

    /// Exports `language` (which must have `locales/<language>/locale.yaml`) from the library at `root`;
    /// with `only`, the units in those states alone (a review package, decision 182).
    public static func export(root: URL, language: String, only: Set<TargetState>? = nil) throws(TranslationFailure) -> Result {
        try TranslationCatalog.checkRoot(root)
        let source = try TranslationCatalog.load(root: root, language: SourceLanguage.code)
        guard language != SourceLanguage.code else {
            throw .invalid([TranslationProblem(file: "locales/\(SourceLanguage.code)", "Dutch is the source language; export another language")])
        }
        let target = try TranslationCatalog.load(root: root, language: language)
        guard target.hasLocaleFile else {
            throw .invalid([TranslationProblem(file: "locales/\(language)/locale.yaml",
                                               "no such language: create locale.yaml first (templates.md §1)")])
        }
        var problems = source.problems + target.problems
        var outlines: [String: ClauseOutline] = [:]
        for id in source.ids {
            let texts = [source.clauses[id]!] + (target.clauses[id].map { [$0] } ?? [])
            for clause in texts where XMLCharacters.firstIllegal(in: clause.text) != nil {
                problems.append(TranslationProblem(file: clause.file, line: clause.lines.lowerBound, unit: id,
                                                   "the text holds a character XML cannot carry (a control character)"))
            }
            // A Dutch text the engine cannot read cannot be translated: the translator would get tags
            // that mean nothing, and no translation of it could be imported.
            let nl = source.clauses[id]!
            let (outline, syntax) = ClauseOutline.read(nl.text)
            outlines[id] = outline
            for problem in syntax {
                problems.append(TranslationProblem(file: nl.file, line: nl.lines.lowerBound, unit: id,
                                                   "the Dutch text does not parse (run privdoc lint): " + TextProblem.describe(problem, in: "text")))
            }
        }
        guard problems.isEmpty else { throw .invalid(problems) }

        var counts: [TargetState: Int] = [:]
        var ids: [String] = []
        let w = XMLWriter(indent: true)
        w.start("xliff")
        w.attribute("version", "1.2")
        w.attribute("xmlns", namespace)
        w.start("file")
        w.attribute("original", target.folder)
        w.attribute("source-language", SourceLanguage.code)
        w.attribute("target-language", language)
        w.attribute("datatype", "plaintext")
        w.start("header")
        w.element("tool", ["tool-id": "privdoc", "tool-name": "privdoc"])
        w.element("note", ["from": "privdoc"], text: TranslatorHints.general)
        w.end()
        w.start("body")
        for id in source.ids {
            let nl = source.clauses[id]!
            let translation = target.clauses[id]
            let state = TargetState.exported(source: nl, translation: translation)
            if let only, !only.contains(state) { continue }
            counts[state, default: 0] += 1
            ids.append(id)
            writeUnit(w, source: nl, outline: outlines[id]!, translation: translation, state: state, language: language)
        }
        w.end()
        w.end()
        w.end()
        let bytes: [UInt8]
        do { bytes = try w.finishDocument() } catch { throw .io(error.description) }
        return Result(data: Data(bytes), counts: counts, ids: ids)
    }

    private static func writeUnit(_ w: XMLWriter, source: CatalogClause, outline: ClauseOutline, translation: CatalogClause?,
                                  state: TargetState, language: String) {
        w.start("trans-unit")
        w.attribute("id", source.id)
        w.attribute("resname", source.id)
        // XLIFF 1.2 `approved` attribute: "yes" means the translation passed its final review. Tools that read only
        // this attribute (translate-toolkit, Weblate) would otherwise show every unit as fuzzy.
        if state == .final { w.attribute("approved", "yes") }
        w.element("source", ["xml:space": "preserve"], text: source.text)
        // An untranslated unit still gets an (empty) target, so its state is explicit for the CAT tool.
        w.element("target", ["xml:space": "preserve", "state": state.rawValue], text: translation?.text)
        w.start("context-group")
        w.attribute("name", "dutch-clause")
        w.attribute("purpose", "location")
        w.element("context", ["context-type": "sourcefile"], text: source.file)
        w.element("context", ["context-type": "linenumber"], text: String(source.lines.lowerBound))
        w.end()
        if let keep = TranslatorHints.keep(outline) {
            w.start("context-group")
            w.attribute("name", "keep")
            w.attribute("purpose", "information")
            w.element("context", ["context-type": "paramnotes"], text: keep)
            w.end()
        }
        for note in TranslatorHints.versions(source: source, translation: translation, language: language) {
            w.element("note", ["from": "privdoc"], text: note)
        }
        w.end()
    }
}
