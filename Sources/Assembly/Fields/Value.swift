import LegalCalendar

/// A validated, typed field value (after `FieldValidator`), as conditions and placeholders see it.
/// Not `indirect`: a few dozen values are made per document, and boxing each would cost an allocation.
enum Value: Hashable, Sendable {
    /// Text, and the code of an enum value.
    case text(String)
    /// A calendar date.
    case date(CivilDate)
    /// A whole number.
    case integer(Int)
    /// Yes or no.
    case boolean(Bool)
    /// A list of lines.
    case list([String])
    /// A list of records (`item.*` in tables).
    case records([[String: Value]])

    /// Whether the value counts as "given" in a condition (templates.md §2.3): non-blank text (``Blank``), true, a
    /// non-empty list; dates and numbers always.
    var isTruthy: Bool {
        switch self {
        case .text(let s): return !s.isBlank
        case .boolean(let b): return b
        case .list(let l): return !l.isEmpty
        case .records(let r): return !r.isEmpty
        case .date, .integer: return true
        }
    }

    /// The canonical text used by `==`, `!=` and `in`: the text itself, `YYYY-MM-DD`, decimal digits,
    /// `true`/`false`.
    var canonical: String {
        switch self {
        case .text(let s): return s
        case .date(let d): return d.iso
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "true" : "false"
        case .list(let l): return l.joined(separator: "\n")
        case .records: return ""
        }
    }
}

/// The values of one document: validated case fields, computed dates and `org.*`, by dotted path.
struct Values: Sendable {
    private(set) var storage: [String: Value] = [:]
    /// Every proper prefix of a stored path (`recipient` for `recipient.name`), so a condition on a
    /// composite (`representative`) is an O(1) lookup.
    private var prefixes: Set<String> = []
    /// The parent of the path stored last. Prefixes are never removed, so a path with the same parent
    /// (the next sub-field of a composite, the usual case) has nothing to add: one comparison instead
    /// of hashing the parent again.
    private var lastParent: Substring?

    init() {}

    /// Room for `count` values without rehashing as they are added.
    init(minimumCapacity count: Int) {
        storage.reserveCapacity(count)
        prefixes.reserveCapacity(count)
    }

    subscript(path: String) -> Value? {
        get { storage[path] }
        set {
            storage[path] = newValue
            guard newValue != nil else { return }
            var prefix = Substring(path)
            guard let dot = UTF8Bytes.lastDotCharacter(in: prefix) else { return }
            prefix = prefix[..<dot]
            if prefix == lastParent { return }
            lastParent = prefix
            while prefixes.insert(String(prefix)).inserted, let dot = UTF8Bytes.lastDotCharacter(in: prefix) {
                prefix = prefix[..<dot]
            }
        }
    }

    /// Whether a path has a truthy value, or is a prefix of some value (a composite with a sub-field).
    func isTruthy(_ path: String) -> Bool {
        if let value = storage[path] { return value.isTruthy }
        return prefixes.contains(path)
    }
}
