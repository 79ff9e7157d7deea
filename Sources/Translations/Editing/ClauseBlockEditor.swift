import Foundation

/// Rewrites the lines of one clause block (the id line and its keys) with new values, keeping everything
/// privdoc does not own: other keys (`note:`), comments, blank lines, a comment after a value.
///
/// Lines are handled without the `\r` of a CRLF file; the caller adds it back.
enum ClauseBlockEditor {
    /// The keys an import writes, in the order a new clause gets them (templates.md §1).
    private static let ownKeys = ["version", "source-version", "status", "text"]

    /// A new block for a clause the language does not have yet.
    static func newBlock(_ values: ClauseValues, style: FileStyle) -> [String] {
        ["\(values.id):"] + ownKeys.flatMap { lines(for: $0, values, indent: style.keyIndent, textIndent: style.textIndent, preferLiteral: false) }
    }

    /// The block with the four keys replaced; a block not written as an indented map (e.g. `id: {…}`) is
    /// written anew.
    static func replace(_ block: [String], with values: ClauseValues, style: FileStyle) -> [String] {
        guard let first = block.first, let colon = first.firstIndex(of: ":") else { return newBlock(values, style: style) }
        let rest = first[first.index(after: colon)...].trimmingLeadingSpaces
        guard rest.isEmpty || rest.hasPrefix("#"), block.count > 1 else { return newBlock(values, style: style) }

        // Split the block into sections, one per key at the clause's key indentation.
        guard let childIndent = block.dropFirst().first(where: isContent).map({ String($0.prefix { $0 == " " }) }),
              !childIndent.isEmpty else { return newBlock(values, style: style) }
        var preamble: [String] = []
        var sections: [(key: String, lines: [String])] = []
        for line in block.dropFirst() {
            let ws = line.prefix { $0 == " " }
            if isContent(line), ws.count == childIndent.count, let c = line.firstIndex(of: ":") {
                sections.append((String(line[line.index(line.startIndex, offsetBy: ws.count)..<c]), [line]))
            } else if sections.isEmpty {
                preamble.append(line)
            } else {
                sections[sections.count - 1].lines.append(line)
            }
        }

        var out = [first] + preamble
        var written = Set<String>()
        for (key, lines) in sections {
            guard ownKeys.contains(key), !written.contains(key) else { out += lines; continue }
            // Blank lines and comments after a value belong to the layout, not to the value.
            var head = lines
            var tail: [String] = []
            while head.count > 1, let last = head.last, isTrailer(last, indent: childIndent.count) {
                tail.insert(head.removeLast(), at: 0)
            }
            out += replacement(key: key, head: head, values: values, indent: childIndent, style: style) + tail
            written.insert(key)
            if key == "version", !sections.contains(where: { $0.key == "source-version" }) {
                out += Self.lines(for: "source-version", values, indent: childIndent, textIndent: style.textIndent, preferLiteral: false)
                written.insert("source-version")
            }
        }
        for key in ownKeys where !written.contains(key) {
            out += lines(for: key, values, indent: childIndent, textIndent: style.textIndent, preferLiteral: false)
        }
        return out
    }

    /// The new lines of one key, keeping a comment after a one-line value and the text's indentation.
    private static func replacement(key: String, head: [String], values: ClauseValues, indent: String, style: FileStyle) -> [String] {
        let first = head[0]
        let afterColon = first[first.index(after: first.firstIndex(of: ":")!)...]
        if key == "text" {
            let literal = afterColon.trimmingLeadingSpaces.first.map { $0 == "|" || $0 == ">" } ?? false
            // Text lines go one step deeper than the keys: as deep as before, else as the file's style says.
            let step = String(repeating: " ", count: max(2, style.textIndent.count - style.keyIndent.count))
            let existing = literal ? head.dropFirst().first(where: isContent).map { String($0.prefix { $0 == " " }) } : nil
            let textIndent = existing.flatMap { $0.count > indent.count ? $0 : nil } ?? indent + step
            return lines(for: key, values, indent: indent, textIndent: textIndent, preferLiteral: literal)
        }
        var line = lines(for: key, values, indent: indent, textIndent: style.textIndent, preferLiteral: false)[0]
        if head.count == 1, let hash = afterColon.firstIndex(of: "#"),
           hash > afterColon.startIndex, [" ", "\t"].contains(afterColon[afterColon.index(before: hash)]) {
            // Keep the comment after the value and, where possible, the column it starts in:
            // `version: 3                  # raise it when …`.
            let beforeHash = afterColon[..<hash]
            let oldValue = beforeHash.trimmingCharacters(in: .whitespaces)
            let spaces = beforeHash.count - beforeHash.prefix { $0 == " " }.count - oldValue.count
            let newValue = line.count - indent.count - key.count - 2
            line += String(repeating: " ", count: max(1, spaces + oldValue.count - newValue)) + afterColon[hash...]
        }
        return [line]
    }

    private static func lines(for key: String, _ v: ClauseValues, indent: String, textIndent: String, preferLiteral: Bool) -> [String] {
        switch key {
        case "version": return ["\(indent)version: \(v.version)"]
        case "source-version": return ["\(indent)source-version: \(v.sourceVersion)"]
        case "status": return ["\(indent)status: \(v.status.rawValue)"]
        default: return YAMLScalar.lines(key: "text", text: v.text, indent: indent, contentIndent: textIndent, preferLiteral: preferLiteral)
        }
    }

    /// A line that is neither blank nor a comment.
    private static func isContent(_ line: String) -> Bool {
        let rest = Substring(line).trimmingLeadingSpaces
        return !rest.isEmpty && !rest.hasPrefix("#") && !rest.allSatisfy { $0 == "\t" }
    }

    /// A blank line, or a comment no deeper than the keys (deeper lines may be text of a block scalar).
    private static func isTrailer(_ line: String, indent: Int) -> Bool {
        let ws = line.prefix { $0 == " " }
        let rest = line.dropFirst(ws.count)
        return rest.allSatisfy { $0 == " " || $0 == "\t" } || (rest.hasPrefix("#") && ws.count <= indent)
    }
}
