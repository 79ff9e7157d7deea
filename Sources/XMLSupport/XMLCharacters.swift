/// The characters XML 1.0 (§2.2 `Char`) cannot carry, found on UTF-8 bytes: the one check, used by case
/// validation (a field holding one is rejected, decision 005) and by the writers (a safety net, decision 002).
///
/// Swift strings cannot hold lone surrogates, so the only illegal scalars are the C0 controls other than
/// tab, LF and CR, and the non-characters U+FFFE and U+FFFF (UTF-8 `EF BF BE` / `EF BF BF`).
public enum XMLCharacters {
    /// The illegal scalar that starts at byte `i` of `bytes` (valid UTF-8), or nil. The one rule: used by
    /// `firstIllegal` and, inlined, by the ODF whitespace encoder's byte loop.
    @inlinable @inline(__always)
    public static func illegalScalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let b = bytes[i]
        if b < 0x20 { return b == 0x09 || b == 0x0A || b == 0x0D ? nil : UInt32(b) }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
            return bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
        }
        return nil
    }

    /// The first illegal scalar in `bytes` (valid UTF-8), or nil.
    @inline(__always)
    public static func firstIllegal(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        for i in bytes.indices {
            if let illegal = illegalScalar(at: i, in: bytes) { return illegal }
        }
        return nil
    }

    /// The first illegal scalar in `text`, or nil.
    public static func firstIllegal(in text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { firstIllegal(in: $0) }
    }

    /// `U+0007`.
    public static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
