import PrivdocDiagnostics
import Foundation

/// The facts of one case — raw values by dotted path, each with where it was read — before validation
/// against a template (templates.md §4).
///
/// Built from a YAML or JSON file (`load(file:)`), from a batch row (`init(values:locations:origin:)`),
/// and adjusted with `--set` (`set(_:_:)`).
public struct CaseData: Sendable {
    /// The raw values by dotted path (`recipient.name`). Lists stay whole (`subprocessors`).
    public private(set) var values: [String: RawValue]
    /// Where each value was read.
    public private(set) var locations: [String: SourceLocation]
    /// The file (or `file:row`) the case came from, used to locate problems about absent fields.
    public let origin: String
    /// Where a mapping (`recipient:`) starts, to locate a missing sub-field near its parent.
    var parentLocations: [String: SourceLocation] = [:]

    /// Creates case data from values already read (the batch readers use this, with row locations).
    public init(values: [String: RawValue], locations: [String: SourceLocation], origin: String) {
        self.values = values
        self.locations = locations
        self.origin = origin
    }

    /// Sets one field to a text value, replacing any earlier value (`--set path=value`).
    public mutating func set(_ path: String, _ value: String) {
        values[path] = .scalar(value)
        locations[path] = SourceLocation(file: "--set \(path)")
    }

    /// Removes a field.
    public mutating func remove(_ path: String) {
        values[path] = nil
        locations[path] = nil
    }

    /// Whether a field has a non-empty value.
    public func hasValue(_ path: String) -> Bool {
        switch values[path] {
        case .scalar(let s)?: return !s.isEmpty
        case .list(let l)?: return !l.isEmpty
        case .map(let m)?: return !m.isEmpty
        case nil: return false
        }
    }

    /// The text of a scalar field, or nil.
    public func scalar(_ path: String) -> String? { values[path]?.scalar }

    /// Where a field was read; for an absent field, where its nearest parent mapping starts, else the file.
    func location(of path: String) -> SourceLocation {
        if let location = locations[path] { return location }
        var prefix = Substring(path)
        while let dot = prefix.lastIndex(of: ".") {
            prefix = prefix[..<dot]
            if let location = parentLocations[String(prefix)] { return location }
        }
        return originLocation
    }

    /// The origin as a location (`cases.csv:17` keeps its row).
    var originLocation: SourceLocation {
        if let colon = origin.lastIndex(of: ":"), let row = Int(origin[origin.index(after: colon)...]) {
            return SourceLocation(file: String(origin[..<colon]), row: row)
        }
        return SourceLocation(file: origin)
    }

    /// Loads a `.yaml`, `.yml` or `.json` file. JSON is read by the YAML parser too (JSON is a subset of
    /// YAML 1.2 flow style), so every value keeps its line and column.
    public static func load(file: URL) throws(Diagnostics) -> CaseData {
        let name = file.lastPathComponent
        guard let data = try? Data(contentsOf: file) else {
            throw Diagnostics([.error(.caseRead, at: SourceLocation(file: name), "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostics([.error(.caseEncoding, at: SourceLocation(file: name), "the file is not UTF-8 text")])
        }
        return try CaseDataReader.read(text, file: name)
    }
}
