/// Every problem found in one run, collected rather than thrown at the first (DESIGN.md, "Errors").
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by location.
    public var items: [Diagnostic]

    /// Creates a collection; the items are sorted and exact duplicates removed.
    public init(_ items: [Diagnostic] = []) {
        var seen = Set<Diagnostic>()
        self.items = items.filter { seen.insert($0).inserted }.sorted()
    }

    /// Whether any item is an error (warnings alone do not stop a document).
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    /// One diagnostic per line.
    public var description: String { items.map(\.description).joined(separator: "\n") }
}

/// A mutable collector used while loading, validating and rendering.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    /// Whether an error has been added.
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Creates an empty bag.
    public init() {}

    /// Adds a diagnostic.
    public mutating func add(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    /// Adds several diagnostics.
    public mutating func add(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    /// Adds an error.
    public mutating func error(_ code: DiagnosticCode, at location: SourceLocation?, field: String? = nil, _ message: String) {
        items.append(.error(code, at: location, field: field, message))
    }

    /// Adds a warning.
    public mutating func warning(_ code: DiagnosticCode, at location: SourceLocation?, field: String? = nil, _ message: String) {
        items.append(.warning(code, at: location, field: field, message))
    }

    /// The collected items as a sorted `Diagnostics`.
    public var sorted: Diagnostics { Diagnostics(items) }
}
