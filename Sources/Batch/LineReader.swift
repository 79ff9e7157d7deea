import DelimitedText
import Assembly
import Foundation

/// Reads a decoded file line by line (JSON Lines never has a line break inside a record), in linear time
/// however long a line is, and with a bounded buffer: a line longer than the maximum record size is
/// skipped and reported, not held in memory.
final class LineReader {
    /// One line, or a line that was too long.
    enum Line {
        case line([UInt8], number: Int)
        case tooLong(number: Int)
    }

    private let source: ByteSource
    private let maximum: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line feed resumes (bytes before it hold none).
    private var searched = 0
    private var line = 0
    private var skipping = false

    init(url: URL, encoding: InputEncoding?, limits: CaseInputLimits) throws(BatchError) {
        guard let s = ByteSource(url: url, encoding: encoding) else { throw .cannotRead(url.path) }
        source = s
        maximum = limits.maximumRecordBytes
    }

    /// Why decoding stopped early, if it did.
    var decodeProblem: DecodeProblem? { source.decodeProblem }

    /// The next line (without its line feed; a UTF-8 byte order mark was removed by the decoder).
    func nextLine() -> Line? {
        while true {
            if let nl = buffer[searched...].firstIndex(of: 0x0A) {
                line += 1
                let bytes = Array(buffer[position..<nl])
                position = nl + 1
                searched = position
                if skipping || bytes.count > maximum { skipping = false; return .tooLong(number: line) }
                return .line(bytes, number: line)
            }
            searched = buffer.count
            if searched - position > maximum && !skipping {
                // Too long: drop what is held and skip to the end of the line.
                skipping = true
            }
            if skipping { buffer.removeAll(keepingCapacity: true); position = 0; searched = 0 }
            buffer.removeSubrange(0..<position)
            searched -= position
            position = 0
            guard let chunk = source.read() else {
                guard !buffer.isEmpty || skipping else { return nil }
                line += 1
                let bytes = buffer
                buffer.removeAll()
                searched = 0
                if skipping || bytes.count > maximum { skipping = false; return .tooLong(number: line) }
                return .line(bytes, number: line)
            }
            buffer.append(contentsOf: chunk)
        }
    }
}
