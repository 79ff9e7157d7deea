/// How a clause file is laid out: the indentation of a clause's keys and of block-scalar text, as found in
/// the file (defaults: two and four spaces, as in templates.md §1).
struct FileStyle: Equatable {
    var keyIndent = "  "
    var textIndent = "    "

    /// The style of the first clause written as a block map, else the defaults.
    init(lines: [String]) {
        var sawKeyIndent = false
        for (i, raw) in lines.enumerated() {
            let line = BlockLayout.content(raw)
            let ws = line.prefix { $0 == " " }
            let rest = line.dropFirst(ws.count)
            guard !ws.isEmpty, !rest.isEmpty, !rest.hasPrefix("#") else { continue }
            if !sawKeyIndent { keyIndent = String(ws); sawKeyIndent = true }
            if rest.hasPrefix("text:"), rest.dropFirst(5).trimmingLeadingSpaces.first.map({ $0 == "|" || $0 == ">" }) == true,
               let next = lines[(i + 1)...].map(BlockLayout.content).first(where: { !$0.allSatisfy { $0 == " " } }) {
                let nextWS = next.prefix { $0 == " " }
                if nextWS.count > ws.count { textIndent = String(nextWS) }
                return
            }
        }
        if sawKeyIndent { textIndent = keyIndent + keyIndent }
    }

    init() {}
}
