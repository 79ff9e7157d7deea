/// Inline markup: escapes, `*`/`**`, `[text](url)` and `{{…}}` tags (templates.md §1.1–1.4).
extension ClauseTextParser {
    /// Parses the rest of the current line.
    mutating func parseInline() {
        while !stopped, !reader.didReachEnd, reader.current != "\n" {
            let scalar = reader.current
            switch scalar {
            case "\\": parseEscape()
            case "*": parseStars()
            case "[":
                open(.link, at: reader.position)
                reader.advance()
            case "]": parseLinkEnd()
            case "{" where reader.isAt("{{"): parseTag()
            default:
                literal(scalar)
                reader.advance()
            }
        }
    }

    /// The characters a backslash makes literal: ASCII punctuation.
    static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// `\` + ASCII punctuation is that character; `\` at the end of a line is a forced line break.
    private mutating func parseEscape() {
        if let blanks = reader.blankRunToEndOfLine(from: 1) {
            stack[stack.count - 1].append(.hardBreak)
            reader.advance(by: blanks + 1)
        } else if let next = reader.peek(), Self.escapable.contains(next) {
            literal(next)
            reader.advance(by: 2)
        } else {
            literal("\\")
            reader.advance()
        }
    }

    /// A run of `*`: closes the innermost emphasis or strong where it can, opens otherwise
    /// (`***a***` is strong emphasis; `**a *b***` closes both).
    private mutating func parseStars() {
        var count = 0
        while reader.peek(count) == "*" { count += 1 }
        while count > 0, !stopped {
            let position = reader.position
            switch stack[stack.count - 1].kind {
            case .emphasis:
                closeTop(); reader.advance(); count -= 1
            case .strong where count >= 2:
                closeTop(); reader.advance(by: 2); count -= 2
            default:
                let width = count >= 2 ? 2 : 1
                open(width == 2 ? .strong : .emphasis, at: position)
                reader.advance(by: width); count -= width
            }
        }
    }

    /// `](url)` closes a link; the address may hold placeholders but no markup.
    private mutating func parseLinkEnd() {
        guard case .link = stack[stack.count - 1].kind else {
            error(at: reader.position, "`]` without a matching `[`; write \\] for a bracket")
            reader.advance()
            return
        }
        let start = stack[stack.count - 1].start
        reader.advance()
        guard reader.read("(") else {
            error(at: start, "a link needs its address right after the text: [text](https://…); write \\[ for a bracket")
            closeTop()
            return
        }
        var url: [TextNode] = []
        var pending = ""
        while !stopped, !reader.didReachEnd, reader.current != "\n", reader.current != ")" {
            if reader.isAt("{{") {
                if let placeholder = parseAddressTag() {
                    if !pending.isEmpty { url.append(.text(pending)); pending = "" }
                    url.append(.placeholder(placeholder))
                }
                continue
            }
            if reader.current == "\\", let next = reader.peek(), next.isASCII {
                pending.unicodeScalars.append(next)
                reader.advance(by: 2)
                continue
            }
            pending.unicodeScalars.append(reader.current)
            reader.advance()
        }
        if !pending.isEmpty { url.append(.text(pending)) }
        guard reader.read(")") else {
            if !stopped { error(at: start, "the link address is not closed with `)` on the same line") }
            closeTop()
            return
        }
        var frame = stack.removeLast()
        frame.flush()
        stack[stack.count - 1].append(.link(url: url, content: frame.nodes))
    }

    /// A `{{…}}` tag inside a link address, where only `{{field}}` is allowed: the placeholder, or nil
    /// with an error (the tag is skipped; an unclosed `{{` is kept as literal braces). Read here rather
    /// than by `parseTag`, so that a conditional tag in an address can never open or close a frame.
    private mutating func parseAddressTag() -> Placeholder? {
        let start = reader.position
        reader.advance(by: 2)
        guard let raw = reader.read(until: "}}") else {
            error(at: start, "`{{` is not closed with `}}` on the same line; write \\{ for a brace")
            return nil
        }
        let content = raw.trimmingSpaces
        if let first = content.unicodeScalars.first, "#/!%>^&=".unicodeScalars.contains(first)
            || content == "else" || content == "ref" || content.hasPrefix("ref ") {
            error(at: start, "a link address may only hold a {{field}} placeholder")
            return nil
        }
        let leading = raw.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        return placeholder(content, at: TextPosition(line: start.line, column: start.column + 2 + leading), tagStart: start)
    }
}
