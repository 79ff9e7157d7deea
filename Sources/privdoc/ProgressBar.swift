import Batch
import Foundation

/// A progress bar on standard error when it is a terminal (rows done, rate, time left); silent otherwise,
/// where the one-line summary at the end is enough for logs.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    /// Redraws the bar.
    func update(_ p: BatchProgress) {
        guard enabled else { return }
        let total = max(p.total ?? p.done, 1)
        let fraction = min(1, Double(p.done) / Double(total))
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = p.seconds > 0 ? Double(p.done) / p.seconds : 0
        let left = rate > 0 ? Double(total - p.done) / rate : 0
        let line = "\r[\(String(repeating: "#", count: filled))\(String(repeating: "-", count: width - filled))] " +
            "\(p.done)/\(total) rows · \(Int(rate))/s · \(Self.clock(left)) left  "
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    /// Ends the bar's line.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
