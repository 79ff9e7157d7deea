import XMLSupport
import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar

/// Checks case data against a template's fields and turns raw text into typed values
/// (templates.md §2.1, §4). Every problem is collected, located, and named by field — never by value.
struct FieldValidator {
    let table: FieldTable
    let data: CaseData
    var bag = DiagnosticBag()
    /// Fields whose value was given but is wrong (rules that read them are skipped).
    var invalid: Set<String> = []

    /// Whether a key this template does not declare is read by another template of the library.
    var alsoKnown: (String) -> Bool = { _ in false }
    /// The countries an address may be in (decision 180); nil when the library has no list.
    var countries: CountryList?

    init(table: FieldTable, data: CaseData) {
        self.table = table
        self.data = data
    }

    /// Validates every field into `values`.
    mutating func validate(into values: inout Values) {
        // How many specs the case gives under their own name: see `reportUnknown(foundFields:)`.
        var found = 0
        for index in table.specs.indices {
            let direct = data.values[table.specs[index].name]
            if direct != nil { found += 1 }
            let spec = table.specs[index]
            if let value = check(spec, raw: direct ?? gatherColumns(spec), at: spec.name) {
                values[spec.name] = value
            } else if let fallback = spec.defaultValue, !invalid.contains(spec.name) {
                values[spec.name] = .text(fallback)
            }
        }
        checkCountries(&values)
        checkPostcodes(&values)
        checkNames(&values)
        checkKeyedLists(values)
        reportUnknown(foundFields: found)
    }

    /// The raw value of a list field the case does not give under its own name: it may come as numbered
    /// columns (`purposes.1`, `purposes.2`, `subprocessors.1.name`) from a CSV file.
    private func gatherColumns(_ spec: FieldSpec) -> RawValue? {
        switch spec.type {
        case .textList, .recordList: break
        default: return nil
        }
        var items: [Int: [RawValue.Entry]] = [:]
        var lines: [Int: RawValue] = [:]
        let prefix = spec.name + "."
        for key in data.values.keys where key.hasPrefix(prefix) {
            let raw = data.values[key]!
            let rest = key.dropFirst(prefix.count)
            let parts = rest.split(separator: ".", maxSplits: 1)
            guard let index = Int(parts[0]) else { continue }
            if parts.count == 2 {
                items[index, default: []].append(RawValue.Entry(key: String(parts[1]), value: raw))
            } else {
                lines[index] = raw
            }
        }
        if !items.isEmpty { return .list(items.keys.sorted().map { .map(items[$0]!.sorted { $0.key < $1.key }) }) }
        if !lines.isEmpty { return .list(lines.keys.sorted().map { lines[$0]! }) }
        return nil
    }

    /// Checks one value; nil when absent or wrong (and the problem is recorded).
    private mutating func check(_ spec: FieldSpec, raw: RawValue?, at path: String) -> Value? {
        if spec.allowEmpty, let raw, Self.isStatedEmpty(raw) {
            if case .recordList = spec.type { return .records([]) }
            return .list([])
        }
        guard let raw, !isBlank(raw) else {
            if spec.required && spec.defaultValue == nil {
                if let other = spec.satisfiedBy {
                    if let given = data.values[other], !isBlank(given) { return nil }
                    bag.error(.fieldRequired, at: data.location(of: path), field: path, "required (or \(other) with initials or given-name)")
                    invalid.insert(path)
                    return nil
                }
                bag.error(.fieldRequired, at: data.location(of: path), field: path, "required")
                invalid.insert(path)
            }
            return nil
        }
        if case .recordList(let subSpecs) = spec.type { return checkRecords(raw, subSpecs, path: path) }
        if spec.multiple, case .enumeration(let allowed) = spec.type { return checkMultiple(raw, spec, allowed, path: path) }
        if case .textList = spec.type {
            switch raw {
            case .list(let items):
                var lines: [String] = []
                for (i, item) in items.enumerated() {
                    guard let text = scalar(item, at: "\(path)[\(i + 1)]", expected: "text") else { continue }
                    lines.append(text)
                }
                return lines.isEmpty ? nil : .list(lines)
            case .scalar(let text):
                guard clean(text, at: path) else { return nil }
                return .list(text.split(separator: "\n").map { String($0).trimmingBlanks }.filter { !$0.isEmpty })
            case .map:
                return fail(path, .fieldType, "expected a list")
            }
        }
        guard let text = scalar(raw, at: path, expected: spec.type.name) else { return nil }
        switch spec.type {
        case .text:
            return .text(text)
        case .date:
            guard let date = CaseDate.parse(text) else { return fail(path, .fieldType, CaseDate.expected) }
            return .date(date)
        case .enumeration(let allowed):
            if let target = spec.aliases[text] { return .text(target) }
            guard allowed.contains(text) else { return fail(path, .fieldType, "expected one of: \(allowed.joined(separator: ", "))") }
            return .text(text)
        case .boolean:
            guard let answer = YesNo.parse(text) else { return fail(path, .fieldType, "expected \(YesNo.accepted)") }
            return .boolean(answer)
        case .integer(let min, let max):
            guard let number = Int(text) else { return fail(path, .fieldType, "expected a whole number") }
            if let min, number < min { return fail(path, .fieldRange, "must be at least \(min)") }
            if let max, number > max { return fail(path, .fieldRange, "must be at most \(max)") }
            return .integer(number)
        case .textList, .recordList:
            return nil
        }
    }

    /// `multiple: true`: one value, a list, or (a CSV cell) values separated by commas or lines; stored as
    /// a list of codes in the order given, each once.
    private mutating func checkMultiple(_ raw: RawValue, _ spec: FieldSpec, _ allowed: [String], path: String) -> Value? {
        var items: [(text: String, path: String)] = []
        switch raw {
        case .scalar(let text):
            guard clean(text, at: path) else { return nil }
            // Items end at a comma or any line break (a CSV cell from Excel holds CR LF, one Character);
            // each is trimmed of the one blank (`Blank`), as every value is.
            items = text.split(whereSeparator: { $0 == "," || $0.isNewline }).map { (String($0).trimmingBlanks, path) }
        case .list(let list):
            for (i, item) in list.enumerated() {
                if let text = scalar(item, at: "\(path)[\(i + 1)]", expected: "enum") { items.append((text, "\(path)[\(i + 1)]")) }
            }
        case .map:
            return fail(path, .fieldType, "expected one value or a list of values")
        }
        var codes: [String] = []
        var ok = true
        for item in items where !item.text.isEmpty {
            let code = spec.aliases[item.text] ?? item.text
            guard allowed.contains(code) else {
                _ = fail(item.path, .fieldType, "expected one of: \(allowed.joined(separator: ", "))")
                ok = false
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        guard ok else { invalid.insert(path); return nil }
        return codes.isEmpty ? nil : .list(codes)
    }

    /// An empty list given on purpose: `[]` in YAML or JSON, or the word `none` (a CSV cell cannot hold `[]`).
    private static func isStatedEmpty(_ raw: RawValue) -> Bool {
        switch raw {
        case .list(let l): return l.isEmpty
        case .scalar(let s): return s.trimmingBlanks.lowercased() == "none"
        case .map: return false
        }
    }

    private mutating func checkRecords(_ raw: RawValue, _ subSpecs: [FieldSpec], path: String) -> Value? {
        guard case .list(let items) = raw else { return fail(path, .fieldType, "expected a list of records") }
        var records: [[String: Value]] = []
        for (i, item) in items.enumerated() {
            let itemPath = "\(path)[\(i + 1)]"
            guard case .map(let entries) = item else {
                _ = fail(itemPath, .fieldType, "expected a record with \(subSpecs.map(\.name).joined(separator: ", "))")
                continue
            }
            var fields: [String: RawValue] = [:]
            Self.flatten(entries, prefix: "", into: &fields)
            var record: [String: Value] = [:]
            for sub in subSpecs {
                if let value = check(sub, raw: fields[sub.name], at: "\(itemPath).\(sub.name)") { record[sub.name] = value }
            }
            for key in fields.keys where !subSpecs.contains(where: { $0.name == key }) {
                bag.warning(.fieldUnknown, at: data.location(of: "\(itemPath).\(key)"), field: "\(itemPath).\(key)",
                            "not a field of this list; ignored")
            }
            records.append(record)
        }
        return records.isEmpty ? nil : .records(records)
    }

    private static func flatten(_ entries: [RawValue.Entry], prefix: String, into out: inout [String: RawValue]) {
        for entry in entries {
            let key = prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)"
            if case .map(let nested) = entry.value { flatten(nested, prefix: key, into: &out) } else { out[key] = entry.value }
        }
    }

    /// The text of a scalar, checked for characters XML cannot hold.
    private mutating func scalar(_ raw: RawValue, at path: String, expected: String) -> String? {
        guard case .scalar(let text) = raw else {
            _ = fail(path, .fieldType, "expected \(expected == "enum" ? "one value" : expected), not a list or mapping")
            return nil
        }
        return clean(text, at: path) ? text : nil
    }

    private mutating func clean(_ text: String, at path: String) -> Bool {
        if let bad = XMLCharacters.firstIllegal(in: text) {
            _ = fail(path, .fieldCharacter, "contains a control character (\(XMLCharacters.codePoint(bad))) that a document cannot hold; remove it")
            return false
        }
        if let open = BidiControls.firstUnclosed(in: text) {
            _ = fail(path, .fieldBidi, "contains a direction control (\(XMLCharacters.codePoint(open.value))) that the value does not close, "
                         + "so it would reverse the text after it; close it (U+202C or U+2069) or remove it")
            return false
        }
        return true
    }

    private func isBlank(_ raw: RawValue) -> Bool {
        switch raw {
        case .scalar(let s): return s.isBlank
        case .list(let l): return l.isEmpty
        case .map(let m): return m.isEmpty
        }
    }

    mutating func reportInvalid(_ path: String, _ code: DiagnosticCode, _ message: String) {
        _ = fail(path, code, message)
    }

    mutating func reportWarning(_ path: String, _ code: DiagnosticCode, _ message: String) {
        bag.warning(code, at: data.location(of: path), field: path, message)
    }

    private mutating func fail(_ path: String, _ code: DiagnosticCode, _ message: String) -> Value? {
        bag.error(code, at: data.location(of: path), field: path, message)
        invalid.insert(path)
        return nil
    }
}
