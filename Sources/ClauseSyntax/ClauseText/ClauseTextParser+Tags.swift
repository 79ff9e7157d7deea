/// `{{…}}` tags: placeholders, `{{ref id}}` and the conditional tags (templates.md §1.2–1.4).
extension ClauseTextParser {
    /// Parses one tag at `{{`; a tag must close on the same line.
    mutating func parseTag() {
        let start = reader.position
        reader.advance(by: 2)
        let innerStart = reader.position
        guard let raw = reader.read(until: "}}") else {
            error(at: start, "`{{` is not closed with `}}` on the same line; write \\{ for a brace")
            literal("{"); literal("{")
            return
        }
        let leading = raw.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        let content = raw.trimmingSpaces
        let at = TextPosition(line: innerStart.line, column: innerStart.column + leading)
        if content.hasPrefix("#if ") || content == "#if" {
            openConditional(String(content.dropFirst(3)), at: at, tagStart: start)
        } else if content == "else" {
            parseElse(at: start)
        } else if content == "/if" {
            parseEndIf(at: start)
        } else if content.hasPrefix("ref ") || content == "ref" {
            let parts = content.dropFirst(4).split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let id = String(parts[0]).trimmingSpaces
            guard isName(id) else { return error(at: at, "`{{ref …}}` needs the id of an article, paragraph or annex") }
            var form: String?
            if parts.count == 2 {
                // `| form: NAME`: the label's form for the grammatical case the sentence needs (decision 173).
                let option = String(parts[1]).trimmingSpaces
                let name = option.hasPrefix("form:") ? String(option.dropFirst(5)).trimmingSpaces : ""
                guard CrossReference.isFormName(name) else {
                    return error(at: at, "`{{ref id | form: NAME}}` needs a form name of lower-case letters (loc, gen, …)")
                }
                form = name
            }
            stack[stack.count - 1].append(.reference(CrossReference(id: id, location: origin.location(of: start), form: form)))
        } else if let first = content.unicodeScalars.first, "#/!%>^&=".unicodeScalars.contains(first) {
            let shown = content.count > 12 ? content.prefix(12) + "…" : Substring(content)
            error(at: start, "unknown tag `{{\(shown)}}`: use {{field}}, {{#if …}}, {{else}}, {{/if}} or {{ref id}}")
        } else if let placeholder = placeholder(content, at: at, tagStart: start) {
            stack[stack.count - 1].append(.placeholder(placeholder))
        }
    }

    /// `name` or `name | formatter` (the inside of a tag, trimmed, starting at `position`); nil with an
    /// error when it is not one.
    mutating func placeholder(_ content: String, at position: TextPosition, tagStart: TextPosition) -> Placeholder? {
        let parts = content.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0]).trimmingSpaces
        guard isName(name) else {
            error(at: position, "`{{…}}` must name a field, like {{request.received}} or {{request.received | date}}")
            return nil
        }
        var formatter: Formatter?
        var choices: [Choice] = []
        if parts.count == 2 {
            var formatterName = String(parts[1]).trimmingSpaces
            // `plural: one="…" other="…"` and `select: a="…" other="…"` (decision 110).
            if let colon = formatterName.firstIndex(of: ":"),
               let choosing = Formatter(rawValue: String(formatterName[..<colon]).trimmingSpaces), choosing.takesChoices {
                let column = position.column + parts[0].unicodeScalars.count + 1
                guard let parsed = parseChoices(String(formatterName[formatterName.index(after: colon)...]), for: choosing,
                                                at: TextPosition(line: position.line, column: column)) else { return nil }
                choices = parsed
                formatterName = choosing.rawValue
            } else if let bare = Formatter(rawValue: formatterName), bare.takesChoices {
                error(at: position, "\(bare.rawValue) needs its choices: {{\(name) | \(bare.rawValue): one=\"…\" other=\"…\"}}")
                return nil
            }
            guard let known = Formatter(rawValue: formatterName) else {
                let leading = parts[1].unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                let column = position.column + parts[0].unicodeScalars.count + 1 + leading
                error(at: TextPosition(line: position.line, column: column),
                      "unknown formatter; use one of \(Formatter.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            formatter = known
        }
        return Placeholder(name: name, formatter: formatter, location: origin.location(of: tagStart), choices: choices)
    }

    /// `key="text" key="text" …`; `\"` and `\\` escape inside the quotes. Every key once, `other` always
    /// (the fallback), and for `plural` only CLDR's category names.
    private mutating func parseChoices(_ source: String, for formatter: Formatter, at position: TextPosition) -> [Choice]? {
        var choices: [Choice] = []
        var scalars = Array(source.unicodeScalars)[...]
        func skipSpaces() { while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() } }
        skipSpaces()
        while !scalars.isEmpty {
            var key = ""
            while let c = scalars.first, c != "=", c != " " { key.unicodeScalars.append(c); scalars.removeFirst() }
            guard scalars.first == "=", !key.isEmpty else {
                error(at: position, "\(formatter.rawValue): write each choice as key=\"text\"")
                return nil
            }
            scalars.removeFirst()
            guard scalars.first == "\"" else {
                error(at: position, "\(formatter.rawValue): the text of \(key) must be in double quotes")
                return nil
            }
            scalars.removeFirst()
            var text = ""
            var closed = false
            while let c = scalars.popFirst() {
                if c == "\\", let next = scalars.popFirst() { text.unicodeScalars.append(next); continue }
                if c == "\"" { closed = true; break }
                text.unicodeScalars.append(c)
            }
            guard closed else {
                error(at: position, "\(formatter.rawValue): the text of \(key) has no closing quote")
                return nil
            }
            if formatter == .plural, PluralCategory(rawValue: key) == nil {
                error(at: position, "plural: \(key) is not a plural category; use zero, one, two, few, many, other")
                return nil
            }
            guard !choices.contains(where: { $0.key == key }) else {
                error(at: position, "\(formatter.rawValue): \(key) is given twice")
                return nil
            }
            choices.append(Choice(key: key, text: text))
            skipSpaces()
        }
        guard choices.contains(where: { $0.key == "other" }) else {
            error(at: position, "\(formatter.rawValue) needs an other=\"…\" choice (the fallback)")
            return nil
        }
        return choices
    }

    private mutating func openConditional(_ source: String, at position: TextPosition, tagStart: TextPosition) {
        let text = source.trimmingSpaces
        let offset = source.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 3
        let conditionOrigin = TextOrigin(base: origin.location(of: TextPosition(line: position.line,
                                                                               column: position.column + offset)))
        let (condition, problems) = ConditionParser.parse(text, origin: conditionOrigin)
        for problem in problems { record(problem) }
        open(.conditional(condition ?? .constant(false), source: text, then: nil), at: tagStart)
    }

    private mutating func parseElse(at position: TextPosition) {
        guard let index = innermostConditional(for: "{{else}}", at: position) else { return }
        guard case .conditional(let condition, let source, nil) = stack[index].kind else {
            return error(at: position, "a second {{else}} in the same {{#if}}")
        }
        stack[index].flush()
        stack[index].kind = .conditional(condition, source: source, then: stack[index].nodes)
        stack[index].nodes = []
    }

    private mutating func parseEndIf(at position: TextPosition) {
        guard let index = innermostConditional(for: "{{/if}}", at: position) else { return }
        while stack.count - 1 > index { closeTop() }
        closeTop()
    }

    /// The index of the conditional frame a tag belongs to; inline markup opened inside the conditional
    /// must be closed first (the tree must nest).
    private mutating func innermostConditional(for tag: String, at position: TextPosition) -> Int? {
        guard let index = stack.lastIndex(where: { if case .conditional = $0.kind { return true } else { return false } }) else {
            error(at: position, "\(tag) without {{#if}}")
            return nil
        }
        if index != stack.count - 1 {
            let open = stack[stack.count - 1]
            error(at: position, "\(tag) while \(open.name) opened at line \(open.start.line + 1) is still open; close it first")
            while stack.count - 1 > index { closeTop() }
        }
        return index
    }

    /// Field names, clause ids and reference ids: letters, digits, `.`, `-`, `_`.
    func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
    }
}
