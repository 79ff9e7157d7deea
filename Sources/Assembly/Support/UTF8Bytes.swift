import Foundation

/// Byte-level work on a string's UTF-8, run on its contiguous storage when it has one (native Swift
/// strings do). Every case value and clause fragment passes a few of these per document, and a plain
/// buffer loop (or a block copy) is several times faster than stepping through `String.UTF8View`.
enum UTF8Bytes {
    /// Whether every byte of `text` satisfies `predicate` (true for an empty text).
    static func allBytes(of text: some StringProtocol, satisfy predicate: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? text.utf8.allSatisfy(predicate)
    }

    /// Whether some byte of `text` satisfies `predicate`.
    static func anyByte(of text: some StringProtocol, satisfies predicate: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? text.utf8.contains(where: predicate)
    }

    /// The byte offset of the last `.` of `text` and whether its neighbours are ASCII (so the `.` is a
    /// `Character` of its own); nil when there is no `.` byte.
    static func lastDot(in text: Substring) -> (offset: Int, betweenASCII: Bool)? {
        func search(_ bytes: some RandomAccessCollection<UInt8>) -> (offset: Int, betweenASCII: Bool)? {
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            let offset = bytes.distance(from: bytes.startIndex, to: dot)
            let after = bytes.index(after: dot)
            let nextIsASCII = after == bytes.endIndex || bytes[after] < 0x80
            let previousIsASCII = dot == bytes.startIndex || bytes[bytes.index(before: dot)] < 0x80
            return (offset, nextIsASCII && previousIsASCII)
        }
        return text.utf8.withContiguousStorageIfAvailable { search($0) } ?? search(Array(text.utf8))
    }

    /// The last `.` of a path that is a `Character` of its own (as `path.lastIndex(of: ".")`), found on
    /// the UTF-8 bytes: a `.` byte between ASCII bytes is always a whole `Character`. Only a `.` next to
    /// other text (which could join it into one grapheme) takes the slow grapheme-aware search. Every
    /// dotted case key passes here a few times per document (values, the case builder, per-language keys).
    static func lastDotCharacter(in path: Substring) -> Substring.Index? {
        guard let dot = lastDot(in: path) else { return nil }
        guard dot.betweenASCII else { return path.lastIndex(of: ".") }
        return path.utf8.index(path.utf8.startIndex, offsetBy: dot.offset)
    }

    /// `text` with every `byte` (ASCII) replaced by `replacement`, the same as Foundation's
    /// `replacingOccurrences(of:with:)`. An all-ASCII text (a Dutch date, a reference, a field name) is
    /// done byte by byte, several times faster than Foundation on Linux, which a batch pays per header
    /// and reference line of every letter; any other text goes to Foundation, whose search does not
    /// split a character from its combining marks (`-` + U+0301 stays), so both give the same result.
    static func replacing(_ byte: UInt8, with replacement: String, in text: String) -> String {
        guard anyByte(of: text, satisfies: { $0 == byte }) else { return text }
        guard allBytes(of: text, satisfy: { $0 < 0x80 }) else {
            return text.replacingOccurrences(of: String(UnicodeScalar(byte)), with: replacement)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var start = text.utf8.startIndex
        while let hit = text.utf8[start...].firstIndex(of: byte) {
            out += text[start..<hit]
            out += replacement
            start = text.utf8.index(after: hit)
        }
        out += text[start...]
        return out
    }

    /// Copies the UTF-8 of `text` into `buffer` from `offset`, which the caller has sized to fit;
    /// returns the offset after it.
    static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let (_, written) = UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: text.utf8)
        return offset + written
    }
}
