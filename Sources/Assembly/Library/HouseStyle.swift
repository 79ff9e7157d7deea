import PrivdocDiagnostics
import Foundation
import ODF

/// The house style of a library: privdoc's built-in reference document, with the organisation's own
/// (`house-style:` in the profile, a LibreOffice `.ott` or `.odt`) laid over it, and the letter geometry
/// read from the result (decision 050).
struct HouseStyle: Sendable {
    /// The built-in reference document, relative to the library root.
    static let builtInFile = "templates/house-style/house-style.fodt"

    let styleSheet: StyleSheet
    let geometry: LetterGeometry

    /// Loads the built-in style sheet and, when `reference` is given (a path relative to the profile's
    /// folder, written at `location`), the organisation's over it. Every problem is a located error.
    static func load(root: URL, profile: (url: URL, file: String), reference: (path: String, location: SourceLocation)?) -> (HouseStyle?, [Diagnostic]) {
        let builtIn: StyleSheet
        do {
            builtIn = try read(root.appendingPathComponent(builtInFile), named: builtInFile, over: nil)
        } catch {
            return (nil, [.error(.styleRead, at: SourceLocation(file: builtInFile), "the built-in house style cannot be used: \(error)")])
        }
        var sheet = builtIn
        var file = builtInFile
        if let reference {
            let url = profile.url.deletingLastPathComponent().appendingPathComponent(reference.path)
            let lower = reference.path.lowercased()
            guard lower.hasSuffix(".ott") || lower.hasSuffix(".odt") || lower.hasSuffix(".fodt") else {
                return (nil, [.error(.styleRead, at: reference.location, field: "house-style",
                                     "the house style must be a LibreOffice text template or document (.ott, .odt or .fodt)")])
            }
            do {
                sheet = try read(url, named: reference.path, over: builtIn)
                file = (profile.file as NSString).deletingLastPathComponent + "/" + reference.path
            } catch {
                return (nil, [.error(.styleRead, at: reference.location, field: "house-style", "\(error)")])
            }
        }
        switch LetterGeometry.read(sheet, file: file) {
        case .success(let geometry): return (HouseStyle(styleSheet: sheet, geometry: geometry), [])
        case .failure(let problems): return (nil, problems.items)
        }
    }

    private static func read(_ url: URL, named name: String, over base: StyleSheet?) throws(ODFError) -> StyleSheet {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalidModel("\(name) cannot be read")
        }
        return try StyleSheet.load(reference: [UInt8](data), named: name, over: base)
    }
}
