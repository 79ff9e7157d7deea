import Assembly

/// Checks the input's field names against the template once per run, not once per row (issue 15).
///
/// - CSV: the header is checked before any row is read or anything written. A column no template of the
///   library knows is one run-level warning (with `--strict`, a fatal error); a field the template requires
///   that has no column is fatal — every row would be rejected for it.
/// - JSON Lines has no header: each key is looked up the first time it appears, and unknown ones are one
///   run-level warning at the end; a missing required field stays a rejection of that row.
/// Fields that only another template reads (extension data given to the decision letter) are no typo.
final class FieldCheck {
    private let library: Library
    private let templateID: String
    private var known: [String: Bool] = [:]
    private(set) var unknown: [String] = []

    init(library: Library, templateID: String) {
        self.library = library
        self.templateID = templateID
    }

    /// Checks a header; throws `.badHeader` when a required field has no column.
    func checkHeader(_ columns: [String], file: String) throws(BatchError) {
        let alternatives = library.alternatives(ofTemplate: templateID)
        let missing = (library.requiredFields(ofTemplate: templateID) ?? []).filter { field in
            !columns.contains { $0 == field || $0.hasPrefix(field + ".") || $0 == alternatives[field] }
        }
        if !missing.isEmpty {
            let list = missing.map { SafeText.name($0) }.joined(separator: ", ")
            throw .badHeader(file: file, reason: """
                no column for \(missing.count == 1 ? "the required field" : "the required fields") \(list) of \(templateID); \
                every row would be rejected, so nothing was written
                """)
        }
        for column in columns { note(column) }
    }

    /// Looks up the keys of one row (JSON Lines); cheap after the first rows, as keys repeat.
    func checkKeys<S: Sequence>(_ keys: S) where S.Element == String {
        for key in keys where known[key] == nil { note(key) }
    }

    private func note(_ name: String) {
        guard known[name] == nil else { return }
        let isKnown = library.knowsField(name)
        known[name] = isKnown
        if !isKnown { unknown.append(name) }
    }

    /// The run-level warning, or nil when every name is known.
    func warning(file: String) -> String? {
        guard !unknown.isEmpty else { return nil }
        let list = unknown.map { SafeText.name($0) }.joined(separator: ", ")
        return "\(file): \(unknown.count == 1 ? "column" : "columns") \(list) \(unknown.count == 1 ? "is" : "are") not a field of any template; " +
            "\(unknown.count == 1 ? "its" : "their") values were not used (a typo?)"
    }
}
