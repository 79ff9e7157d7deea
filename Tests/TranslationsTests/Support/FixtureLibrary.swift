import Foundation
import XCTest
@testable import Translations

/// A private copy of `Fixtures/library` in a temporary folder, so tests may import into it.
struct FixtureLibrary {
    /// The fixtures folder next to this test target's sources.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The copy's root.
    let root: URL

    /// Copies the fixture library.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-tr-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("library"), to: root)
    }

    /// A library already copied to `root` (which the test owns).
    init(root: URL) { self.root = root }

    /// Removes the copy.
    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The bytes of a file under the root, nil when it does not exist.
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: root.appendingPathComponent(path).path) }

    /// Every file under the root with its bytes.
    func snapshot() -> [String: Data] {
        var out: [String: Data] = [:]
        let base = root.resolvingSymlinksInPath().path
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            let path = url.resolvingSymlinksInPath().path
            guard let data = FileManager.default.contents(atPath: path), !url.hasDirectoryPath else { continue }
            out[String(path.dropFirst(base.count + 1))] = data
        }
        return out
    }

    /// Exports a language as text.
    func export(_ language: String) throws -> String {
        String(decoding: try XLIFFExporter.export(root: root, language: language).data, as: UTF8.self)
    }

    /// Imports XLIFF text.
    func importXLIFF(_ xliff: String, dryRun: Bool = false) throws -> ImportReport {
        try XLIFFImporter.run(data: Data(xliff.utf8), file: "test.xlf", root: root, dryRun: dryRun)
    }

    /// The catalog of a language.
    func catalog(_ language: String) throws -> TranslationCatalog {
        try TranslationCatalog.load(root: root, language: language)
    }
}

/// Edits exported XLIFF the way a CAT tool would: replaces one unit's `<target>` (or `<source>`).
/// Test input only; privdoc itself never builds XML from strings.
enum XLIFFEdit {
    /// Escapes text for XML content.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The XLIFF with the `<target>` of unit `id` replaced.
    static func setTarget(_ xliff: String, id: String, text: String, state: String?) -> String {
        let stateAttribute = state.map { " state=\"\($0)\"" } ?? ""
        return replaceElement("target", in: xliff, id: id, with: "<target xml:space=\"preserve\"\(stateAttribute)>\(escape(text))</target>")
    }

    /// The XLIFF with the `<target>` of every unit in `texts` replaced, in one pass over the file.
    static func setTargets(_ xliff: String, _ texts: [String: String], state: String?) -> String {
        let end = "</trans-unit>"
        return xliff.components(separatedBy: end).map { unit -> String in
            guard let idStart = unit.range(of: "<trans-unit id=\""),
                  let idEnd = unit[idStart.upperBound...].firstIndex(of: "\""),
                  let text = texts[String(unit[idStart.upperBound..<idEnd])] else { return unit }
            return setTarget(unit + end, id: String(unit[idStart.upperBound..<idEnd]), text: text, state: state)
                .replacingOccurrences(of: end, with: "")
        }.joined(separator: end)
    }

    /// The XLIFF with the `<source>` of unit `id` replaced.
    static func setSource(_ xliff: String, id: String, text: String) -> String {
        replaceElement("source", in: xliff, id: id, with: "<source xml:space=\"preserve\">\(escape(text))</source>")
    }

    private static func replaceElement(_ name: String, in xliff: String, id: String, with replacement: String) -> String {
        guard let unit = xliff.range(of: "<trans-unit id=\"\(id)\""),
              let end = xliff.range(of: "</trans-unit>", range: unit.upperBound..<xliff.endIndex),
              let start = xliff.range(of: "<\(name)", range: unit.upperBound..<end.lowerBound) else {
            XCTFail("no <\(name)> in unit \(id)")
            return xliff
        }
        let selfClosing = xliff.range(of: "/>", range: start.upperBound..<end.lowerBound)
        let closing = xliff.range(of: "</\(name)>", range: start.upperBound..<end.lowerBound)
        let elementEnd: String.Index
        if let closing, selfClosing.map({ closing.lowerBound < $0.lowerBound }) ?? true {
            elementEnd = closing.upperBound
        } else {
            elementEnd = selfClosing!.upperBound
        }
        var out = xliff
        out.replaceSubrange(start.lowerBound..<elementEnd, with: replacement)
        return out
    }
}
