import DelimitedText
import PrivdocDiagnostics
import Foundation

/// The facts of one case — raw values by dotted path, each with where it was read — before validation
/// against a template (templates.md §4).
///
/// Made only by `CaseDataBuilder`, which every reader feeds (decision 020): `load(file:)` for a YAML or
/// JSON file, the batch readers for a row, `CaseDataBuilder.overriding` for `--set`. `set(_:_:)` and
/// `remove(_:)` are for tests and tools that vary a case they built.
public struct CaseData: Sendable {
    /// The raw values by dotted path (`recipient.name`). Lists stay whole (`subprocessors`).
    public private(set) var values: [String: RawValue]
    /// Where each value was read (list items as `path[1]`, record fields as `path[1].name`).
    public private(set) var locations: [String: SourceLocation]
    /// Where the case comes from (the file, or `file:row` for a batch row): locates problems about
    /// absent fields.
    public let originLocation: SourceLocation
    /// Where a mapping (`recipient:`) starts, to locate a missing sub-field near its parent.
    var parentLocations: [String: SourceLocation] = [:]

    /// Case data from values already checked by the builder.
    init(values: [String: RawValue], locations: [String: SourceLocation], origin: SourceLocation) {
        self.values = values
        self.locations = locations
        self.originLocation = origin
    }

    /// Sets one field to a text value, replacing any earlier value, unchecked (tests; `--set` goes
    /// through `CaseDataBuilder.overriding`).
    public mutating func set(_ path: String, _ value: String) {
        values[path] = .scalar(value)
        locations[path] = .commandLine(setting: path)
    }

    /// Removes a field.
    public mutating func remove(_ path: String) {
        values[path] = nil
        locations[path] = nil
    }

    /// Whether a field has a value that is not blank (``Blank``).
    public func hasValue(_ path: String) -> Bool {
        switch values[path] {
        case .scalar(let s)?: return !s.isBlank
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
            // An item of a list (`transfers[1]` for an absent `transfers[1].mechanism`).
            if prefix.last == "]", let location = locations[String(prefix)] { return location }
        }
        return originLocation
    }

    /// Loads a `.yaml`, `.yml` or `.json` file, decoded as `encoding` (decision 024): JSON by the JSON
    /// reader, everything else by the YAML reader, both with line and column for every value.
    public static func load(file: URL, encoding: InputEncoding? = nil,
                            limits: CaseInputLimits = .standard) throws(Diagnostics) -> CaseData {
        let name = file.lastPathComponent
        let origin = SourceLocation(file: name)
        let size = (try? file.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        if size > limits.maximumFileBytes {
            throw Diagnostics([.error(.caseLimit, at: origin,
                                      "the file is larger than the maximum of \(CaseInputLimits.describe(bytes: limits.maximumFileBytes))")])
        }
        guard let data = try? Data(contentsOf: file) else {
            throw Diagnostics([.error(.caseRead, at: origin, "cannot read the file")])
        }
        return try read(Array(data), file: name, encoding: encoding, limits: limits)
    }

    /// Reads case data from the bytes of a file named `file` (its extension picks JSON or YAML).
    public static func read(_ bytes: [UInt8], file: String, encoding: InputEncoding? = nil,
                            limits: CaseInputLimits = .standard) throws(Diagnostics) -> CaseData {
        if bytes.count > limits.maximumFileBytes {
            throw Diagnostics([.error(.caseLimit, at: SourceLocation(file: file),
                                      "the file is larger than the maximum of \(CaseInputLimits.describe(bytes: limits.maximumFileBytes))")])
        }
        let text: String
        switch InputDecoder.decode(bytes, as: encoding) {
        case .success(let decoded): text = decoded
        case .failure(let problem): throw Diagnostics([problem.diagnostic(file: file)])
        }
        if file.lowercased().hasSuffix(".json") {
            return try JSONCaseReader.read(text, file: file, limits: limits)
        }
        return try YAMLCaseReader.read(text, file: file, limits: limits)
    }
}
