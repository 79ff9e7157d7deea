import PrivdocDiagnostics
import Foundation
import Yams

/// The countries an address may be in (`templates/data/countries.yaml`, decision 180): each ISO 3166-1
/// alpha-2 code with the name the envelope's last line prints for an address abroad — in English and in
/// capitals, as PostNL asks for post from the Netherlands. Kept as data, generated from the iso-codes
/// package by scripts/countries.py, never as Swift constants.
struct CountryList: Sendable, Hashable {
    /// Code → name as printed (`IE` → `IRELAND`).
    var names: [String: String]

    static let file = "templates/data/countries.yaml"
    /// The code of the sending country: an address there gets no country line (PostNL).
    static let home = "NL"

    /// The country line of an address in `code`: nil for the Netherlands, which has none.
    func line(_ code: String) -> String? { code == Self.home ? nil : names[code] }

    /// Reads the list; nil (with no problem) when the library has none, as small fixture libraries do —
    /// then an address with a country is a located error.
    static func load(root: URL) -> (CountryList?, [Diagnostic]) {
        let url = root.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return (nil, []) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, code: .libraryMissing, at: SourceLocation(file: file), "cannot read the file as UTF-8 text")])
        }
        var yaml = YAMLReader(file: file, text: text)
        let list = parse(text, &yaml)
        return (list, yaml.bag.items)
    }

    /// Reads the list; problems are located in the file.
    static func parse(_ text: String, _ yaml: inout YAMLReader) -> CountryList? {
        guard let root = yaml.compose(text, code: .templateSyntax), let map = yaml.mapping(root, "the country list") else { return nil }
        yaml.checkKeys(map, allowed: ["iso-codes-version", "countries"], in: "the country list")
        var names: [String: String] = [:]
        if let entries = map["countries"].flatMap({ yaml.mapping($0, "countries") }) {
            for (key, value) in entries {
                guard let code = yaml.string(key, "a country code"), let name = yaml.string(value, "a country name") else { continue }
                if !CountryCode.isWellFormed(code) {
                    yaml.bag.error(.templateStructure, at: yaml.location(key), "not an ISO 3166-1 alpha-2 code (two capital letters)")
                } else if name.isBlank {
                    yaml.bag.error(.templateStructure, at: yaml.location(value), "the country has no name")
                } else {
                    names[code] = name
                }
            }
        }
        if names[home] == nil { yaml.bag.error(.templateStructure, at: yaml.location(root), "`countries:` does not list \(home)") }
        return CountryList(names: names)
    }
}
