import Foundation

/// Where `--combined` writes, validated before any row (issue 15: any path was taken, and with mixed
/// languages a folder or a non-`.odt` name became `NAME-nl.odt` *beside* it, even at the file-system root).
///
/// - `FILE.odt` (any letter case of `.odt`): that file, or with mixed languages `FILE-nl.odt`,
///   `FILE-en.odt`, … in the same folder.
/// - An existing folder, or a path ending in `/`: `TEMPLATE-combined.odt` (or `TEMPLATE-combined-nl.odt`, …)
///   inside it.
/// - Anything else (another extension, no extension, a hidden name) is refused before any row.
/// A missing folder is created when the file is written, as `--out` is.
struct CombinedTarget {
    /// The folder the file or files go into.
    let folder: URL
    /// The file name without `.odt`.
    let base: String

    init(_ url: URL, templateID: String) throws(BatchError) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if url.hasDirectoryPath || (exists && isDirectory.boolValue) {
            guard !exists || isDirectory.boolValue else {
                throw .invalidOption("--combined: \(SafeText.name(url.lastPathComponent)) is a file, not a folder")
            }
            folder = url
            base = "\(templateID)-combined"
            return
        }
        let name = url.lastPathComponent
        guard url.pathExtension.lowercased() == "odt" else {
            throw .invalidOption("--combined must name an .odt file (or a folder); \(SafeText.name(name)) does not end in .odt")
        }
        let stem = String(name.dropLast(4))
        guard !stem.isEmpty, !stem.hasPrefix(".") else {
            throw .invalidOption("--combined: \(SafeText.name(name)) is not a usable file name (empty or hidden)")
        }
        folder = url.deletingLastPathComponent()
        base = stem
    }

    /// The file for one language: `BASE.odt` when the run has one language, else `BASE-LANG.odt`.
    func url(language: String, only: Bool) -> URL {
        folder.appendingPathComponent(only ? "\(base).odt" : "\(base)-\(language).odt")
    }

    /// The stems no letter of the run may take when the combined file goes into the output folder.
    func reservedNames(languages: [String]) -> [String] {
        [base] + languages.map { "\(base)-\($0)" }
    }
}
