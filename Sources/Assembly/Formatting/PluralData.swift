import PrivdocDiagnostics
import Foundation
import Yams

/// Reads `templates/data/cldr-plurals.yaml`: CLDR's plural rules for the shipped languages, with the CLDR
/// release they come from (decision 110).
enum PluralData {
    static let file = "templates/data/cldr-plurals.yaml"

    /// The rules by language, and problems (a missing file leaves every language without rules: then a
    /// `plural:` placeholder is a lint and render error).
    static func load(root: URL) -> ([String: PluralRules], [Diagnostic]) {
        guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { return ([:], []) }
        var yaml = YAMLReader(file: file, text: text)
        guard let node = yaml.compose(text, code: .localeSyntax), let map = yaml.mapping(node, "the plural rules"),
              let languagesNode = map["languages"], let languages = yaml.mapping(languagesNode, "languages") else {
            return ([:], yaml.bag.items)
        }
        var out: [String: PluralRules] = [:]
        for (codeNode, rulesNode) in languages {
            guard let code = codeNode.string, let rules = yaml.mapping(rulesNode, "the rules of \(codeNode.string ?? "")") else { continue }
            var texts: [String: String] = [:]
            for (category, rule) in rules { texts[category.string ?? ""] = rule.string ?? "" }
            switch PluralRules.parse(texts) {
            case .success(let parsed): out[code] = parsed
            case .failure(let error): yaml.bag.error(.localeStructure, at: yaml.location(rulesNode), "plural rules of \(code): \(error.message)")
            }
        }
        return (out, yaml.bag.items)
    }
}
