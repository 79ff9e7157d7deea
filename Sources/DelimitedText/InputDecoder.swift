/// Turns input bytes into checked UTF-8, chunk by chunk, in the encoding given or detected from a byte
/// order mark (decision 024). The one decoder of case files (`CaseData.load`) and batch inputs (`ByteSource`).
///
/// A batch must never end half done because some rows were not UTF-8 (issue 15): the batch's first pass
/// reads the whole file through this decoder, so a file that is not valid in its encoding is refused
/// before any row is written, naming the first bad line.
public struct InputDecoder: Sendable {
    /// The encoding given, or nil to detect (UTF-8, or UTF-16 with a byte order mark).
    public let requested: InputEncoding?
    private var encoding: InputEncoding?
    private var carry: [UInt8] = []
    private var started = false
    /// Lines completed in the output so far (to locate a problem).
    private var line = 1

    /// A decoder for `encoding`, or detecting it when nil.
    public init(_ encoding: InputEncoding?) {
        self.requested = encoding
        self.encoding = encoding
    }

    /// The whole of `bytes` as a string.
    public static func decode(_ bytes: [UInt8], as encoding: InputEncoding?) -> Result<String, DecodeProblem> {
        var decoder = InputDecoder(encoding)
        return decoder.decode(bytes[...], final: true).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The next chunk as UTF-8 bytes (without a byte order mark). `final` marks the last chunk: a sequence
    /// cut off at the end of the input is then an error.
    public mutating func decode(_ chunk: ArraySlice<UInt8>, final: Bool) -> Result<[UInt8], DecodeProblem> {
        var input = carry
        input.append(contentsOf: chunk)
        carry = []
        if !started {
            // A byte order mark may be split over two chunks only if the first chunk is tiny.
            if input.count < 3 && !final { carry = input; return .success([]) }
            started = true
            if let problem = takeByteOrderMark(&input) { return .failure(problem) }
        }
        let result: Result<[UInt8], DecodeProblem>
        switch encoding ?? .utf8 {
        case .utf8: result = checkUTF8(input, final: final)
        case .cp1252, .latin1: result = .success(Self.singleByte(input, cp1252: encoding == .cp1252))
        case .utf16: result = utf16(input, final: final)
        }
        if case .success(let out) = result { line += Self.lineFeeds(in: out) }
        return result
    }

    // MARK: - Byte order mark

    private mutating func takeByteOrderMark(_ input: inout [UInt8]) -> DecodeProblem? {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard requested == nil || requested == .utf8 else {
                return DecodeProblem(line: 1, message: "the file starts with a UTF-8 byte order mark, so it is UTF-8 text, not \(requested!.rawValue): leave out --encoding")
            }
            encoding = .utf8
            input.removeFirst(3)
        } else if input.starts(with: [0xFF, 0xFE]) || input.starts(with: [0xFE, 0xFF]) {
            guard requested == nil || requested == .utf16 else {
                return DecodeProblem(line: 1, message: "the file starts with a UTF-16 byte order mark: leave out --encoding, or use --encoding utf-16")
            }
            encoding = .utf16
            bigEndian = input[0] == 0xFE
            input.removeFirst(2)
        }
        return nil
    }

    // MARK: - UTF-8

    private mutating func checkUTF8(_ input: [UInt8], final: Bool) -> Result<[UInt8], DecodeProblem> {
        var i = 0
        let n = input.count
        while i < n {
            let b = input[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, second: ClosedRange<UInt8>
            switch b {
            case 0xC2...0xDF: length = 2; second = 0x80...0xBF
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3; second = 0x80...0xBF
            case 0xED: length = 3; second = 0x80...0x9F       // no surrogates (RFC 3629 §3)
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4; second = 0x80...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F       // nothing above U+10FFFF
            default: return .failure(notUTF8(input, at: i))
            }
            if i + length > n {
                // Cut off by the chunk: keep it for the next one, if its bytes so far are right.
                let present = input[(i + 1)...]
                let fine = present.enumerated().allSatisfy { k, c in k == 0 ? second.contains(c) : (0x80...0xBF).contains(c) }
                guard !final, fine else { return .failure(notUTF8(input, at: i)) }
                carry = Array(input[i...])
                return .success(Array(input[..<i]))
            }
            guard second.contains(input[i + 1]),
                  (i + 2..<i + length).allSatisfy({ (0x80...0xBF).contains(input[$0]) }) else {
                return .failure(notUTF8(input, at: i))
            }
            i += length
        }
        return .success(input)
    }

    /// The problem for a bad byte at `offset`, with a hint at the encoding it most likely is.
    private func notUTF8(_ input: [UInt8], at offset: Int) -> DecodeProblem {
        let at = line + Self.lineFeeds(in: input[..<offset])
        let byte = "0x" + String(input[offset], radix: 16, uppercase: true)
        let sample = input[offset...].prefix(4096)
        let hint: String
        if sample.contains(0) || input[..<offset].suffix(4096).contains(0) {
            hint = "it looks like UTF-16 without a byte order mark: read it with --encoding utf-16"
        } else {
            hint = "it looks like Windows-1252 (Excel's \"CSV (comma delimited)\"): save it as \"CSV UTF-8\" or read it with --encoding cp1252"
        }
        return DecodeProblem(line: at, message: "not UTF-8 text (byte \(byte)); \(hint)")
    }

    // MARK: - Single-byte encodings

    /// Windows-1252 0x80–0x9F (WHATWG Encoding §9, index-windows-1252); the five unassigned bytes map to the
    /// C1 controls, as WHATWG and Windows do, and are then refused as control characters by validation.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func singleByte(_ input: [UInt8], cp1252: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 8)
        for b in input {
            if b < 0x80 { out.append(b); continue }
            let scalar = cp1252 && b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            UTF8.encode(Unicode.Scalar(scalar)!) { out.append($0) }
        }
        return out
    }

    // MARK: - UTF-16

    private var bigEndian = false

    private mutating func utf16(_ input: [UInt8], final: Bool) -> Result<[UInt8], DecodeProblem> {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var i = 0, lines = 0
        func unit(_ k: Int) -> UInt32 {
            bigEndian ? UInt32(input[k]) << 8 | UInt32(input[k + 1]) : UInt32(input[k + 1]) << 8 | UInt32(input[k])
        }
        while i + 1 < input.count {
            let u = unit(i)
            var scalar: UInt32 = u
            var width = 2
            if (0xD800...0xDBFF).contains(u) {
                guard i + 3 < input.count else { break }   // the low half is in the next chunk
                let low = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    return .failure(DecodeProblem(line: line + lines, message: "not UTF-16 text (an unpaired surrogate)"))
                }
                scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                width = 4
            } else if (0xDC00...0xDFFF).contains(u) {
                return .failure(DecodeProblem(line: line + lines, message: "not UTF-16 text (an unpaired surrogate)"))
            }
            if scalar == 0x0A { lines += 1 }
            UTF8.encode(Unicode.Scalar(scalar)!) { out.append($0) }
            i += width
        }
        if i < input.count {
            guard !final else {
                return .failure(DecodeProblem(line: line + lines, message: "not UTF-16 text (the file ends in the middle of a character)"))
            }
            carry = Array(input[i...])
        }
        return .success(out)
    }

    private static func lineFeeds(in bytes: some Collection<UInt8>) -> Int {
        var n = 0
        for b in bytes where b == 0x0A { n += 1 }
        return n
    }
}
