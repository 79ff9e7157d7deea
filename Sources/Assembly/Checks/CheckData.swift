import PrivdocDiagnostics
import Foundation
import Yams

/// The data the built-in checks read, kept as data in the library (`templates/data/`), never in Swift:
/// the EEA countries and the plausibility thresholds.
struct CheckData: Sendable {
    /// ISO 3166-1 alpha-2 codes of the EEA countries (`templates/data/eea-countries.yaml`).
    var eea: Set<String>
    /// The thresholds of the plausibility warnings (`templates/data/plausibility.yaml`).
    var plausibility: PlausibilityThresholds

    static let eeaFile = "templates/data/eea-countries.yaml"
    static let plausibilityFile = "templates/data/plausibility.yaml"

    /// Reads both files; nil (with no problem) when the library has neither, as small fixture
    /// libraries do — a template that asks for a check then gets a located error.
    static func load(root: URL) -> (CheckData?, [Diagnostic]) {
        let fm = FileManager.default
        let eeaURL = root.appendingPathComponent(eeaFile), plausibilityURL = root.appendingPathComponent(plausibilityFile)
        guard fm.fileExists(atPath: eeaURL.path) || fm.fileExists(atPath: plausibilityURL.path) else { return (nil, []) }
        var bag = DiagnosticBag()
        var eea: Set<String> = []
        if let (text, reader) = read(eeaURL, eeaFile, &bag) {
            var yaml = reader
            guard let root = yaml.compose(text, code: .templateSyntax),
                  let map = yaml.mapping(root, "the EEA list") else { return (nil, bag.items + yaml.bag.items) }
            yaml.checkKeys(map, allowed: ["eea"], in: "the EEA list")
            for node in map["eea"].flatMap({ yaml.sequence($0, "eea") }) ?? [] {
                guard let code = yaml.string(node, "a country code") else { continue }
                if CountryCode.isWellFormed(code) { eea.insert(code) } else {
                    yaml.bag.error(.templateStructure, at: yaml.location(node), "not an ISO 3166-1 alpha-2 code (two capital letters)")
                }
            }
            if eea.isEmpty { yaml.bag.error(.templateStructure, at: yaml.location(root), "`eea:` lists no countries") }
            bag.add(contentsOf: yaml.bag.items)
        }
        var thresholds = PlausibilityThresholds()
        if let (text, reader) = read(plausibilityURL, plausibilityFile, &bag) {
            var yaml = reader
            guard let root = yaml.compose(text, code: .templateSyntax) else { return (nil, bag.items + yaml.bag.items) }
            thresholds = PlausibilityThresholds.parse(root, &yaml)
            bag.add(contentsOf: yaml.bag.items)
        }
        return (CheckData(eea: eea, plausibility: thresholds), bag.items)
    }

    private static func read(_ url: URL, _ file: String, _ bag: inout DiagnosticBag) -> (String, YAMLReader)? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            bag.error(.libraryMissing, at: SourceLocation(file: file), "cannot read the file as UTF-8 text")
            return nil
        }
        return (text, YAMLReader(file: file, text: text))
    }
}

/// ISO 3166-1 alpha-2 country codes.
enum CountryCode {
    /// Two capital ASCII letters (`NL`, `US`).
    static func isWellFormed(_ code: String) -> Bool {
        code.utf8.count == 2 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
