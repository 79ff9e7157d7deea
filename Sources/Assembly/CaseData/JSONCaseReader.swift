import DelimitedText
import PrivdocDiagnostics

/// Reads a JSON case (a `.json` file, or one line of a JSON Lines file) into `CaseNode`s for the
/// builder (decision 020): RFC 8259 exactly, with what a general JSON library loses kept —
/// numbers as written (`2026.10`, not `2026.1`), duplicate keys in file order (the builder refuses them),
/// a line and column for every value, and `\u` escapes including surrogate pairs (`\ud83d\ude00` is 😀).
///
/// Nesting is limited (`CaseInputLimits.maximumDepth`), so the recursion here is bounded.
public enum JSONCaseReader {
    /// Reads a whole `.json` file into case data.
    public static func read(_ text: String, file: String, limits: CaseInputLimits = .standard) throws(Diagnostics) -> CaseData {
        var builder = CaseDataBuilder(origin: SourceLocation(file: file), limits: limits)
        switch parse(Array(text.utf8)[...], file: file, limits: limits) {
        case .success(let root): builder.addRoot(root)
        case .failure(let problem): throw Diagnostics([problem])
        }
        return try builder.build()
    }

    /// Parses one JSON text; `line` is the line it starts on (JSON Lines), columns count Unicode scalars.
    public static func parse(_ bytes: ArraySlice<UInt8>, file: String, line: Int = 1,
                             limits: CaseInputLimits = .standard) -> Result<CaseNode, Diagnostic> {
        var reader = JSONTokenReader(bytes: bytes, file: file, line: line, limits: limits)
        do throws(JSONTokenReader.Failure) {
            reader.skipSpace()
            if reader.peek == nil { return .success(CaseNode(.null, at: reader.location)) }
            let node = try reader.value(depth: 0)
            reader.skipSpace()
            if reader.peek != nil { throw reader.fail("text after the end of the JSON value") }
            return .success(node)
        } catch {
            return .failure(.error(error.code, at: error.location, error.message))
        }
    }
}

/// A cursor over JSON bytes that knows its line and column.
struct JSONTokenReader {
    struct Failure: Error {
        var code: DiagnosticCode
        var location: SourceLocation
        var message: String
    }

    private let bytes: ArraySlice<UInt8>
    private var i: Int
    private let file: String
    private let limits: CaseInputLimits
    private var line: Int
    private var column = 1

    init(bytes: ArraySlice<UInt8>, file: String, line: Int, limits: CaseInputLimits) {
        self.bytes = bytes
        self.i = bytes.startIndex
        self.file = file
        self.line = line
        self.limits = limits
    }

    var peek: UInt8? { i < bytes.endIndex ? bytes[i] : nil }
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    func fail(_ message: String, code: DiagnosticCode = .caseSyntax) -> Failure {
        Failure(code: code, location: location, message: code == .caseSyntax ? "not valid JSON: \(message)" : message)
    }

    private mutating func advance() {
        let b = bytes[i]
        i += 1
        if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
    }

    mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { advance() }
    }

    mutating func value(depth: Int) throws(Failure) -> CaseNode {
        let at = location
        guard let b = peek else { throw fail("a value is missing at the end") }
        switch b {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if depth >= limits.maximumDepth {
                throw fail("nested more than \(limits.maximumDepth) levels deep", code: .caseLimit)
            }
            return b == UInt8(ascii: "{") ? try object(depth: depth + 1) : try array(depth: depth + 1)
        case UInt8(ascii: "\""):
            return CaseNode(.scalar(try string()), at: at)
        case UInt8(ascii: "t"): try word("true"); return CaseNode(.scalar("true"), at: at)
        case UInt8(ascii: "f"): try word("false"); return CaseNode(.scalar("false"), at: at)
        case UInt8(ascii: "n"): try word("null"); return CaseNode(.null, at: at)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return CaseNode(.scalar(try number()), at: at)
        default:
            throw fail("expected a value (an object, a list, a string, a number, true, false or null)")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> CaseNode {
        let at = location
        advance()
        var members: [CaseNode.Member] = []
        skipSpace()
        if peek == UInt8(ascii: "}") { advance(); return CaseNode(.mapping(members), at: at) }
        while true {
            skipSpace()
            let keyAt = location
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a field name in double quotes") }
            let key = try string()
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw fail("expected `:` after a field name") }
            advance()
            skipSpace()
            members.append(CaseNode.Member(key: key, keyLocation: keyAt, value: try value(depth: depth)))
            skipSpace()
            switch peek {
            case UInt8(ascii: ",")?: advance()
            case UInt8(ascii: "}")?: advance(); return CaseNode(.mapping(members), at: at)
            default: throw fail("expected `,` or `}` in an object")
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> CaseNode {
        let at = location
        advance()
        var items: [CaseNode] = []
        skipSpace()
        if peek == UInt8(ascii: "]") { advance(); return CaseNode(.list(items), at: at) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            switch peek {
            case UInt8(ascii: ",")?: advance()
            case UInt8(ascii: "]")?: advance(); return CaseNode(.list(items), at: at)
            default: throw fail("expected `,` or `]` in a list")
            }
        }
    }

    private mutating func word(_ text: StaticString) throws(Failure) {
        let failure = fail("expected a value (an object, a list, a string, a number, true, false or null)")
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for b in expected {
            guard peek == b else { throw failure }
            advance()
        }
    }

    /// A number, exactly as written (RFC 8259 §6 grammar).
    private mutating func number() throws(Failure) -> String {
        let start = i
        func digits() -> Int {
            var n = 0
            while let b = peek, (0x30...0x39).contains(b) { advance(); n += 1 }
            return n
        }
        if peek == UInt8(ascii: "-") { advance() }
        if peek == UInt8(ascii: "0") { advance() } else if digits() == 0 { throw fail("a number needs digits") }
        if peek == UInt8(ascii: ".") {
            advance()
            if digits() == 0 { throw fail("a number needs digits after `.`") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            advance()
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
            if digits() == 0 { throw fail("a number needs digits in its exponent") }
        }
        if let b = peek, (0x30...0x39).contains(b) { throw fail("a number may not start with 0") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// A string with its escapes resolved (RFC 8259 §7).
    private mutating func string() throws(Failure) -> String {
        advance()   // the opening quote
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard let b = peek else { throw fail("a string is not closed") }
            if out.count + (i - runStart) > limits.maximumValueBytes {
                throw fail("a string is longer than the maximum value size of \(CaseInputLimits.describe(bytes: limits.maximumValueBytes))",
                           code: .caseLimit)
            }
            switch b {
            case UInt8(ascii: "\""):
                out.append(contentsOf: bytes[runStart..<i])
                advance()
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                out.append(contentsOf: bytes[runStart..<i])
                try escape(into: &out)
                runStart = i
            case 0x00..<0x20:
                throw fail("a control character in a string must be written as an escape (\\n, \\t, \\u0001)")
            default:
                advance()
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(Failure) {
        advance()   // the backslash
        guard let b = peek else { throw fail("a string is not closed") }
        let simple: UInt8?
        switch b {
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw fail("unknown escape in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
        advance()
        if let simple { out.append(simple); return }
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
            // A surrogate pair: the high half must be followed by `\u` and the low half.
            guard peek == UInt8(ascii: "\\") else { throw fail("an unpaired surrogate escape (\\uD800–\\uDBFF needs a low half)") }
            advance()
            guard peek == UInt8(ascii: "u") else { throw fail("an unpaired surrogate escape (\\uD800–\\uDBFF needs a low half)") }
            advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("an unpaired surrogate escape (\\uD800–\\uDBFF needs a low half)") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw fail("an unpaired surrogate escape (a low half \\uDC00–\\uDFFF without a high half)")
        }
        UTF8.encode(Unicode.Scalar(scalar)!) { out.append($0) }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = peek, let digit = Self.hexValue(b) else { throw fail("\\u needs four hexadecimal digits") }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
}
