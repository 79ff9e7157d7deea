/// A document could not be written. Carries the file *name* only as given by the caller; callers that
/// report to users decide how much of the path to show (batch reports never show machine paths).
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or its temporary could not be created, written or linked into place; `errno` is kept for the message.
    case cannotWrite(path: String, errno: Int32)

    /// The path that could not be written.
    public var path: String {
        switch self { case .cannotWrite(let path, _): return path }
    }

    /// The system's error number.
    public var errno: Int32 {
        switch self { case .cannotWrite(_, let code): return code }
    }

    public var description: String {
        switch self {
        case .cannotWrite(let path, let code): return "\(path): cannot write (\(String(cString: strerror(code))))"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
