/// Link addresses as `xlink:href` values.
enum LinkAddress {
    /// The address as a URI (RFC 3987 §3.1): every byte outside printable ASCII, and the ASCII
    /// characters a URI may not contain (space, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`), is
    /// percent-encoded from UTF-8. `%` is kept, so an address that is already encoded stays as it is.
    /// Nothing else is changed: the link points where the author meant.
    static func uri(_ address: String) -> String {
        var needsWork = false
        for b in address.utf8 where mustEncode(b) {
            needsWork = true
            break
        }
        guard needsWork else { return address }
        var out: [UInt8] = []
        out.reserveCapacity(address.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in address.utf8 {
            if mustEncode(b) {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func mustEncode(_ b: UInt8) -> Bool {
        switch b {
        case 0x00...0x20, 0x7F...0xFF: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default: return false
        }
    }
}
