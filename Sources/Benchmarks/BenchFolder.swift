import Foundation

/// The working folder of `privdoc bench`, which never deletes what privdoc did not create (issue 15:
/// `bench --out DIR` used to delete DIR recursively, whatever it held).
///
/// A folder is usable when it does not exist yet, is empty, or carries the marker file `.privdoc-bench`
/// that bench leaves in every folder it creates. Even then only bench's own files are removed, one by
/// one, by name pattern — never a recursive delete — and a sub-folder only when it is then empty.
public enum BenchFolder {
    /// The marker file's name.
    public static let marker = ".privdoc-bench"

    /// Why a folder cannot be used.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Makes `url` ready: creates it with the marker, or checks an existing one (see the type).
    public static func prepare(_ url: URL, name: String) throws -> URL {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Refusal(description: "\(name) exists and is not a folder; nothing was changed") }
            let entries = try fm.contentsOfDirectory(atPath: url.path)
            guard entries.isEmpty || entries.contains(marker) else {
                throw Refusal(description: "\(name) is not empty and was not made by privdoc bench; nothing was deleted — choose a new or empty folder")
            }
        } else {
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
        }
        guard fm.createFile(atPath: url.appendingPathComponent(marker).path, contents: Data("made by privdoc bench\n".utf8)) else {
            throw Refusal(description: "\(name): cannot write")
        }
        return url
    }

    /// Removes the regular files in `folder` whose names match `isOwn` (nothing else), and then the
    /// folder itself if that left it empty. A missing folder is fine.
    public static func removeOwnFiles(in folder: URL, isOwn: (String) -> Bool) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where isOwn(name) {
            let path = folder.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            try fm.removeItem(atPath: path)
        }
        if (try? fm.contentsOfDirectory(atPath: folder.path))?.isEmpty == true { try? fm.removeItem(at: folder) }
    }
}
