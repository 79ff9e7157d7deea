import Foundation
import ODF
import Yams

/// The organisation profile, `templates/organisation.yaml` (templates.md §3): available to clauses as
/// `org.*`, with `org.privacy-url` the privacy statement of the document's language.
struct Organisation: Sendable {
    /// `org.name`, `org.visiting-address.street`, `org.dpo.email`, … (not the privacy-statement URLs).
    var values: [String: String]
    /// Privacy-statement URL by language code. The agency refers to its privacy statement in all
    /// official correspondence (domain.md §1), so every language needs one.
    var privacyURLs: [String: String]
    /// Where each language's URL is written (or the `privacy-statement` key).
    var privacyLocation: SourceLocation
    /// The logo (`Pictures/logo.png`) and its pixel size, when the profile names one.
    var logo: Logo?
    /// The file, relative to the library root.
    var file: String

    struct Logo: Sendable {
        var image: ODF.Image
        var pixelWidth: Int
        var pixelHeight: Int
    }

    static let file = "templates/organisation.yaml"

    /// Reads the profile; problems (unreadable logo, bad structure) are returned.
    static func load(root: URL) -> (Organisation?, [Diagnostic]) {
        let url = root.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return (nil, [.error("org.missing", at: SourceLocation(file: file), "the organisation profile is missing")])
        }
        var yaml = YAMLReader(file: file, text: text)
        guard let root = yaml.compose(text, code: "org.syntax"), let map = yaml.mapping(root, "the organisation profile") else {
            return (nil, yaml.bag.items)
        }
        var org = Organisation(values: [:], privacyURLs: [:], privacyLocation: yaml.location(root), logo: nil, file: file)
        func flatten(_ node: Node, prefix: String) {
            switch node {
            case .mapping(let m): for (k, v) in m { flatten(v, prefix: "\(prefix).\(k.string ?? "")") }
            case .scalar(let s) where !s.string.isEmpty: org.values[prefix] = s.string
            default: break
            }
        }
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "privacy-statement":
                org.privacyLocation = yaml.location(keyNode)
                if let urls = yaml.mapping(value, "privacy-statement") {
                    for (lang, url) in urls { org.privacyURLs[lang.string ?? ""] = yaml.string(url, "a URL") }
                }
            case "logo":
                guard let name = yaml.string(value, "logo") else { continue }
                org.logo = loadLogo(url.deletingLastPathComponent().appendingPathComponent(name), at: yaml.location(value), yaml: &yaml)
            default:
                flatten(value, prefix: "org.\(key)")
            }
        }
        if org.values["org.name"] == nil { yaml.bag.error("org.structure", at: yaml.location(root), "the profile needs a name") }
        return (org, yaml.bag.items)
    }

    /// Reads a PNG and its size from the IHDR chunk (PNG spec §11.2.2: width and height, big-endian, at
    /// bytes 16–23).
    private static func loadLogo(_ url: URL, at location: SourceLocation, yaml: inout YAMLReader) -> Logo? {
        guard let data = try? Data(contentsOf: url) else {
            yaml.bag.error("org.logo", at: location, "the logo file cannot be read")
            return nil
        }
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            yaml.bag.error("org.logo", at: location, "the logo must be a PNG file")
            return nil
        }
        func be32(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return Logo(image: ODF.Image(name: "logo.png", data: bytes), pixelWidth: be32(16), pixelHeight: be32(20))
    }
}
