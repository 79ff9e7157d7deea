/// Where each clause's block of lines begins and ends, found from the text alone.
///
/// A clause id is written at column 1 (templates.md §1); its block runs to the next line that starts at
/// column 1 (another id, a section comment, a document marker), without the blank lines before it. Lines
/// inside a block scalar are always indented, so they never end a block early.
struct BlockLayout {
    /// 0-based indices of the lines that start at column 1 with something other than a comment.
    let keyLines: Set<Int>
    /// 0-based indices of every line that starts at column 1 with anything but a space or a tab.
    private let columnOneLines: [Int]
    private let lines: [String]

    init(lines: [String]) {
        self.lines = lines
        var keys = Set<Int>()
        var any: [Int] = []
        for (i, raw) in lines.enumerated() {
            let line = Self.content(raw)
            guard let first = line.unicodeScalars.first, first != " ", first != "\t" else { continue }
            any.append(i)
            if first != "#", !line.hasPrefix("---"), !line.hasPrefix("..."), first != "%" { keys.insert(i) }
        }
        keyLines = keys
        columnOneLines = any
    }

    /// The 0-based line range of the block whose id is on `start`, or nil when the id is not at column 1.
    func block(startingAt start: Int, keyColumn: Int) -> ClosedRange<Int>? {
        guard keyColumn == 1, keyLines.contains(start) else { return nil }
        let next = columnOneLines.first { $0 > start } ?? lines.count
        var end = next - 1
        while end > start, Self.content(lines[end]).allSatisfy({ $0 == " " || $0 == "\t" }) { end -= 1 }
        return start...end
    }

    /// A line without the `\r` of a CRLF file.
    static func content(_ line: String) -> Substring {
        line.hasSuffix("\r") ? line.dropLast() : Substring(line)
    }
}
