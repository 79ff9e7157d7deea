import DelimitedText
import PrivdocDiagnostics

/// The one place that makes `CaseData` (issue 10, "One case-data builder"): the YAML, JSON, JSON Lines and
/// CSV readers only tokenise, and feed their keys and `CaseNode` values here.
///
/// The rules, the same for every format (decision 020):
/// - a nested mapping and a dotted key are the same path (`recipient: {name: …}` ≡ `recipient.name: …`),
///   and the two may be mixed as long as no path is given twice;
/// - a path given twice — a repeated key, the same field nested and dotted, or a value *and* sub-fields
///   under one name (`recipient: X` with `recipient.name: Y`) — is an error naming both places, never
///   "the last one wins" (that made letters differ from run to run);
/// - `null` (and an empty CSV cell) means "no value", but still counts as given for the duplicate rule;
///   null items of a list are dropped;
/// - scalars keep the text as written (`2026.10` stays `2026.10`); typing is the validator's job;
/// - every value keeps the `SourceLocation` its reader gave it; a mapping's key locates its missing
///   sub-fields.
public struct CaseDataBuilder {
    /// Where the case comes from: the file, or a batch row.
    public let origin: SourceLocation
    /// The sizes enforced.
    public let limits: CaseInputLimits
    private var values: [String: RawValue] = [:]
    private var locations: [String: SourceLocation] = [:]
    /// Every path given, a null included, with where: the duplicate rule.
    private var given: [String: SourceLocation] = [:]
    /// Every proper prefix of a given path (`recipient` of `recipient.name`), with its first key's location.
    private var parents: [String: SourceLocation] = [:]
    /// The paths with a value, in the order given (the entries of a record keep file order).
    private var order: [String] = []
    private var count = 0
    private var bag = DiagnosticBag()

    /// A builder for one case; `expectedKeys` (a CSV row's columns) sizes its tables once, so a batch row
    /// does not grow each of them step by step.
    public init(origin: SourceLocation, limits: CaseInputLimits = .standard, expectedKeys: Int = 0) {
        self.origin = origin
        self.limits = limits
        guard expectedKeys > 0 else { return }
        values.reserveCapacity(expectedKeys)
        locations.reserveCapacity(expectedKeys)
        given.reserveCapacity(expectedKeys)
        order.reserveCapacity(expectedKeys)
    }

    /// Adds the root of a YAML or JSON document: it must be a mapping (an empty document is an empty case).
    public mutating func addRoot(_ node: CaseNode) {
        switch node.kind {
        case .mapping(let members): for member in members { add(member) }
        case .null: break
        case .scalar, .list: bag.error(.caseStructure, at: node.location, "case data must be a mapping of field names to values")
        }
    }

    /// Adds one top-level key (possibly dotted) and its value.
    public mutating func add(_ member: CaseNode.Member) {
        add(member, under: nil)
    }

    /// Adds one top-level key and value (a CSV column and its cell).
    public mutating func add(_ key: String, at keyLocation: SourceLocation, _ value: CaseNode) {
        add(CaseNode.Member(key: key, keyLocation: keyLocation, value: value), under: nil)
    }

    /// The problems found so far.
    public var problems: [Diagnostic] { bag.items }

    /// The case data, or every problem found (sorted by location).
    public func build() throws(Diagnostics) -> CaseData {
        if bag.hasErrors { throw bag.sorted }
        var data = CaseData(values: values, locations: locations, origin: origin)
        data.parentLocations = parents
        return data
    }

    /// The case with `--set path=value` applied, by the same rules (issue 10): an override replaces the
    /// case's value at the same path — that is what `--set` is for — but a path with an empty part, a
    /// value where the case has sub-fields (`--set recipient=X` beside `recipient.name`), sub-fields under
    /// a value of the case, or one path set twice get the located errors a file gets.
    public static func overriding(_ data: CaseData, with assignments: [(path: String, value: String)],
                                  limits: CaseInputLimits = .standard) throws(Diagnostics) -> CaseData {
        var builder = CaseDataBuilder(origin: data.originLocation, limits: limits)
        builder.values = data.values
        builder.locations = data.locations
        builder.parents = data.parentLocations
        for path in data.values.keys { builder.given[path] = data.locations[path] ?? data.originLocation }
        builder.count = data.locations.count
        var overridden: Set<String> = []
        for (path, value) in assignments {
            let location = SourceLocation.commandLine(setting: path)
            if !overridden.contains(path), builder.given.removeValue(forKey: path) != nil {   // the case's own value
                builder.values[path] = nil
                builder.locations[path] = nil
            }
            overridden.insert(path)
            builder.add(path, at: location, CaseNode(.scalar(value), at: location))
        }
        return try builder.build()
    }

    // MARK: - Paths

    private mutating func add(_ member: CaseNode.Member, under prefix: String?) {
        guard let path = join(prefix, member.key, at: member.keyLocation) else { return }
        let value = member.value
        switch value.kind {
        case .mapping(let members):
            guard claimParent(path, at: member.keyLocation) else { return }
            for nested in members { add(nested, under: path) }
        case .null:
            claim(path, nil, at: value.location, keyAt: member.keyLocation)
        case .scalar(let text):
            guard checkSize(text, path: path, at: value.location) else { return }
            claim(path, .scalar(text), at: value.location, keyAt: member.keyLocation)
        case .list(let items):
            guard let list = listValue(items, path: path) else { return }
            claim(path, list, at: value.location, keyAt: member.keyLocation)
        }
    }

    /// `prefix.key`, with every part of a dotted key checked.
    private mutating func join(_ prefix: String?, _ key: String, at location: SourceLocation) -> String? {
        let path = prefix.map { "\($0).\(key)" } ?? key
        if path.utf8.count > limits.maximumKeyBytes {
            bag.error(.caseLimit, at: location, "a field name is longer than \(CaseInputLimits.describe(bytes: limits.maximumKeyBytes))")
            return nil
        }
        if key.isEmpty || key.utf8.first == UInt8(ascii: ".") || key.utf8.last == UInt8(ascii: ".") || hasEmptyPart(key) {
            bag.error(.caseStructure, at: location, field: path.isEmpty ? nil : path,
                      key.isEmpty ? "a field name is empty" : "a field name has an empty part between dots")
            return nil
        }
        return path
    }

    /// Whether a key holds `..`. Foundation's `contains` is asked only when the bytes hold two dots in a
    /// row: it is a search through `NSString` on Linux, costlier than the rest of a CSV cell, and it
    /// also leaves a dot with a combining mark alone (`..` + U+0301), which it then keeps deciding.
    private func hasEmptyPart(_ key: String) -> Bool {
        var previous: UInt8 = 0
        let pair = UTF8Bytes.anyByte(of: key) { byte in
            defer { previous = byte }
            return byte == UInt8(ascii: ".") && previous == byte
        }
        return pair && key.contains("..")
    }

    /// Records a value (nil for null) at `path`, unless the path or one of its parents is already given.
    private mutating func claim(_ path: String, _ raw: RawValue?, at location: SourceLocation, keyAt keyLocation: SourceLocation) {
        if let earlier = given[path] {
            bag.error(.caseDuplicate, at: location, field: path, "given twice (also at \(earlier))")
            return
        }
        if let earlier = parents[path] {
            bag.error(.caseDuplicate, at: location, field: path, "given as a value here and with sub-fields at \(earlier)")
            return
        }
        guard claimPrefixes(of: path, at: keyLocation, reportAt: location) else { return }
        given[path] = location
        guard let raw else { return }
        count += 1
        if count == limits.maximumValues + 1 {
            bag.error(.caseLimit, at: location, "more than \(limits.maximumValues) values in one case")
        }
        values[path] = raw
        locations[path] = location
        order.append(path)
    }

    /// Records that `path` has sub-fields (a mapping), unless it is given as a value.
    private mutating func claimParent(_ path: String, at location: SourceLocation) -> Bool {
        if let earlier = given[path] {
            bag.error(.caseDuplicate, at: location, field: path, "given with sub-fields here and as a value at \(earlier)")
            return false
        }
        guard claimPrefixes(of: path, at: location, reportAt: location) else { return false }
        if parents[path] == nil { parents[path] = location }
        return true
    }

    /// Registers every proper prefix of `path` as a parent; false (reported) if one is given as a value.
    private mutating func claimPrefixes(of path: String, at keyLocation: SourceLocation, reportAt location: SourceLocation) -> Bool {
        var end = path.endIndex
        while let dot = UTF8Bytes.lastDotCharacter(in: path[..<end]) {
            let prefix = String(path[..<dot])
            if parents[prefix] != nil { return true }   // its own prefixes were registered with it
            if let earlier = given[prefix] {
                bag.error(.caseDuplicate, at: location, field: path, "\(prefix) is given as a value at \(earlier), so it cannot have sub-fields")
                return false
            }
            parents[prefix] = keyLocation
            end = dot
        }
        return true
    }

    private mutating func checkSize(_ text: String, path: String, at location: SourceLocation) -> Bool {
        guard text.utf8.count > limits.maximumValueBytes else { return true }
        bag.error(.caseLimit, at: location, field: path,
                  "longer than the maximum value size of \(CaseInputLimits.describe(bytes: limits.maximumValueBytes))")
        return false
    }

    // MARK: - Lists and records

    /// A list value: null items dropped; items located as `path[1]`, `path[2]`, … (1-based, as people count).
    private mutating func listValue(_ items: [CaseNode], path: String) -> RawValue? {
        var list: [RawValue] = []
        list.reserveCapacity(items.count)
        var ok = true
        for item in items {
            let itemPath = "\(path)[\(list.count + 1)]"
            switch item.kind {
            case .null:
                continue
            case .scalar(let text):
                guard checkSize(text, path: itemPath, at: item.location) else { ok = false; continue }
                list.append(.scalar(text))
            case .list(let nested):
                guard let value = listValue(nested, path: itemPath) else { ok = false; continue }
                list.append(value)
            case .mapping(let members):
                guard let record = recordValue(members, path: itemPath, at: item.location) else { ok = false; continue }
                list.append(record)
            }
            locations[itemPath] = item.location
            count += 1
        }
        return ok ? .list(list) : nil
    }

    /// A record (an item of a list of records), checked by the same rules in its own scope.
    private mutating func recordValue(_ members: [CaseNode.Member], path: String, at location: SourceLocation) -> RawValue? {
        var record = CaseDataBuilder(origin: location, limits: limits)
        for member in members { record.add(member) }
        bag.add(contentsOf: record.bag.items.map { problem in
            var moved = problem
            moved.field = problem.field.map { "\(path).\($0)" }
            return moved
        })
        if record.bag.hasErrors { return nil }
        for (key, at) in record.locations { locations["\(path).\(key)"] = at }
        count += record.count
        return .map(Self.nested(record.order.map { ($0.split(separator: ".").map(String.init), record.values[$0]!) }))
    }

    /// Record fields as nested entries in first-seen order: `location.country` and `location: {country: …}`
    /// give the same record, `country: {nl: …, en: …}` (per-language values, decision 070) stays a mapping.
    private static func nested(_ fields: [([String], RawValue)]) -> [RawValue.Entry] {
        var keys: [String] = []
        var groups: [String: [([String], RawValue)]] = [:]
        var leaves: [String: RawValue] = [:]
        for (path, value) in fields {
            let key = path[0]
            if groups[key] == nil && leaves[key] == nil { keys.append(key) }
            if path.count == 1 { leaves[key] = value } else { groups[key, default: []].append((Array(path.dropFirst()), value)) }
        }
        // The builder has refused a key that is both a value and a parent, so each key is one or the other.
        return keys.map { key in RawValue.Entry(key: key, value: leaves[key] ?? .map(nested(groups[key]!))) }
    }
}
