import PrivdocDiagnostics
import Yams

/// A template's kind, read from its header alone (decision 132): the part of the file before the first
/// line that starts one of the large top-level keys (`fields:`, `computed:`, `rules:`, `checks:`,
/// `body:`) at column 0. In block YAML such a line always begins a new top-level key, so the header is
/// itself a YAML mapping, composed by the same parser as the whole file and read by the same
/// `TemplateLoader.kind(of:)`. Finding the kind of a command this way costs a few lines per template
/// instead of parsing every template's body.
///
/// When the header does not give a kind cleanly — the keys come in another order, or it is not a mapping
/// of header keys — the answer is nil and the caller parses the whole file, which reports any problem.
enum TemplateHeader {
    /// The top-level keys a header may hold.
    static let keys: Set<String> = ["id", "version", "layout", "title", "subtitle", "subject", "languages", "command",
                                    "kind", "description", "besluit"]
    /// The top-level keys that end it.
    static let endKeys: [[UInt8]] = TemplateLoader.topKeys.subtracting(keys).sorted().map { Array($0.utf8) + [UInt8(ascii: ":")] }

    /// The kind the header declares, or nil (then parse the whole file).
    static func kind(text: String, file: String, templateID: String) -> DocumentKind? {
        guard case .mapping(let map)? = try? YAMLReader.compose(String(header(of: text))),
              map.keys.allSatisfy({ $0.string.map(keys.contains) ?? false }) else { return nil }
        var yaml = YAMLReader(file: file, text: "")
        let kind = TemplateLoader.kind(of: map, templateID: templateID, yaml: &yaml)
        return yaml.bag.items.isEmpty ? kind : nil
    }

    /// The kind from the header, else from the whole file composed — for callers that need the kind
    /// only: `--help` (`DocumentKind.scan`) and the shipped template an unreadable organisation template
    /// replaces (`TemplateStore`).
    static func kindReadingWholeIfNeeded(text: String, file: String, templateID: String) -> DocumentKind? {
        if let kind = kind(text: text, file: file, templateID: templateID) { return kind }
        guard case .mapping(let map)? = try? YAMLReader.compose(text) else { return nil }
        var yaml = YAMLReader(file: file, text: "")
        return TemplateLoader.kind(of: map, templateID: templateID, yaml: &yaml)
    }

    /// The text before the first line that starts an end key at column 0 (the whole text if none does).
    static func header(of text: String) -> Substring {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            if startsEndKey(bytes[lineStart...]) { return text[..<lineStart] }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            lineStart = bytes.index(after: newline)
        }
        return text[...]
    }

    /// `key:` followed by a space, a tab, a line break or the end.
    private static func startsEndKey(_ line: Substring.UTF8View) -> Bool {
        endKeys.contains { key in
            guard line.starts(with: key) else { return false }
            let after = line.index(line.startIndex, offsetBy: key.count)
            return after == line.endIndex || [0x20, 0x09, 0x0A, 0x0D].contains(line[after])
        }
    }
}
