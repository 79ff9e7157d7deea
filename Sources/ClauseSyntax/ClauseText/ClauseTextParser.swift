import PrivdocDiagnostics

/// Parses a clause text (templates.md §1.1–1.4) into `TextNode`s, collecting located errors.
///
/// A hand-written parser in the manner of Ink: a value-type `TextReader` cursor and an explicit stack of
/// open frames (emphasis, strong, link text, conditional), so the parser itself never recurses. Lines are
/// read one at a time; a line holding nothing but `{{#if …}}`, `{{else}}` or `{{/if}}` is *standalone* and
/// vanishes with its line break (as in Mustache), so conditionals can wrap whole paragraphs and list items.
///
/// The stack is the nesting of the tree it builds: it never holds more than `SyntaxLimits.maxNesting`
/// frames above the root. Reaching the limit is one `clause.limit` error and the end of the parse, so
/// no tree it returns is deeper (templates.md §1.6).
struct ClauseTextParser {
    var reader: TextReader
    let origin: TextOrigin
    private(set) var diagnostics: [Diagnostic] = []
    var stack: [Frame]
    /// Set when a limit is reached: the rest of the text is not read.
    private(set) var stopped = false

    /// An open construct and the nodes collected inside it so far.
    struct Frame {
        enum Kind {
            case root, emphasis, strong, link
            case conditional(Condition, source: String, then: [TextNode]?)   // `then` is set once `{{else}}` is seen
        }
        var kind: Kind
        var start: TextPosition
        var nodes: [TextNode] = []
        /// Literal text not yet turned into a node (scalars: appending to a `String` one scalar at a time
        /// goes through a slow generic path).
        var pending: [Unicode.Scalar] = []

        var isInline: Bool {
            switch kind {
            case .emphasis, .strong, .link: return true
            case .root, .conditional: return false
            }
        }

        var name: String {
            switch kind {
            case .root: return "text"
            case .emphasis: return "*…*"
            case .strong: return "**…**"
            case .link: return "[…]"
            case .conditional: return "{{#if}}"
            }
        }

        mutating func flush() {
            guard !pending.isEmpty else { return }
            var text = ""
            text.unicodeScalars.append(contentsOf: pending)
            nodes.append(.text(text))
            pending.removeAll(keepingCapacity: true)
        }

        mutating func append(_ node: TextNode) { flush(); nodes.append(node) }
    }

    init(text: String, origin: TextOrigin) {
        reader = TextReader(text)
        self.origin = origin
        stack = [Frame(kind: .root, start: .start)]
    }

    /// Parses the whole text.
    mutating func parse() -> [TextNode] {
        while !reader.didReachEnd, !stopped {
            parseLine()
        }
        while stack.count > 1 {
            let frame = stack[stack.count - 1]
            if !stopped {
                error(at: frame.start, frame.isInline
                      ? "\(frame.name) is not closed; write a backslash before a character you mean literally (\\*, \\[)"
                      : "{{#if}} is not closed with {{/if}}")
            }
            closeTop()
        }
        stack[0].flush()
        return stack[0].nodes
    }

    /// Reads one source line, including its line break.
    private mutating func parseLine() {
        let rest = reader.restOfLine
        if rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            reader.advance(by: rest.count + 1)
            structural(.paragraphBreak, at: reader.position)
            return
        }
        if isStandaloneTag(rest) {
            reader.skipSpaces()
            parseTag()
            reader.advance(by: reader.restOfLine.count + 1)
            return
        }
        let indent = reader.skipSpaces()
        let start = reader.position
        var kind = LineKind.plain
        if indent >= 2 {
            kind = .continuation
        } else if reader.read("- ") {
            kind = .bullet
        } else if let digits = leadingNumberMarker() {
            reader.advance(by: digits + 2)
            kind = .numbered
        }
        structural(.line(kind), at: start)
        if kind == .bullet || kind == .numbered { reader.skipSpaces() }
        parseInline()
        trimTrailingSpaces()
        reader.advance()   // the line break (no-op at the end)
    }

    /// `12. ` at the cursor: the number of digits, or nil.
    private func leadingNumberMarker() -> Int? {
        var digits = 0
        while let s = reader.peek(digits), ("0"..."9").contains(s) { digits += 1 }
        guard digits > 0, reader.peek(digits) == ".", reader.peek(digits + 1) == " " else { return nil }
        return digits
    }

    /// Whether a line holds only one conditional tag (and spaces).
    private func isStandaloneTag(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.contains("{") else { return false }
        var raw = ""
        raw.unicodeScalars.append(contentsOf: line)
        let text = raw.trimmingSpaces
        guard text.hasPrefix("{{"), text.hasSuffix("}}"), text.count > 4 else { return false }
        let inner = text.dropFirst(2).dropLast(2)
        guard !inner.contains("{{"), !inner.contains("}}") else { return false }
        let tag = String(inner).trimmingSpaces
        return tag == "else" || tag == "/if" || tag.hasPrefix("#if ")
    }

    /// Appends a line marker or paragraph break; inside `*…*` or `[…]` a new line is just a space and a
    /// blank line or list item is an error (inline markup cannot span paragraphs).
    private mutating func structural(_ node: TextNode, at position: TextPosition) {
        guard let inline = stack.last(where: \.isInline) else {
            stack[stack.count - 1].append(node)
            return
        }
        switch node {
        case .line(.plain), .line(.continuation):
            stack[stack.count - 1].append(.softBreak)
        case .line:
            error(at: position, "a list item cannot start inside \(inline.name) opened at line \(inline.start.line + 1)")
            stack[stack.count - 1].append(.softBreak)
        default:
            error(at: inline.start, "\(inline.name) is not closed before the end of the paragraph; write a backslash before a character you mean literally (\\*, \\[)")
            while stack.contains(where: \.isInline) { closeTop() }
            stack[stack.count - 1].append(node)
        }
    }

    /// Drops spaces at the end of a line (they carry no meaning).
    private mutating func trimTrailingSpaces() {
        let top = stack.count - 1
        while let last = stack[top].pending.last, last == " " || last == "\t" || last == "\r" {
            stack[top].pending.removeLast()
        }
    }

    /// Opens a construct, unless that would nest deeper than `SyntaxLimits.maxNesting`: then the parse
    /// ends with one `clause.limit` error at the construct (the frames open so far close quietly).
    mutating func open(_ kind: Frame.Kind, at position: TextPosition) {
        let frame = Frame(kind: kind, start: position)
        guard stack.count <= SyntaxLimits.maxNesting else {
            record(.error(.clauseLimit, at: origin.location(of: position),
                          "\(frame.name) would be nested \(stack.count) levels deep; markup and {{#if}} may be nested at most \(SyntaxLimits.maxNesting) levels (templates.md §1.6)"))
            stopped = true
            return
        }
        stack.append(frame)
    }

    /// Closes the innermost frame into its parent (also used to recover after an error).
    mutating func closeTop() {
        var frame = stack.removeLast()
        frame.flush()
        let node: TextNode
        switch frame.kind {
        case .root: stack.append(frame); return
        case .emphasis: node = .emphasis(frame.nodes)
        case .strong: node = .strong(frame.nodes)
        case .link: node = .link(url: [], content: frame.nodes)
        case .conditional(let condition, let source, let then):
            node = .conditional(Conditional(condition: condition, source: source, then: then ?? frame.nodes,
                                            otherwise: then == nil ? [] : frame.nodes,
                                            location: origin.location(of: frame.start)))
        }
        stack[stack.count - 1].append(node)
    }

    /// Records an error at a position of the text.
    mutating func error(at position: TextPosition, _ message: String) {
        record(.error(.clauseSyntax, at: origin.location(of: position), message))
    }

    /// Keeps a problem, up to `SyntaxLimits.maxProblemsPerText`; the one after that ends the parse with a
    /// note that the rest are left out.
    mutating func record(_ diagnostic: Diagnostic) {
        guard !stopped else { return }
        guard diagnostics.count < SyntaxLimits.maxProblemsPerText else {
            diagnostics.append(.error(.clauseLimit, at: diagnostic.location,
                                      "more than \(SyntaxLimits.maxProblemsPerText) problems in this text; the rest are not reported"))
            stopped = true
            return
        }
        diagnostics.append(diagnostic)
    }

    /// Appends literal text to the innermost frame.
    mutating func literal(_ scalar: Unicode.Scalar) {
        stack[stack.count - 1].pending.append(scalar)
    }
}
