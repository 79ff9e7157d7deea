import DocumentOutput
import Foundation

/// The output folder of a run, held with an exclusive `flock(2)` for the whole run.
///
/// Two batches into one folder used to interleave: one failed, the other finished with a manifest listing
/// the *other* run's rows (issue 15). The lock is taken on the folder itself (an `O_DIRECTORY` descriptor),
/// so no lock file is left behind; the kernel drops it when the process ends, however it ends, so a
/// `kill -9` never leaves a stale lock. Holding the lock is also what makes cleaning up safe: every
/// temporary privdoc finds in the folder belongs to a run that is over (decision 032).
final class OutputFolder {
    let url: URL
    /// The folder as the user named it, for messages.
    let name: String
    private let descriptor: Int32

    /// Creates the folder if needed and locks it; `.locked` when another run holds it.
    init(url: URL, name: String) throws(BatchError) {
        self.url = url
        self.name = name
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(name)
        }
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotWrite(name) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            throw code == EWOULDBLOCK ? .locked(name) : .cannotWrite(name)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The report files' temporaries of earlier versions of privdoc and the writer's `.NAME.odt.XXXXXX`.
    static let reportTemporaries: Set<String> = [".manifest.csv.partial", ".rejects.csv.partial", ".manifest-pdf.csv.partial"]

    /// Removes what interrupted runs left: the writer's named temporaries of `.odt` files and the report
    /// temporaries. Only names privdoc makes are touched; everything else in the folder is left alone.
    /// Returns how many were removed.
    @discardableResult
    func removeStaleTemporaries() -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return 0 }
        var removed = 0
        for name in names where Self.isStaleTemporary(name) {
            if unlink(url.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    static func isStaleTemporary(_ name: String) -> Bool {
        if reportTemporaries.contains(name) { return true }
        guard let target = AtomicFileWriter.temporaryTarget(of: name) else { return false }
        // manifest-pdf.csv: the PDF sink's manifest (PDFBatch), written by the same writer at the end of a run.
        return target.hasSuffix(".odt") || target == "manifest.csv" || target == "rejects.csv" || target == "manifest-pdf.csv"
    }
}
