/// Inline markup: escapes, `*`/`**`, `[text](url)` and `{{…}}` tags (templates.md §1.1–1.4).
extension ClauseTextParser {
    /// Parses the rest of the current line.
    mutating func parseInline() {
        while !reader.didReachEnd, reader.current != "\n" {
            let scalar = reader.current
            switch scalar {
            case "\\": parseEscape()
            case "*": parseStars()
            case "[":
                stack.append(Frame(kind: .link, start: reader.position))
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
        let after = reader.restOfLine.dropFirst()
        if after.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            stack[stack.count - 1].append(.hardBreak)
            reader.advance(by: after.count + 1)
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
        while count > 0 {
            let position = reader.position
            switch stack[stack.count - 1].kind {
            case .emphasis:
                closeTop(); reader.advance(); count -= 1
            case .strong where count >= 2:
                closeTop(); reader.advance(by: 2); count -= 2
            default:
                let width = count >= 2 ? 2 : 1
                stack.append(Frame(kind: width == 2 ? .strong : .emphasis, start: position))
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
        while !reader.didReachEnd, reader.current != "\n", reader.current != ")" {
            if reader.isAt("{{"), let placeholder = parsePlaceholderTag() {
                if !pending.isEmpty { url.append(.text(pending)); pending = "" }
                url.append(.placeholder(placeholder))
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
            error(at: start, "the link address is not closed with `)` on the same line")
            closeTop()
            return
        }
        var frame = stack.removeLast()
        frame.flush()
        stack[stack.count - 1].append(.link(url: url, content: frame.nodes))
    }

    /// Inside a link address only `{{field}}` is allowed.
    private mutating func parsePlaceholderTag() -> Placeholder? {
        let start = reader.position
        let before = stack.count
        parseTag()
        guard stack.count == before, case .placeholder(let p)? = stack[stack.count - 1].nodes.last else {
            error(at: start, "a link address may only hold a {{field}} placeholder")
            return nil
        }
        stack[stack.count - 1].nodes.removeLast()
        return p
    }
}
