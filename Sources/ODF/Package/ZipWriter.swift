/// One entry of a ZIP archive, already compressed (or stored).
struct ZipEntry: Sendable {
    /// ZIP compression methods used in ODF packages (part 2, §3.2: STORED or DEFLATED only).
    enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }
    /// Path inside the archive (ASCII, `/`-separated).
    var name: [UInt8]
    var method: Method
    var crc32: UInt32
    var uncompressedSize: Int
    /// The bytes as they stand in the archive.
    var data: [UInt8]

    init(name: String, method: Method, crc32: UInt32, uncompressedSize: Int, data: [UInt8]) {
        self.name = Array(name.utf8)
        self.method = method
        self.crc32 = crc32
        self.uncompressedSize = uncompressedSize
        self.data = data
    }
}

/// Writes a ZIP archive (APPNOTE 6.3.x, no ZIP64, no extra fields, no data descriptors) by hand:
/// local headers with their data in the given order, the central directory, the end record.
enum ZipWriter {
    /// The archive bytes; every timestamp is `date` at 00:00, so equal input gives equal bytes.
    static func archive(_ entries: [ZipEntry], date: DocumentDate) -> [UInt8] {
        let dosDate = dosDate(date)
        var size = 22
        for e in entries { size += 30 + 46 + 2 * e.name.count + e.data.count }
        var out = [UInt8]()
        out.reserveCapacity(size)
        var offsets: [UInt32] = []
        offsets.reserveCapacity(entries.count)
        for e in entries {
            offsets.append(UInt32(out.count))
            out.le32(0x0403_4B50)
            out.le16(e.method == .stored ? 10 : 20)   // version needed to extract
            out.le16(0)                                // flags
            out.le16(e.method.rawValue)
            out.le16(0)                                // time 00:00:00
            out.le16(dosDate)
            out.le32(e.crc32)
            out.le32(UInt32(e.data.count))
            out.le32(UInt32(e.uncompressedSize))
            out.le16(UInt16(e.name.count))
            out.le16(0)                                // no extra field
            out.append(contentsOf: e.name)
            out.append(contentsOf: e.data)
        }
        let directoryStart = out.count
        for (e, offset) in zip(entries, offsets) {
            out.le32(0x0201_4B50)
            out.le16(20)                               // made by: MS-DOS attributes, spec 2.0
            out.le16(e.method == .stored ? 10 : 20)
            out.le16(0)
            out.le16(e.method.rawValue)
            out.le16(0)
            out.le16(dosDate)
            out.le32(e.crc32)
            out.le32(UInt32(e.data.count))
            out.le32(UInt32(e.uncompressedSize))
            out.le16(UInt16(e.name.count))
            out.le16(0)                                // extra
            out.le16(0)                                // comment
            out.le16(0)                                // disk
            out.le16(0)                                // internal attributes
            out.le32(0)                                // external attributes
            out.le32(offset)
            out.append(contentsOf: e.name)
        }
        let directorySize = out.count - directoryStart
        out.le32(0x0605_4B50)
        out.le16(0)
        out.le16(0)
        out.le16(UInt16(entries.count))
        out.le16(UInt16(entries.count))
        out.le32(UInt32(directorySize))
        out.le32(UInt32(directoryStart))
        out.le16(0)                                    // comment length
        return out
    }

    /// MS-DOS date: years 1980…2107 (dates outside are clamped to that range).
    static func dosDate(_ date: DocumentDate) -> UInt16 {
        if date.year < 1980 { return 0x21 }            // 1980-01-01
        if date.year > 2107 { return UInt16((127 << 9) | (12 << 5) | 31) }
        return UInt16(((date.year - 1980) << 9) | (date.month << 5) | date.day)
    }
}

extension Array where Element == UInt8 {
    @inline(__always) mutating func le16(_ v: UInt16) {
        append(UInt8(truncatingIfNeeded: v))
        append(UInt8(truncatingIfNeeded: v >> 8))
    }

    @inline(__always) mutating func le32(_ v: UInt32) {
        append(UInt8(truncatingIfNeeded: v))
        append(UInt8(truncatingIfNeeded: v >> 8))
        append(UInt8(truncatingIfNeeded: v >> 16))
        append(UInt8(truncatingIfNeeded: v >> 24))
    }
}
