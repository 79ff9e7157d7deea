import PrivdocDiagnostics
import Yams

/// The thresholds of the plausibility warnings, read from `templates/data/plausibility.yaml` (the
/// file explains each one and cites the article it comes from).
struct PlausibilityThresholds: Sendable {
    /// GDPR art. 33(1): 72 hours for the controller.
    var legalMaximumHours = 72
    /// The controller's own working margin within those hours.
    var marginHours = 24
    /// The longest plausible return-or-delete term.
    var maximumReturnDays = 90
    /// Words that mark a benefits file (special categories expected).
    var specialCategoryWords: [String] = []
    /// Words that mark a fraud file (criminal data expected).
    var criminalDataWords: [String] = []

    /// The longest plausible breach-notification term of the processor.
    var maximumNotifyHours: Int { legalMaximumHours - marginHours }

    static func parse(_ root: Node, _ yaml: inout YAMLReader) -> PlausibilityThresholds {
        var out = PlausibilityThresholds()
        guard let map = yaml.mapping(root, "the plausibility thresholds") else { return out }
        yaml.checkKeys(map, allowed: ["breach-notification", "return-or-delete", "benefits-or-fraud-words"], in: "the plausibility thresholds")
        func integer(_ section: String, _ key: String) -> Int? {
            guard let node = map[section], let inner = yaml.mapping(node, section), let value = inner[key] else {
                yaml.bag.error(.templateStructure, at: yaml.location(root), field: "\(section).\(key)", "required")
                return nil
            }
            return yaml.integer(value, key)
        }
        out.legalMaximumHours = integer("breach-notification", "legal-maximum-hours") ?? out.legalMaximumHours
        out.marginHours = integer("breach-notification", "margin-hours") ?? out.marginHours
        out.maximumReturnDays = integer("return-or-delete", "maximum-days") ?? out.maximumReturnDays
        if let node = map["benefits-or-fraud-words"], let words = yaml.mapping(node, "benefits-or-fraud-words") {
            yaml.checkKeys(words, allowed: ["special-categories", "criminal-data"], in: "benefits-or-fraud-words")
            func list(_ key: String) -> [String] {
                (words[key].flatMap { yaml.sequence($0, key) } ?? []).compactMap { yaml.string($0, "a word")?.lowercased() }
            }
            out.specialCategoryWords = list("special-categories")
            out.criminalDataWords = list("criminal-data")
        }
        return out
    }
}
