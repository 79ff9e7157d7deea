import Foundation
import XCTest

/// A private copy of the repository's own library (`templates/`, `locales/`), for tests that must end with
/// a library the engine loads and renders.
struct ShippedLibrary {
    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The copy, usable as a `FixtureLibrary` (export, import, snapshots).
    let library: FixtureLibrary

    /// Copies `templates/` and `locales/`.
    init() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-shipped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        library = FixtureLibrary(root: root)
    }
}
