import Foundation

/// Reads a file in fixed-size chunks through stdio and decodes each chunk to checked UTF-8
/// (`InputDecoder`), so a batch input of any length is streamed, never loaded whole.
///
/// A decoding problem ends the stream: `read()` returns nil and `decodeProblem` says where and why. The
/// batch's first pass (`countRowRecords`) reads every byte this way and turns the problem into a fatal
/// error before any row is processed. The batch's row readers and the termbase read through it.
public final class ByteSource {
    private let file: UnsafeMutablePointer<FILE>
    private var chunk: [UInt8]
    private var decoder: InputDecoder
    /// True once a read found no more bytes (or decoding failed).
    public private(set) var atEnd = false
    /// Why decoding stopped, if it did.
    public private(set) var decodeProblem: DecodeProblem?

    public init?(url: URL, encoding: InputEncoding? = nil, chunkSize: Int = 256 * 1024) {
        guard let f = fopen(url.path, "rb") else { return nil }
        file = f
        chunk = [UInt8](repeating: 0, count: chunkSize)
        decoder = InputDecoder(encoding)
    }

    deinit { fclose(file) }

    /// The next decoded chunk (possibly empty while a character spans two reads), or nil at the end.
    public func read() -> [UInt8]? {
        if atEnd { return nil }
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        switch decoder.decode(chunk[0..<n], final: n == 0) {
        case .success(let bytes):
            if n == 0 {
                atEnd = true
                return bytes.isEmpty ? nil : bytes
            }
            return bytes
        case .failure(let problem):
            decodeProblem = problem
            atEnd = true
            return nil
        }
    }
}
