import DelimitedText
import PrivdocDiagnostics

/// Reads a YAML case file into `CaseNode`s for the builder (decision 020), from libyaml's events:
/// aliases are refused where they appear (`case.alias`), nesting past `CaseInputLimits.maximumDepth` is
/// refused (`case.limit`), and nothing recurses, so no input can exhaust memory or the stack.
///
/// Scalars keep their text as written (`2026.10`, `010`, `yes`); a plain `~`, `null`, `Null`, `NULL` or
/// nothing is null. Keys must be text; one document per file.
enum YAMLCaseReader {
    static func read(_ text: String, file: String, limits: CaseInputLimits = .standard) throws(Diagnostics) -> CaseData {
        var builder = CaseDataBuilder(origin: SourceLocation(file: file), limits: limits)
        switch parse(text, file: file, limits: limits) {
        case .success(let root): builder.addRoot(root)
        case .failure(let problem): throw Diagnostics([problem])
        }
        return try builder.build()
    }

    /// A container being read.
    private enum Frame {
        case mapping(at: SourceLocation, members: [CaseNode.Member], key: (String, SourceLocation)?)
        case list(at: SourceLocation, items: [CaseNode])
    }

    static func parse(_ text: String, file: String, limits: CaseInputLimits) -> Result<CaseNode, Diagnostic> {
        let events = LibYAMLEvents(text)
        var stack: [Frame] = []
        var root: CaseNode?
        var documents = 0
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        /// Hands a finished value to its container; an error when a mapping or list is used as a key.
        func deliver(_ node: CaseNode) -> Diagnostic? {
            guard let top = stack.popLast() else { root = node; return nil }
            switch top {
            case .list(let start, var items):
                items.append(node)
                stack.append(.list(at: start, items: items))
            case .mapping(let start, var members, let key?):
                members.append(CaseNode.Member(key: key.0, keyLocation: key.1, value: node))
                stack.append(.mapping(at: start, members: members, key: nil))
            case .mapping(let start, let members, nil):
                guard case .scalar(let name) = node.kind else {
                    return .error(.caseStructure, at: node.location, "a field name must be text, not a list or mapping")
                }
                stack.append(.mapping(at: start, members: members, key: (name, node.location)))
            }
            return nil
        }
        while true {
            let event: LibYAMLEvents.Event, line: Int, column: Int
            do { (event, line, column) = try events.next() } catch {
                // libyaml's scanner runs ahead of the events and has its own nesting limit (1 000).
                if error.message.contains("Maximum nesting level") {
                    return .failure(.error(.caseLimit, at: at(error.line, error.column), "nested more than \(limits.maximumDepth) levels deep"))
                }
                return .failure(.error(.caseSyntax, at: at(error.line, error.column), error.message))
            }
            switch event {
            case .streamStart, .documentEnd:
                continue
            case .documentStart:
                documents += 1
                if documents > 1 {
                    return .failure(.error(.caseStructure, at: at(line, column), "one case per file: a second YAML document starts here"))
                }
            case .streamEnd:
                return .success(root ?? CaseNode(.null, at: SourceLocation(file: file)))
            case .alias(let anchor):
                return .failure(.error(.caseAlias, at: at(line, column),
                    "an alias (*\(anchor.prefix(40))) is not allowed in case data: write the value out in full"))
            case .scalar(let value, let plain):
                let isNull = plain && ["", "~", "null", "Null", "NULL"].contains(value)
                if let problem = deliver(CaseNode(isNull ? .null : .scalar(value), at: at(line, column))) { return .failure(problem) }
            case .mappingStart, .sequenceStart:
                if stack.count >= limits.maximumDepth {
                    return .failure(.error(.caseLimit, at: at(line, column), "nested more than \(limits.maximumDepth) levels deep"))
                }
                if case .mappingStart = event {
                    stack.append(.mapping(at: at(line, column), members: [], key: nil))
                } else {
                    stack.append(.list(at: at(line, column), items: []))
                }
            case .mappingEnd, .sequenceEnd:
                guard let top = stack.popLast() else { continue }
                let node: CaseNode
                switch top {
                case .mapping(let start, let members, _): node = CaseNode(.mapping(members), at: start)
                case .list(let start, let items): node = CaseNode(.list(items), at: start)
                }
                if let problem = deliver(node) { return .failure(problem) }
            }
        }
    }
}
