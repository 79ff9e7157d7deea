/// Why a document could not be converted. Messages name files and the converter, never document content.
public enum ConversionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// LibreOffice (or its Python-UNO bridge) is not installed or cannot start; says what to install.
    case unavailable(String)
    /// The system has no threads or processes left for the converters (`ulimit -u`); says what to do.
    case resources(String)
    /// The converter did not answer within the time limit; it was killed and will be restarted.
    case timedOut(seconds: Double)
    /// The converter process died during the conversion; it will be restarted.
    case crashed(String)
    /// LibreOffice answered but could not convert this document.
    case failed(String)
    /// The run was cancelled (Ctrl-C, kill) before this document was converted.
    case cancelled

    public var description: String {
        switch self {
        case .unavailable(let why): return "PDF conversion unavailable: \(why)"
        case .resources(let why): return why
        case .timedOut(let s): return "PDF conversion timed out after \(Self.format(s)) s; the converter was killed and restarted"
        case .crashed(let why): return "the PDF converter crashed (\(why)); it was restarted"
        case .failed(let why): return "PDF conversion failed: \(why)"
        case .cancelled: return "PDF conversion cancelled"
        }
    }

    /// Whether the converter must be thrown away and started again after this error.
    public var needsRestart: Bool {
        switch self {
        case .timedOut, .crashed: return true
        case .unavailable, .resources, .failed, .cancelled: return false
        }
    }

    /// Whether this says a converter could not be started (not that one document failed).
    var isStartFailure: Bool {
        switch self {
        case .unavailable, .resources: return true
        case .timedOut, .crashed, .failed, .cancelled: return false
        }
    }

    private static func format(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(format: "%.1f", s)
    }
}
