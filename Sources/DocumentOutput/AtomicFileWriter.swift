import Foundation

/// Writes a finished file so that no reader ever sees half of it (DESIGN invariant 6).
///
/// The bytes go to a temporary file in the target folder (same file system, so the final step is atomic),
/// which is then linked to its final name. Linking fails when the name exists, so an existing document is
/// never overwritten unless `overwrite` is set (then `rename(2)` replaces it atomically). On Linux the
/// temporary file is unnamed (`O_TMPFILE`, then `linkat(2)`): no temporary name ever appears and nothing
/// has to be unlinked, which halves the directory work per document in a batch. There is no fsync per
/// file: the guarantee is against interrupted runs, not power loss, which a re-run repairs
/// (see docs/decisions/007-batch.md).
public enum AtomicFileWriter {
    /// What happened to the target.
    public enum Outcome: Equatable, Sendable {
        /// The file was created.
        case written
        /// The file was replaced (`overwrite`).
        case replaced
        /// A file with exactly these bytes was already there; nothing was written.
        case unchanged
        /// A different file is there and `overwrite` is off; nothing was written.
        case existsDifferent
    }

    /// The target name when `name` is one of the temporaries this writer makes (`.TARGET.XXXXXX`, from
    /// mkstemp(3)), so a batch can remove those an interrupted run (kill -9) left behind. With `O_TMPFILE`
    /// (Linux, no `--force`) no temporary is ever named.
    public static func temporaryTarget(of name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.count > 9, bytes[0] == UInt8(ascii: "."), bytes[bytes.count - 7] == UInt8(ascii: "."),
              bytes.suffix(6).allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        else { return nil }
        return String(decoding: bytes[1..<(bytes.count - 7)], as: UTF8.self)
    }

    /// Writes `bytes` to `url` atomically.
    public static func write(_ bytes: [UInt8], to url: URL, overwrite: Bool) throws(OutputError) -> Outcome {
        let path = url.path
        #if os(Linux)
        if !overwrite, let outcome = try writeUnnamed(bytes, to: path) { return outcome }
        #endif
        if let existing = FileManager.default.contents(atPath: path) {
            if existing.elementsEqual(bytes) { return .unchanged }
            if !overwrite { return .existsDifferent }
        }
        let directory = url.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .cannotWrite(path: directory, errno: errno) }
        let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp creates 0600; a document is an ordinary file for the people who print and post it.
        fchmod(fd, 0o644)
        let ok = writeAll(bytes, to: fd) && close(fd) == 0
        guard ok else {
            let code = errno
            unlink(tmp)
            throw .cannotWrite(path: path, errno: code)
        }
        if overwrite {
            let existed = FileManager.default.fileExists(atPath: path)
            guard rename(tmp, path) == 0 else { let code = errno; unlink(tmp); throw .cannotWrite(path: path, errno: code) }
            return existed ? .replaced : .written
        }
        defer { unlink(tmp) }
        if link(tmp, path) == 0 { return .written }
        if errno == EEXIST { return compareExisting(bytes, path) }
        throw .cannotWrite(path: path, errno: errno)
    }

    #if os(Linux)
    /// Writes through an unnamed temporary file; nil when the file system has no `O_TMPFILE`.
    private static func writeUnnamed(_ bytes: [UInt8], to path: String) throws(OutputError) -> Outcome? {
        let directory = (path as NSString).deletingLastPathComponent
        // O_TMPFILE is a C macro Swift does not import: __O_TMPFILE | O_DIRECTORY (open(2)).
        let fd = open(directory.isEmpty ? "." : directory, __O_TMPFILE | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard writeAll(bytes, to: fd) else { throw .cannotWrite(path: path, errno: errno) }
        if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return .written }
        if errno == EEXIST { return compareExisting(bytes, path) }
        throw .cannotWrite(path: path, errno: errno)
    }
    #endif

    /// The name is taken: identical bytes are fine (a re-run), anything else is left alone.
    private static func compareExisting(_ bytes: [UInt8], _ path: String) -> Outcome {
        if let existing = FileManager.default.contents(atPath: path), existing.elementsEqual(bytes) { return .unchanged }
        return .existsDifferent
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }
}
