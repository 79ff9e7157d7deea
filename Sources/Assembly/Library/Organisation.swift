import ClauseSyntax
import PrivdocDiagnostics
import Foundation
import ODF
import Yams

/// The organisation profile, `templates/organisation.yaml` (templates.md §3): available to clauses as
/// `org.*`, with `org.privacy-url` the privacy statement of the document's language.
///
/// A class: every document reads it, and sharing one reference is cheaper than copying its
/// dictionaries and logo bytes into each read.
final class Organisation: Sendable {
    /// `org.name`, `org.visiting-address.street`, `org.dpo.email`, … (not the privacy-statement URLs).
    let values: [String: String]
    /// Privacy-statement URL by language code. The agency refers to its privacy statement in all
    /// official correspondence (domain.md §1), so every language needs one.
    let privacyURLs: [String: String]
    /// Where each language's URL is written (or the `privacy-statement` key).
    let privacyLocation: SourceLocation
    /// Values written once per language (`deciding-body: {nl: het dagelijks bestuur, en: the executive
    /// board}`), by path and language code: `org.deciding-body` reads the document's language
    /// (Organisation+Localized.swift).
    let localized: [String: [String: String]]
    /// Where each per-language value is written.
    let localizedLocations: [String: SourceLocation]
    /// The languages of the privacy statement in the order the profile lists them: `org.statement-languages`,
    /// so the letter's sentence naming them is derived from the profile, never written into a clause.
    let statementLanguages: [String]
    /// The logo (`Pictures/logo.png` or `logo.jpg`) and its pixel size, when the profile names one.
    let logo: Logo?
    /// Why the logo the profile names cannot be used; every letter is refused with it.
    let logoProblem: Diagnostic?
    /// The file, relative to the library root.
    let file: String
    /// The letterhead lines, composed once from `values`.
    let letterhead: Letterhead
    /// `house-style:` — the organisation's reference document (relative to the profile's folder) and
    /// where the profile names it.
    let houseStyleReference: (path: String, location: SourceLocation)?
    /// `besluit-language:` — how a besluit goes out in another language than Dutch (Awb 2:6).
    let besluitLanguage: BesluitLanguage

    /// The two ways domain.md §8 calls safe for a besluit in another language (Awb 2:6(2): a translated
    /// besluit says whether it is the decision or a translation of it).
    enum BesluitLanguage: String, CaseIterable, Sendable {
        /// The Dutch besluit, then in the same document its translation, headed with a notice (default).
        case dutchAndTranslation = "dutch-and-translation"
        /// The translation alone, which says at its top that it is one and that the Dutch text is the decision.
        case translationOnly = "translation-only"
    }

    init(values: [String: String], privacyURLs: [String: String], privacyLocation: SourceLocation, logo: Logo?, file: String,
         houseStyleReference: (path: String, location: SourceLocation)? = nil, logoProblem: Diagnostic? = nil,
         localized: [String: [String: String]] = [:], localizedLocations: [String: SourceLocation] = [:],
         statementLanguages: [String] = [], besluitLanguage: BesluitLanguage = .dutchAndTranslation) {
        self.besluitLanguage = besluitLanguage
        self.localized = localized
        self.localizedLocations = localizedLocations
        self.statementLanguages = statementLanguages
        self.logoProblem = logoProblem
        self.houseStyleReference = houseStyleReference
        self.values = values
        self.privacyURLs = privacyURLs
        self.privacyLocation = privacyLocation
        self.logo = logo
        self.file = file
        self.letterhead = Letterhead(values)
    }

    struct Logo: Sendable {
        var image: ODF.Image
        var pixelWidth: Int
        var pixelHeight: Int
    }

    static let file = "templates/organisation.yaml"

    /// The privacy statement a document in `language` refers to: the one in that language; where the
    /// organisation publishes none in it, the English one, else the Dutch one (decision 091). The one rule,
    /// used by rendering, lint and `privdoc reference`.
    func privacyStatement(for language: String) -> (url: String, language: String)? {
        // English as the lingua franca of a reader who has no statement in their language, then Dutch, the
        // language every statement of a Dutch body exists in (Awb 2:6, SourceLanguage).
        for code in [language, "en", SourceLanguage.code] {
            if let url = privacyURLs[code] { return (url, code) }
        }
        return nil
    }

    /// Reads the profile at `url` (named `file` in messages); problems (unreadable logo, bad structure)
    /// are returned. Files the profile names (logo, house style) are relative to its folder.
    static func load(url: URL, file: String) -> (Organisation?, [Diagnostic]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (nil, [.error(.orgMissing, at: SourceLocation(file: file), "the organisation profile is missing")])
        }
        var yaml = YAMLReader(file: file, text: text)
        guard let root = yaml.compose(text, code: .orgSyntax), let map = yaml.mapping(root, "the organisation profile") else {
            return (nil, yaml.bag.items)
        }
        var values: [String: String] = [:]
        var privacyURLs: [String: String] = [:]
        var privacyLocation = yaml.location(root)
        var logo: Logo?
        var logoProblem: Diagnostic?
        var houseStyle: (path: String, location: SourceLocation)?
        var localized: [String: [String: String]] = [:]
        var localizedLocations: [String: SourceLocation] = [:]
        var statementLanguages: [String] = []
        var besluitLanguage = BesluitLanguage.dutchAndTranslation
        func flatten(_ node: Node, prefix: String) {
            switch node {
            case .mapping(let m) where Self.isPerLanguage(m):
                localizedLocations[prefix] = yaml.location(node)
                for (k, v) in m { if let text = yaml.string(v, "a text") { localized[prefix, default: [:]][k.string ?? ""] = text } }
            case .mapping(let m): for (k, v) in m { flatten(v, prefix: "\(prefix).\(k.string ?? "")") }
            case .scalar(let s) where !s.string.isEmpty:
                // A control character would reach every letter's letterhead (decision 013).
                if let (scalar, _) = TextCharacters.firstForbidden(in: s.string) {
                    yaml.bag.error(.orgCharacter, at: yaml.location(node), field: prefix,
                                   TextCharacters.message(scalar, in: "the organisation profile"))
                }
                values[prefix] = s.string
            default: break
            }
        }
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "privacy-statement":
                privacyLocation = yaml.location(keyNode)
                if let urls = yaml.mapping(value, "privacy-statement") {
                    for (lang, url) in urls {
                        guard let text = yaml.string(url, "a URL") else { continue }
                        if let (scalar, _) = TextCharacters.firstForbidden(in: text) {
                            yaml.bag.error(.orgCharacter, at: yaml.location(url), field: "privacy-statement.\(lang.string ?? "")",
                                           TextCharacters.message(scalar, in: "the organisation profile"))
                        }
                        privacyURLs[lang.string ?? ""] = text
                        statementLanguages.append(lang.string ?? "")
                    }
                }
            case "logo":
                guard let name = yaml.string(value, "logo") else { continue }
                switch loadLogo(url.deletingLastPathComponent().appendingPathComponent(name), at: yaml.location(value), yaml: &yaml) {
                case .success(let l): logo = l
                case .failure(let d): logoProblem = d
                }
            case "house-style":
                guard let name = yaml.string(value, "house-style") else { continue }
                houseStyle = (name, yaml.location(value))
            case "besluit-language":
                guard let text = yaml.string(value, "besluit-language") else { continue }
                if let known = BesluitLanguage(rawValue: text) { besluitLanguage = known } else {
                    yaml.bag.error(.orgStructure, at: yaml.location(value), field: "besluit-language",
                                   "must be \(BesluitLanguage.allCases.map(\.rawValue).joined(separator: " or "))")
                }
            default:
                flatten(value, prefix: "org.\(key)")
            }
        }
        if values["org.name"] == nil { yaml.bag.error(.orgStructure, at: yaml.location(root), "the profile needs a name") }
        let org = Organisation(values: values, privacyURLs: privacyURLs, privacyLocation: privacyLocation, logo: logo, file: file,
                               houseStyleReference: houseStyle, logoProblem: logoProblem,
                               localized: localized, localizedLocations: localizedLocations, statementLanguages: statementLanguages,
                               besluitLanguage: besluitLanguage)
        return (org, yaml.bag.items)
    }

    /// Reads the logo (PNG or JPEG) and its size. A problem is reported for lint and kept: every letter
    /// refuses to render with it (`logoProblem`), rather than quietly leaving the logo out.
    private static func loadLogo(_ url: URL, at location: SourceLocation, yaml: inout YAMLReader) -> Result<Logo, Diagnostic> {
        let problem: String
        if let data = FileManager.default.contents(atPath: url.path) {
            let bytes = [UInt8](data)
            switch LogoImage.inspect(bytes) {
            case .success(let (format, width, height)):
                return .success(Logo(image: ODF.Image(name: format.fileName, data: bytes), pixelWidth: width, pixelHeight: height))
            case .failure(.unsupported): problem = "the logo must be a PNG or JPEG file"
            case .failure(.damaged): problem = "the logo file is damaged: its PNG or JPEG header cannot be read"
            case .failure(.empty): problem = "the logo has a width or height of zero pixels"
            }
        } else {
            problem = "the logo file cannot be read"
        }
        let diagnostic = Diagnostic.error(.orgLogo, at: location, field: "logo", problem)
        yaml.bag.add(diagnostic)
        return .failure(diagnostic)
    }
}
