import ClauseSyntax
import PrivdocDiagnostics
import Yams

/// Shared helpers for reading library YAML files: typed access with located errors.
struct YAMLReader {
    /// The file, relative to the library root.
    let file: String
    /// The file's lines, to find the indentation of block scalars.
    let lines: [Substring]
    /// Problems found so far.
    var bag = DiagnosticBag()

    init(file: String, text: String) {
        self.file = file
        self.lines = Self.lines(of: text)
    }

    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found on the UTF-8 bytes: the
    /// Character split was 8% of one letter (issue 17). The same lines exactly: "\r\n" is one Character,
    /// so an LF that follows a CR does not split there either (CRLF files have always been one "line" here;
    /// their origins come from Yams' marks).
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A && previous != 0x0D {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// A reader sharing another's lines (one per clause, so each clause collects its own problems).
    init(file: String, lines: [Substring]) {
        self.file = file
        self.lines = lines
    }

    /// Parses the whole file; nil (with a diagnostic) when it is not YAML.
    mutating func compose(_ text: String, code: DiagnosticCode) -> Node? {
        do {
            return try Self.compose(text)
        } catch {
            bag.add(YAMLSupport.diagnostic(for: error, file: file, code: code))
            return nil
        }
    }

    /// Composes library YAML without implicit tag resolution (decision 130). Every reader here takes a
    /// scalar's text and converts it itself (`integer`, `boolean`), so the resolved tag (`!!int`, `!!bool`)
    /// is never read; Yams' default resolver runs up to seven regular expressions for every scalar, again on
    /// every key comparison (`map["version"]`, the duplicate-key check), and was a third of the load.
    /// The duplicate-key check stays: keys are now compared by their text alone, so `1:` and `"1":` in one
    /// mapping are reported as the duplicates they are for these readers.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .basic)
    }

    func location(_ node: Node) -> SourceLocation { YAMLSupport.location(node, file: file) }

    func origin(_ node: Node) -> TextOrigin { YAMLSupport.textOrigin(node, file: file, source: lines) }

    /// The mapping, or nil with an error.
    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if case .mapping(let m) = node { return m }
        bag.error(.libraryStructure, at: location(node), "\(what) must be a mapping (key: value)")
        return nil
    }

    /// The sequence, or nil with an error.
    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if case .sequence(let s) = node { return Array(s) }
        bag.error(.libraryStructure, at: location(node), "\(what) must be a list")
        return nil
    }

    /// The scalar text, or nil with an error.
    mutating func string(_ node: Node, _ what: String) -> String? {
        if case .scalar(let s) = node, !s.string.isEmpty { return s.string }
        bag.error(.libraryStructure, at: location(node), "\(what) must be a text")
        return nil
    }

    /// A whole number, or nil with an error.
    mutating func integer(_ node: Node, _ what: String) -> Int? {
        if case .scalar(let s) = node, let i = Int(s.string) { return i }
        bag.error(.libraryStructure, at: location(node), "\(what) must be a whole number")
        return nil
    }

    /// `true`/`false`, or nil with an error.
    mutating func boolean(_ node: Node, _ what: String) -> Bool? {
        if case .scalar(let s) = node, let answer = YesNo.parse(s.string) { return answer }
        bag.error(.libraryStructure, at: location(node), "\(what) must be true or false (\(YesNo.accepted))")
        return nil
    }

    /// An id: lower-case words separated by `.`, `-` or `_`.
    mutating func id(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        let ok = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
        if !ok { bag.error(.libraryStructure, at: location(node), "\(what) may only hold a-z, 0-9, `.`, `-` and `_`") }
        return ok ? text : nil
    }

    /// Reports keys not in `allowed` (typos should not pass silently).
    mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, in what: String) {
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                bag.error(.libraryStructure, at: location(key),
                          "unknown key `\(name)` in \(what); allowed: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    /// A condition written in a YAML scalar.
    mutating func condition(_ node: Node) -> Guard? {
        guard let text = string(node, "a condition") else { return nil }
        let (condition, problems) = ConditionParser.parse(text, origin: origin(node))
        bag.add(contentsOf: problems)
        return condition.map { Guard(condition: $0, source: text) }
    }
}
