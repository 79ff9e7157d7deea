import ClauseSyntax
import PrivdocDiagnostics
import Yams

/// Small helpers over Yams nodes: locations, typed access and error conversion.
enum YAMLSupport {
    /// The location of a node (`file:line:column`, 1-based, columns in Unicode scalars as libyaml counts).
    static func location(_ node: Node, file: String) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Where the text of a scalar starts, for locating errors inside it: a block scalar (`|`, `>`)
    /// starts on the next line at its indentation, a quoted one a column after the quote.
    static func textOrigin(_ node: Node, file: String, source: [Substring]) -> TextOrigin {
        let base = location(node, file: file)
        guard case .scalar(let scalar) = node, let mark = scalar.mark else { return TextOrigin(base: base) }
        switch scalar.style {
        case .literal, .folded:
            var line = mark.line   // 1-based index of the indicator's line = 0-based index of the next
            while line < source.count, source[line].allSatisfy({ $0 == " " }) { line += 1 }
            let indent = line < source.count ? source[line].prefix { $0 == " " }.count : 0
            return TextOrigin(base: SourceLocation(file: file, line: mark.line + 1, column: indent + 1),
                              blockIndent: indent)
        case .singleQuoted, .doubleQuoted:
            return TextOrigin(base: SourceLocation(file: file, line: mark.line, column: mark.column + 1))
        default:
            return TextOrigin(base: base)
        }
    }

    /// A diagnostic for a Yams error, built from the problem and mark only: Yams' own description quotes
    /// the surrounding text, which in case data is personal data.
    static func diagnostic(for error: Error, file: String, code: DiagnosticCode) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error(code, at: SourceLocation(file: file), "cannot be read as YAML")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text): " } ?? ""
            return .error(code, at: SourceLocation(file: file, line: mark.line, column: mark.column),
                          "not valid YAML/JSON: \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(code, at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                          "the key \(duplicates.joined(separator: ", ")) appears more than once in one mapping")
        case let .reader(problem, _, _, _):
            return .error(code, at: SourceLocation(file: file), "cannot be read: \(problem)")
        default:
            return .error(code, at: SourceLocation(file: file), "cannot be read as YAML")
        }
    }

    /// A scalar's text, or nil for other nodes.
    static func string(_ node: Node?) -> String? {
        guard case .scalar(let scalar)? = node else { return nil }
        return scalar.string
    }
}
