import Foundation

/// Resident memory of the converter processes (Linux /proc), for the benchmark's "memory stays flat" check.
public enum ProcessMemory {
    /// The summed resident set (MB) of every process in the converter process groups alive now, and the
    /// largest single process.
    public static func converterResident() -> (total: Double, largest: Double) {
        let groups = ProcessRegistry.shared.liveGroups
        guard !groups.isEmpty, let pids = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return (0, 0) }
        var total = 0.0, largest = 0.0
        for pid in pids where pid.first?.isNumber == true {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after the command name: state ppid pgrp …; the name itself may contain spaces.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let group = Int32(fields[2]), groups.contains(group),
                  let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
                  let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { continue }
            total += kb / 1024
            largest = max(largest, kb / 1024)
        }
        return (total, largest)
    }
}
