/// The characters XML 1.0 (§2.2 `Char`) cannot carry, found on UTF-8 bytes.
///
/// Swift strings cannot hold lone surrogates, so the only illegal scalars are the C0 controls other than
/// tab, LF and CR, and the non-characters U+FFFE and U+FFFF (UTF-8 `EF BF BE` / `EF BF BF`).
enum XMLCharacters {
    /// The first illegal scalar in `bytes` (valid UTF-8), or nil.
    @inline(__always)
    static func firstIllegal(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D { return UInt32(b) }
            } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                return bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
            }
            i += 1
        }
        return nil
    }

    /// The first illegal scalar in `text`, or nil.
    static func firstIllegal(in text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { firstIllegal(in: $0) }
    }

    /// Throws `illegalCharacter` with `context` if `text` holds a character XML 1.0 cannot carry.
    static func check(_ text: String, _ context: @autoclosure () -> String) throws(ODFError) {
        if let scalar = firstIllegal(in: text) {
            throw .illegalCharacter(scalar: scalar, context: context())
        }
    }
}
