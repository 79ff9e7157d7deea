import PrivdocDiagnostics
import Foundation
import ODF

/// The clause library: templates, the clauses of every language and the organisation profile, loaded
/// and parsed once, immutable, shared by all threads (DESIGN.md "Batch: fast by construction").
public final class Library: Sendable {
    /// The folder holding `templates/` and `locales/`.
    public let root: URL
    /// The shipped library and the organisation folder laid over it (decision 091).
    public let layers: LibraryLayers
    /// The templates, each parsed on first use (decision 132).
    let templates: TemplateStore
    /// The languages, each read on first use (decision 130).
    let locales: LocaleStore
    let organisation: Organisation?
    /// The house style (style sheet and letter geometry); nil when it cannot be used, then
    /// `houseStyleProblems` say why and no document is made.
    let houseStyle: HouseStyle?
    public let houseStyleProblems: [Diagnostic]
    /// Problems found while loading everything but the languages (templates, profile, house style, data).
    let baseProblems: [Diagnostic]
    /// The data of the built-in checks (`templates/data/`), if the library has it.
    let checkData: CheckData?
    /// The countries an address may be in (`templates/data/countries.yaml`, decision 180), if listed.
    let countries: CountryList?
    /// Lint results scoped to a template and language (`validation(of:language:)`).
    let validationCache = ValidationCache()

    init(root: URL, layers: LibraryLayers, templates: TemplateStore, locales: LocaleStore, organisation: Organisation?,
         houseStyle: HouseStyle?, houseStyleProblems: [Diagnostic], baseProblems: [Diagnostic], checkData: CheckData? = nil,
         countries: CountryList? = nil) {
        self.root = root
        self.countries = countries
        self.layers = layers
        self.checkData = checkData
        self.templates = templates
        self.locales = locales
        self.organisation = organisation
        self.houseStyle = houseStyle
        self.houseStyleProblems = houseStyleProblems
        self.baseProblems = baseProblems
    }

    /// Problems found while loading (syntax, structure, clause text) — every language read; `lint` reports
    /// them, and a document that needs a broken part is refused.
    var loadProblems: [Diagnostic] {
        Diagnostics(baseProblems + templates.allProblems + locales.problems(of: locales.codes)
                    + OrganisationLayer.untranslatedOverrides(locales.all)).items
    }

    /// The same, of the shared files, one template and these languages only (what a document in them
    /// depends on).
    func loadProblems(template id: String, languages: [String]) -> [Diagnostic] {
        Diagnostics(baseProblems + templates.problems(of: id) + locales.problems(of: languages)).items
    }

    /// The style sheet documents of this library are written in (nil when the house style cannot be
    /// used; then no document is made, and `lint` says why).
    public var styleSheet: StyleSheet? { houseStyle?.styleSheet }

    /// The template ids (one per template file), sorted.
    public var templateIDs: [String] { templates.ids }

    /// Every document kind the templates declare, sorted by command and kind (from their headers,
    /// without parsing them: decision 132).
    public var documentKinds: [DocumentKind] { templates.kinds }

    /// The template a command and kind name, or nil.
    public func templateID(command: DocumentCommand, kind: String) -> String? {
        documentKinds.first { $0.command == command && $0.kind == kind }?.templateID
    }

    /// The template an example file is for (templates.md §2): `<kind>-….yaml` (or `.json`, `.csv`) is an
    /// example of that letter kind — the longest kind that fits, so `not-handled-…` is not `not` —, and
    /// `agreement-….yaml` of the library's agreement, if it has one.
    public func templateID(forExample file: String) -> String? {
        let kinds = documentKinds.sorted { $0.kind.count > $1.kind.count }
        if file.hasPrefix("agreement-") {
            let agreements = kinds.filter { $0.command == .agreement }
            return agreements.count == 1 ? agreements[0].templateID : nil
        }
        return kinds.first { $0.command == .letter && file.hasPrefix($0.kind + "-") }?.templateID
    }

    /// The language codes with a folder under `locales/`, sorted.
    public var languages: [String] { locales.codes }

    /// The language tag of `code` as its `locale.yaml` gives it (`nl-NL`, `en-GB`; `ar` without a region),
    /// or nil for a language the library does not have: the one place a language's region is written.
    public func languageTag(of code: String) -> LanguageTag? { locales[code]?.languageTag }

    /// The errors that make template `id` unusable (its file cannot be read, or is not YAML), located in
    /// the file; empty when it parsed or is unknown. A batch, `sample` and the register refuse with these
    /// instead of "unknown template" (decision 132).
    public func templateLoadErrors(_ id: String) -> [Diagnostic] { templates.loadErrors(of: id) }

    /// The languages a template declares (`languages:`), or nil for an unknown template.
    public func languages(ofTemplate id: String) -> [String]? { templates[id]?.languages }

    /// A clause in a language, or nil.
    func clause(_ id: String, in language: String) -> Clause? { locales[language]?.clauses[id] }

    /// Loads a library. Throws only when the folder is not a library at all (no `templates/` or
    /// `locales/`); every other problem is kept for `lint` and for the documents it affects.
    public static func load(root: URL) throws(Diagnostics) -> Library {
        try LibraryLoader.load(root: root)
    }

    /// Loads the shipped library with an organisation folder laid over it (`--org`, decision 091).
    public static func load(_ layers: LibraryLayers) throws(Diagnostics) -> Library {
        try LibraryLoader.load(layers)
    }
}
