/// The documented sizes case input may have (docs/case-data.md §Limits, decision 020).
///
/// Each limit is far above any real letter and far below what would exhaust memory or the stack: a file
/// that reaches one is refused with `case.limit`, located, instead of crashing or running for minutes
/// (issue 15: YAML alias bombs, nesting thousands deep, quadratic CSV lines).
public struct CaseInputLimits: Sendable, Hashable {
    /// The largest case file (`--data`, YAML or JSON): 16 MiB.
    public var maximumFileBytes: Int
    /// How deeply mappings and lists may nest: 32 (real cases use 3).
    public var maximumDepth: Int
    /// The largest single value (a scalar, a CSV field): 1 MiB.
    public var maximumValueBytes: Int
    /// The largest record of a batch input (a CSV record or a JSON Lines line): 16 MiB.
    public var maximumRecordBytes: Int
    /// The most values (scalars and list items) in one case: 100 000.
    public var maximumValues: Int
    /// The longest field name (one key, or a dotted path): 1 024 bytes.
    public var maximumKeyBytes: Int

    /// Creates limits.
    public init(maximumFileBytes: Int = 16 << 20, maximumDepth: Int = 32, maximumValueBytes: Int = 1 << 20,
                maximumRecordBytes: Int = 16 << 20, maximumValues: Int = 100_000, maximumKeyBytes: Int = 1024) {
        self.maximumFileBytes = maximumFileBytes
        self.maximumDepth = maximumDepth
        self.maximumValueBytes = maximumValueBytes
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumValues = maximumValues
        self.maximumKeyBytes = maximumKeyBytes
    }

    /// The limits privdoc uses.
    public static let standard = CaseInputLimits()

    /// `16 MiB`, `1 MiB`, `512 KiB`, `300 bytes`: a size as the documentation writes it.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
