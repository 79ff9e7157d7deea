import Foundation

/// Reads a file in fixed-size chunks through stdio, so a batch input of any length is streamed, never
/// loaded whole.
final class ByteSource {
    private let file: UnsafeMutablePointer<FILE>
    private var chunk: [UInt8]
    /// True once a read found no more bytes.
    private(set) var atEnd = false

    init?(url: URL, chunkSize: Int = 256 * 1024) {
        guard let f = fopen(url.path, "rb") else { return nil }
        file = f
        chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit { fclose(file) }

    /// The next chunk, or nil at the end of the file.
    func read() -> ArraySlice<UInt8>? {
        if atEnd { return nil }
        let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        if n == 0 {
            atEnd = true
            return nil
        }
        return chunk[0..<n]
    }
}
