import Foundation

/// Every file directly in `folder`, by name, with its bytes: what a test compares to prove that a refused
/// run changed nothing (decision 195's thread-shortage tests, in-process and through the CLI).
package func folderSnapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
}
