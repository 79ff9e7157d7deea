import PrivdocDiagnostics

/// Per-language case values (decision 070, templates.md §4.3): a text field, a line of a list, or a text
/// sub-field of a record may be given once (`service: …`) or once per language
/// (`service: {nl: …, en: …}`). Before validation the version for the document's language is chosen,
/// so the validator, conditions and rendering only ever see plain values.
///
/// A field the template marks `translate: true` (free text read inside sentences) given as one plain
/// value is taken to be written in the case's `language`: rendering it in another language is an error
/// that names the field — a document never mixes languages silently (domain.md §9). Without a case
/// `language`, a plain value counts as written in the document's language.
///
/// Letters (decision 181): the same finding is a warning, and the letter is written with the text as
/// given — a reason in Dutch inside a Polish letter is a defect the sender must see, not a reason to send
/// no letter; `--strict` makes it the error again. Agreements keep the error (decision 070).
struct LanguageValues {
    /// The language being rendered.
    let language: String
    /// Every language code of the library: the keys that make a mapping a per-language value.
    let codes: Set<String>
    /// The case's own `language`, the language of its plain free-text values.
    let caseLanguage: String?
    /// Whether free text in another language is a warning (a letter without `--strict`), not an error.
    var mismatchIsWarning = false
    var bag = DiagnosticBag()

    /// The case with every per-language value resolved to the document's language.
    mutating func resolve(_ data: CaseData, table: FieldTable) -> CaseData {
        guard mayFindPlainMismatch(table) || hasPerLanguageShape(data) else { return data }
        let sortedCodes = codes.sorted()
        var values = data.values
        var locations = data.locations
        for spec in table.specs {
            let name = spec.name
            let versions = sortedCodes.filter { values[name + "." + $0] != nil && !table.declares(name + "." + $0) }
            if !versions.isEmpty {
                let keys = versions.map { name + "." + $0 }
                let first = data.location(of: keys[0])
                for key in keys { values[key] = nil; locations[key] = nil }
                if values[name] != nil {
                    bag.error(.valueLanguage, at: first, field: name, "given both as one value and per language; give one of the two")
                    continue
                }
                guard let chosen = data.values[name + "." + language] else {
                    // Another version stands in (the case's own, if given), so validation reports nothing
                    // twice; with an error nothing is written, with a warning the letter shows it.
                    missing(name, at: first, versions: versions)
                    values[name] = data.values[name + "." + (caseLanguage.flatMap { versions.contains($0) ? $0 : nil } ?? versions[0])]
                    continue
                }
                values[name] = chosen
                locations[name] = data.location(of: name + "." + language)
                continue
            }
            guard let raw = values[name] else { continue }
            values[name] = resolve(raw, spec: spec, path: name, data: data)
        }
        var resolved = CaseData(values: values, locations: locations, origin: data.originLocation)
        resolved.parentLocations = data.parentLocations
        return resolved
    }

    /// Whether a plain free-text value can be in another language than the document's: only when the case
    /// names its language, it is not the document's, and the template has a `translate: true` field.
    /// A batch row is in its own language, so this is false for every row (decision 131).
    private func mayFindPlainMismatch(_ table: FieldTable) -> Bool {
        guard let caseLanguage, caseLanguage != language else { return false }
        return table.hasTranslatable
    }

    /// Whether any value is given per language (`name.xx` keys, mappings) or is a list that may hold such
    /// mappings. Without either, and without `mayFindPlainMismatch`, resolving changes nothing and finds
    /// nothing, so the common case (a letter, a batch row) costs one pass over the keys (decision 131).
    private func hasPerLanguageShape(_ data: CaseData) -> Bool {
        data.values.contains { key, value in
            if let dot = UTF8Bytes.lastDotCharacter(in: key[...]), codes.contains(String(key[key.index(after: dot)...])) { return true }
            switch value {
            case .scalar: return false
            case .map: return true
            case .list(let items): return items.contains { if case .map = $0 { return true } else { return false } }
            }
        }
    }

    /// One value: list lines and record sub-fields may be per-language mappings themselves.
    private mutating func resolve(_ raw: RawValue, spec: FieldSpec, path: String, data: CaseData) -> RawValue {
        switch (spec.type, raw) {
        case (.textList, .list(let items)):
            // One message for a list of plain lines, not one per line.
            if items.contains(where: { if case .map = $0 { return false } else { return true } }) {
                checkPlain(raw, spec: spec, path: path, data: data)
            }
            return .list(items.enumerated().map { index, item in
                resolveScalar(item, spec: spec, path: "\(path)[\(index + 1)]", data: data, plainChecked: true)
            })
        case (.recordList(let subs), .list(let items)):
            return .list(items.enumerated().map { index, item in
                guard case .map(let entries) = item else { return item }
                return .map(entries.map { entry in
                    guard let sub = subs.first(where: { $0.name == entry.key }) else { return entry }
                    let subPath = "\(path)[\(index + 1)].\(entry.key)"
                    return RawValue.Entry(key: entry.key, value: resolve(entry.value, spec: sub, path: subPath, data: data))
                })
            })
        case (.text, _), (.textList, .scalar), (.textList, .map):
            return resolveScalar(raw, spec: spec, path: path, data: data)
        default:
            return raw
        }
    }

    /// A scalar or a per-language mapping (`{nl: …, en: …}`) of scalars or lists.
    private mutating func resolveScalar(_ raw: RawValue, spec: FieldSpec, path: String, data: CaseData,
                                        plainChecked: Bool = false) -> RawValue {
        guard case .map(let entries) = raw else {
            if !plainChecked { checkPlain(raw, spec: spec, path: path, data: data) }
            return raw
        }
        guard !entries.isEmpty, entries.allSatisfy({ codes.contains($0.key) }) else { return raw }
        if let chosen = entries.first(where: { $0.key == language }) { return chosen.value }
        missing(path, at: data.location(of: path), versions: entries.map(\.key).sorted())
        // Stands in for validation (an error keeps the document from being written) or, after a warning,
        // is what the letter shows: the case's own language's version when there is one.
        return (entries.first { $0.key == caseLanguage } ?? entries[0]).value
    }

    /// A plain value of a `translate: true` field is in the case's language only.
    private mutating func checkPlain(_ raw: RawValue, spec: FieldSpec, path: String, data: CaseData) {
        guard spec.translatable, let caseLanguage, caseLanguage != language, !isBlank(raw) else { return }
        report(at: data.location(of: path), field: path,
               "free text written in \(caseLanguage) only (the case's language); the \(language) document needs "
                 + "`{\(caseLanguage): …, \(language): …}`", shown: caseLanguage)
    }

    private mutating func missing(_ path: String, at location: SourceLocation, versions: [String]) {
        let shown = caseLanguage.flatMap { versions.contains($0) ? $0 : nil } ?? versions[0]
        report(at: location, field: path,
               "has no \(language) version (given in \(versions.joined(separator: ", "))); add `\(language): …`", shown: shown)
    }

    /// The finding names the field and the languages, never the text (decision 181).
    private mutating func report(at location: SourceLocation, field: String, _ message: String, shown: String) {
        if mismatchIsWarning {
            bag.warning(.valueLanguage, at: location, field: field,
                        message + " — the \(language) letter shows the \(shown) text; --strict refuses it")
        } else {
            bag.error(.valueLanguage, at: location, field: field, message)
        }
    }

    private func isBlank(_ raw: RawValue) -> Bool {
        switch raw {
        case .scalar(let s): return s.isBlank
        case .list(let l): return l.isEmpty
        case .map(let m): return m.isEmpty
        }
    }
}
