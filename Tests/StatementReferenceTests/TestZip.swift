import Foundation

/// A minimal stored (uncompressed) ZIP writer for hostile-package tests: the entries and flags are
/// exactly what the test says, which privdoc's own writer would never produce.
enum TestZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var flags: UInt16 = 0
        /// The uncompressed size the central directory declares (a ZIP bomb lies here).
        var declaredSize: UInt32?
    }

    static func archive(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: UInt16, _ b: inout [UInt8]) { b += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32, _ b: inout [UInt8]) { u16(UInt16(v & 0xFFFF), &b); u16(UInt16(v >> 16), &b) }
        for e in entries {
            let offset = UInt32(out.count)
            let crc = crc32(e.data)
            let name = Array(e.name.utf8)
            let size = UInt32(e.data.count)
            u32(0x0403_4B50, &out); u16(20, &out); u16(e.flags, &out); u16(0, &out); u16(0, &out); u16(0, &out)
            u32(crc, &out); u32(size, &out); u32(e.declaredSize ?? size, &out); u16(UInt16(name.count), &out); u16(0, &out)
            out += name + e.data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(e.flags, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(crc, &central); u32(size, &central); u32(e.declaredSize ?? size, &central)
            u16(UInt16(name.count), &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central)
            central += name
        }
        let start = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(UInt16(entries.count), &out); u16(UInt16(entries.count), &out)
        u32(UInt32(central.count), &out); u32(start, &out); u16(0, &out)
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// An ODF text package whose content.xml is `content`.
    static func odt(content: String, manifest: String = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>") -> [UInt8] {
        archive([Entry(name: "mimetype", data: Array("application/vnd.oasis.opendocument.text".utf8)),
                 Entry(name: "content.xml", data: Array(content.utf8)),
                 Entry(name: "META-INF/manifest.xml", data: Array(manifest.utf8))])
    }
}
