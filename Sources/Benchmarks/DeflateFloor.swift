import Dispatch
import Foundation
import ODF
import Synchronization

/// The floor a batch run is compared with: deflating and writing the same per-letter bytes (`content.xml`
/// and `meta.xml` of every letter written) with the same number of threads, but with no templating, no XML
/// writing and no assembly. A batch can never be faster than this; the ratio says what the rest costs.
public enum DeflateFloor {
    /// Timed result.
    public struct Result: Sendable {
        /// Documents measured.
        public let documents: Int
        /// Seconds spent deflating and writing (reading the inputs back is not timed).
        public let seconds: Double
    }

    /// Measures the floor over every `.odt` in `letters`, in chunks of 512 documents.
    public static func measure(letters: URL, jobs: Int) throws -> Result {
        let files = try FileManager.default.contentsOfDirectory(atPath: letters.path).filter { $0.hasSuffix(".odt") }.sorted()
        let target = letters.deletingLastPathComponent().appendingPathComponent("floor", isDirectory: true)
        try BenchFolder.removeOwnFiles(in: target) { $0.hasSuffix(".odt") }
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var nanos: UInt64 = 0
        for chunkStart in stride(from: 0, to: files.count, by: 512) {
            let names = Array(files[chunkStart..<min(files.count, chunkStart + 512)])
            let parts: [[[UInt8]]] = try names.map { name in
                let reader = try PackageReader(bytes: Array(try Data(contentsOf: letters.appendingPathComponent(name))))
                return [reader.entry("content.xml") ?? [], reader.entry("meta.xml") ?? []]
            }
            let next = Atomic<Int>(0)
            let t0 = DispatchTime.now().uptimeNanoseconds
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, names.count))) { _ in
                while true {
                    let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard i < names.count else { return }
                    var out: [UInt8] = []
                    for part in parts[i] { out.append(contentsOf: Deflate.compress(part).data) }
                    let fd = open(target.appendingPathComponent(names[i]).path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    if fd >= 0 {
                        _ = out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                        close(fd)
                    }
                }
            }
            nanos += DispatchTime.now().uptimeNanoseconds - t0
        }
        return Result(documents: files.count, seconds: Double(nanos) / 1e9)
    }
}

/// CPU time and peak memory of this process, for the benchmark report.
public enum ResourceUsage {
    #if os(Linux)
    private static let selfUsage = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    private static let selfUsage = RUSAGE_SELF
    #endif

    /// User + system CPU seconds so far.
    public static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(selfUsage, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size in MB (`VmHWM` from /proc/self/status on Linux; `ru_maxrss` elsewhere).
    public static func peakResidentMegabytes() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Double(line.split(separator: " ").dropFirst().first ?? "") {
            return kb / 1024
        }
        var usage = rusage()
        getrusage(selfUsage, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
