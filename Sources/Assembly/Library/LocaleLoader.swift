import ClauseSyntax
import PrivdocDiagnostics
import ODF
import Foundation
import Yams

/// Reads one language folder: `locale.yaml` and every clause file beside it.
enum LocaleLoader {
    /// `overrides`: the organisation's clause files for this language (decision 091), applied after the
    /// shipped ones.
    static func load(folder: URL, code: String, overrides: [OrganisationLayer.File] = [], plurals: PluralRules? = nil) -> (LocaleBundle, [Diagnostic]) {
        var bag = DiagnosticBag()
        let relative = "locales/\(code)"
        let localeFile = "\(relative)/locale.yaml"
        var name = code, region: String?, direction = TextDirection.leftToRight, letters = ListLetters.latin
        if let text = try? String(contentsOf: folder.appendingPathComponent("locale.yaml"), encoding: .utf8) {
            var yaml = YAMLReader(file: localeFile, text: text)
            if let root = yaml.compose(text, code: .localeSyntax), let map = yaml.mapping(root, "locale.yaml") {
                yaml.checkKeys(map, allowed: ["language", "name", "region", "direction", "lettered-list"], in: "locale.yaml")
                if let node = map["language"], let lang = yaml.string(node, "language"), lang != code {
                    yaml.bag.error(.localeStructure, at: yaml.location(node), "language must equal the folder name (\(code))")
                }
                name = map["name"].flatMap { yaml.string($0, "name") } ?? code
                region = map["region"].flatMap { yaml.string($0, "region") }
                if let node = map["direction"], let text = yaml.string(node, "direction") {
                    switch text {
                    case "ltr": direction = .leftToRight
                    case "rtl": direction = .rightToLeft
                    default: yaml.bag.error(.localeStructure, at: yaml.location(node), "direction must be ltr or rtl")
                    }
                }
                if let node = map["lettered-list"], let parsed = ListLetters.parse(node, &yaml) { letters = parsed }
            }
            bag.add(contentsOf: yaml.bag.items)
        } else {
            bag.error(.localeMissing, at: SourceLocation(file: localeFile), "every language folder needs a locale.yaml")
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && $0 != "locale.yaml" }
            .sorted()
        var clauses: [String: Clause] = [:]
        for file in files {
            let path = "\(relative)/\(file)"
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else {
                bag.error(.clauseRead, at: SourceLocation(file: path), "cannot read the file as UTF-8 text")
                continue
            }
            let (loaded, problems) = ClauseFileLoader.load(text: text, file: path, language: code,
                                                           isSource: code == SourceLanguage.code)
            bag.add(contentsOf: problems)
            for var clause in loaded {
                if let first = clauses[clause.id] {
                    clause = first
                    clause.keyProblems.append(.error(.clauseDuplicate, at: loaded.first { $0.id == first.id }?.location,
                                                  "clause \(first.id) is defined twice in \(code) (first at \(first.location))"))
                }
                clauses[clause.id] = clause
            }
        }
        OrganisationLayer.apply(overrides, to: &clauses, language: code, bag: &bag)
        var formatting = LocaleFormatting(language: code, region: region)
        formatting.plurals = plurals
        let bundle = LocaleBundle(code: code, name: name, region: region, direction: direction, clauses: clauses,
                                  formatting: formatting, listLetters: letters, file: localeFile)
        return (bundle, bag.items)
    }
}
