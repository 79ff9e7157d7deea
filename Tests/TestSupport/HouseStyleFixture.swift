import Foundation
import ODF

/// The repository's built-in house style (`templates/house-style/house-style.fodt`), loaded once for
/// tests that write documents without a library.
public enum HouseStyleFixture {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The built-in style sheet.
    public static let builtIn: StyleSheet = {
        let url = repositoryRoot.appendingPathComponent("templates/house-style/house-style.fodt")
        // A test fixture: a missing or broken built-in house style fails every test that uses it, loudly.
        let bytes = [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
        do { return try StyleSheet.load(reference: bytes, named: "house-style.fodt", over: nil) } catch {
            fatalError("the built-in house style does not load: \(error)")
        }
    }()

    /// A reference document laid over the built-in style sheet.
    public static func reference(_ bytes: [UInt8], named name: String) throws -> StyleSheet {
        try StyleSheet.load(reference: bytes, named: name, over: builtIn)
    }
}

extension ODFWriter {
    /// The whole `.odt` of `document` in the built-in house style.
    public static func package(_ document: Document) throws(ODFError) -> [UInt8] {
        try package(document, styleSheet: HouseStyleFixture.builtIn)
    }
}

extension PackageTemplate {
    /// A template in the built-in house style.
    public convenience init(prototype: Document) throws(ODFError) {
        try self.init(prototype: prototype, styleSheet: HouseStyleFixture.builtIn)
    }
}
