#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks, before anything is written, that the process may open the files a run needs, so a low
/// `ulimit -n` gives one clear message and exit 74 instead of every row failing (or, with libdispatch,
/// SIGILL) half-way (issue 15). Threads are checked where they are started (`JoinableThread`).
enum BatchResources {
    /// Descriptors a run opens at once besides those already open: the input, the output folder (its lock),
    /// manifest and rejects, a folder scan, the combined file, and per worker one document being written
    /// plus one existing document being compared; two spare for the C libraries.
    static func descriptorsNeeded(jobs: Int) -> Int { 1 + 1 + 2 + 1 + 1 + 2 * jobs + 2 }

    /// Raises the soft limit when the hard limit allows it; throws `.resources` when it does not.
    static func ensureFileDescriptors(jobs: Int) throws(BatchError) {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return }
        if limit.rlim_cur >= 4096 { return }   // plenty (RLIM_INFINITY included); skip counting
        let open = openDescriptors(below: Int(min(limit.rlim_cur, 65_536)))
        let needed = open + descriptorsNeeded(jobs: jobs)
        if Int(limit.rlim_cur) < needed {
            let wanted = min(limit.rlim_max, rlim_t(max(needed, 1024)))   // RLIM_INFINITY is the largest value
            var raised = limit
            raised.rlim_cur = wanted
            if Int(wanted) < needed || setrlimit(resource, &raised) != 0 {
                throw .resources("""
                    too few file descriptors: this process may open \(limit.rlim_cur) (ulimit -n), \(open) are in use, \
                    and a batch with \(jobs) job\(jobs == 1 ? "" : "s") needs \(needed). Raise the limit \
                    (ulimit -n \(max(needed, 256))) or use fewer --jobs; nothing was written
                    """)
            }
        }
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif

    /// How many descriptors below `bound` are open (the limit is small when this matters).
    private static func openDescriptors(below bound: Int) -> Int {
        var n = 0
        for fd in 0..<Int32(bound) where fcntl(fd, F_GETFD) != -1 { n += 1 }
        return n
    }
}
