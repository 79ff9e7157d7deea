import CZlib

/// Reads a ZIP package back (tests, batch verification, `check-reference`): central directory, local
/// headers, inflate, CRC check. Every selected entry is read and verified when the reader is made.
///
/// The reader also faces files privdoc did not write (`check-reference` reads the agency's Word and
/// LibreOffice templates), so it is bounded: `Limits` caps the number of entries and the size each one
/// and all together may inflate to, *before* anything is allocated — a ZIP bomb declares its sizes in
/// the central directory (APPNOTE.TXT §4.3.12), and `Inflater` never writes past the declared size.
public struct PackageReader: Sendable {
    /// Entry names in archive order (only the selected ones).
    public var entryNames: [String]
    private var contents: [String: [UInt8]]
    private var stored: Set<String>

    /// Caps on what a package may hold.
    public struct Limits: Sendable, Equatable {
        public var maxEntries: Int
        /// The largest uncompressed size one selected entry may declare.
        public var maxEntrySize: Int
        /// The largest uncompressed size all selected entries together may declare.
        public var maxTotalSize: Int

        public init(maxEntries: Int, maxEntrySize: Int, maxTotalSize: Int) {
            self.maxEntries = maxEntries
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
        }

        /// Generous for any office document, far below what would hurt the machine.
        public static let standard = Limits(maxEntries: 20_000, maxEntrySize: 256 << 20, maxTotalSize: 1 << 30)
    }

    /// Why bytes are not a readable package, without quoting their content.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// No ZIP structure at all: too short, or no end-of-central-directory record (the reason).
        case notZip(String)
        /// A ZIP64 archive or a compression method other than stored/deflate.
        case unsupported(String)
        /// An entry is encrypted (general-purpose flag bit 0, APPNOTE.TXT §4.4.4).
        case encrypted(entry: String)
        /// A limit of `Limits` was reached.
        case tooLarge(String)
        /// The structure or the data is damaged.
        case damaged(String)

        public var description: String {
            switch self {
            case .notZip(let why): return "not a ZIP archive (\(why))"
            case .unsupported(let why): return "unsupported ZIP feature: \(why)"
            case .encrypted(let entry): return "entry \(entry) is encrypted (password-protected)"
            case .tooLarge(let why): return "too large: \(why)"
            case .damaged(let why): return "damaged: \(why)"
            }
        }
    }

    /// Parses `bytes`; throws `invalidModel` naming what is wrong when they are not a readable package.
    public init(bytes: [UInt8]) throws(ODFError) {
        do {
            self = try Self.read(bytes, limits: .standard, selecting: { _ in true })
        } catch {
            throw .invalidModel("not a readable package: \(error)")
        }
    }

    /// Reads the entries `selecting` accepts, within `limits`.
    public static func read(_ bytes: [UInt8], limits: Limits, selecting: (String) -> Bool) throws(Failure) -> PackageReader {
        var reader = PackageReader(entryNames: [], contents: [:], stored: [])
        try reader.load(bytes, limits: limits, selecting: selecting)
        return reader
    }

    private init(entryNames: [String], contents: [String: [UInt8]], stored: Set<String>) {
        self.entryNames = entryNames
        self.contents = contents
        self.stored = stored
    }

    private mutating func load(_ bytes: [UInt8], limits: Limits, selecting: (String) -> Bool) throws(Failure) {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        guard bytes.count >= 22 else { throw .notZip("too short") }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65535)
        while end >= lowest && u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw .notZip("no end of central directory") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        // 0xFFFF / 0xFFFFFFFF here mean "see the ZIP64 record" (APPNOTE.TXT §4.4.1.4).
        guard count != 0xFFFF, at != 0xFFFF_FFFF else { throw .unsupported("ZIP64") }
        guard count <= limits.maxEntries else { throw .tooLarge("\(count) entries (at most \(limits.maxEntries))") }
        var total = 0
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw .damaged("bad central directory entry") }
            let flags = u16(at + 8)
            let method = u16(at + 10)
            let crc = UInt32(u32(at + 16))
            let compressedSize = u32(at + 20)
            let size = u32(at + 24)
            let nameLength = u16(at + 28)
            let skip = nameLength + u16(at + 30) + u16(at + 32)
            let local = u32(at + 42)
            guard at + 46 + nameLength <= bytes.count else { throw .damaged("truncated central directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + skip
            guard selecting(name) else { continue }
            guard flags & 1 == 0 else { throw .encrypted(entry: name) }
            guard size != 0xFFFF_FFFF, compressedSize != 0xFFFF_FFFF else { throw .unsupported("ZIP64 entry \(name)") }
            guard size <= limits.maxEntrySize else { throw .tooLarge("\(name) inflates to \(size) bytes") }
            total += size
            guard total <= limits.maxTotalSize else { throw .tooLarge("the entries inflate to more than \(limits.maxTotalSize) bytes") }
            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw .damaged("bad local header for \(name)") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressedSize <= bytes.count else { throw .damaged("truncated data for \(name)") }
            let data = bytes[start..<(start + compressedSize)]
            let plain: [UInt8]
            switch method {
            case 0:
                guard compressedSize == size else { throw .damaged("stored entry \(name) has two sizes") }
                plain = Array(data)
                stored.insert(name)
            case 8:
                guard let inflated = Inflater.inflate(data, expectedSize: size) else { throw .damaged("cannot inflate \(name)") }
                plain = inflated
            default:
                throw .unsupported("\(name) uses compression method \(method)")
            }
            let actual = plain.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            guard actual == crc else { throw .damaged("CRC mismatch in \(name)") }
            guard contents[name] == nil else { throw .damaged("\(name) appears twice") }
            entryNames.append(name)
            contents[name] = plain
        }
    }

    /// The uncompressed bytes of an entry.
    public func entry(_ name: String) -> [UInt8]? { contents[name] }

    /// Whether the entry is STORED (not deflated).
    public func isStored(_ name: String) -> Bool { stored.contains(name) }
}
