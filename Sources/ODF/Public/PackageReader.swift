import CZlib

/// Reads a ZIP package back (tests, batch verification): central directory, local headers, inflate,
/// CRC check. Every entry is read and verified in `init`.
public struct PackageReader: Sendable {
    /// Entry names in archive order.
    public var entryNames: [String]
    private var contents: [String: [UInt8]]
    private var stored: Set<String>

    /// Parses `bytes`; throws `invalidModel` naming what is wrong when they are not a readable package.
    public init(bytes: [UInt8]) throws(ODFError) {
        func fail(_ why: String) -> ODFError { .invalidModel("not a readable package: " + why) }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        guard bytes.count >= 22 else { throw fail("too short for a ZIP archive") }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65535)
        while end >= lowest && u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw fail("no end of central directory") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        entryNames = []
        contents = [:]
        stored = []
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw fail("bad central directory entry") }
            let method = u16(at + 10)
            let crc = UInt32(u32(at + 16))
            let compressedSize = u32(at + 20)
            let size = u32(at + 24)
            let nameLength = u16(at + 28)
            let skip = nameLength + u16(at + 30) + u16(at + 32)
            let local = u32(at + 42)
            guard at + 46 + nameLength <= bytes.count else { throw fail("truncated central directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + skip
            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw fail("bad local header for \(name)") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressedSize <= bytes.count else { throw fail("truncated data for \(name)") }
            let data = bytes[start..<(start + compressedSize)]
            let plain: [UInt8]
            switch method {
            case 0:
                plain = Array(data)
                stored.insert(name)
            case 8:
                guard let inflated = Inflater.inflate(data, expectedSize: size) else { throw fail("cannot inflate \(name)") }
                plain = inflated
            default:
                throw fail("\(name) uses compression method \(method)")
            }
            let actual = plain.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            guard actual == crc else { throw fail("CRC mismatch in \(name)") }
            guard contents[name] == nil else { throw fail("\(name) appears twice") }
            entryNames.append(name)
            contents[name] = plain
        }
    }

    /// The uncompressed bytes of an entry.
    public func entry(_ name: String) -> [UInt8]? { contents[name] }

    /// Whether the entry is STORED (not deflated).
    public func isStored(_ name: String) -> Bool { stored.contains(name) }
}
