import Foundation

/// A private temporary folder (mode 0700) that is removed when its owner goes away, and on Ctrl-C/kill
/// through the `ProcessRegistry`. Holds a converter's LibreOffice profile and its unfinished PDFs.
final class PrivateFolder: @unchecked Sendable {
    /// The folder.
    let url: URL

    /// Creates `$TMPDIR/privdoc-<prefix>-XXXXXX`.
    init(prefix: String) throws(ConversionError) {
        var template = Array("\(NSTemporaryDirectory())/privdoc-\(prefix)-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw .unavailable("cannot create a temporary folder in \(NSTemporaryDirectory())")
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        ProcessRegistry.shared.addFolder(url.path)
    }

    deinit { remove() }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
        ProcessRegistry.shared.removeFolder(url.path)
    }
}
