import PrivdocDiagnostics

/// The batch's header check (issue 15): the columns of a CSV header (or the keys of the first JSON
/// Lines record) against a template, once per run — not once per row (decision 013).
extension Library {
    /// Problems of a batch header for `templateID`:
    /// - a column no template of the library reads: one run-level warning naming them all (a typo such as
    ///   `request.chanel` would otherwise be ignored silently in every row);
    /// - a field the template requires, with no default, that no column can fill: an error per field,
    ///   fatal before any row is processed. `date` always has a default (`--date`, else today); `language`
    ///   has one when the run has a default language (`batch --lang`).
    /// Columns that another template of the library reads are not typos and pass without a word.
    public func checkHeader(template templateID: String, columns: [String], file: String,
                            hasDefaultLanguage: Bool) -> [Diagnostic] {
        guard let template = templates[templateID] else { return [] }
        let location = SourceLocation(file: file, line: 1)
        var out: [Diagnostic] = []
        let unknown = columns.filter { !knowsField($0) }
        if !unknown.isEmpty {
            out.append(.warning(.fieldUnknown, at: location,
                                "\(unknown.count == 1 ? "column" : "columns") \(unknown.map(Self.printable).joined(separator: ", ")) \(unknown.count == 1 ? "is" : "are") not read by any template of the library (a typo?); ignored in every row"))
        }
        let present = Set(columns)
        func given(_ name: String) -> Bool {
            present.contains(name) || columns.contains { $0.hasPrefix(name + ".") }
        }
        for spec in template.fields.specs where spec.required && spec.defaultValue == nil && !given(spec.name) {
            out.append(.error(.fieldRequired, at: location, field: spec.name,
                              "required by template \(templateID), but the header has no such column; no row was processed"))
        }
        if !hasDefaultLanguage && !given("language") {
            out.append(.error(.fieldRequired, at: location, field: "language",
                              "the header has no language column and the run no default language (--lang); no row was processed"))
        }
        return out
    }

    /// A name from a file, safe to print: control, format and bidi characters become `?`.
    static func printable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { s in
            switch s.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate: return "?"
            default: return s
            }
        }))
    }
}
