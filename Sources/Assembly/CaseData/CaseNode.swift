import PrivdocDiagnostics

/// One value as a reader tokenised it, before `CaseDataBuilder` applies the case-data rules.
///
/// Readers (YAML, JSON, JSON Lines, CSV) only produce these: text exactly as written (a number stays
/// `2026.10`), `null` where the format has one (or an empty CSV cell), lists and mappings with their keys in
/// file order, and where each value and key was read. Every rule about what the tokens *mean* — dotted and
/// nested keys, duplicates, nulls, list items — is the builder's (issue 10, "One case-data builder").
public struct CaseNode: Sendable, Hashable {
    /// What was read.
    public enum Kind: Sendable, Hashable {
        /// A scalar, as written (without quotes; escapes resolved).
        case scalar(String)
        /// No value: YAML `~`/`null`/nothing, JSON `null`, an empty CSV cell.
        case null
        /// A list, items in order.
        case list([CaseNode])
        /// A mapping, members in file order (duplicates included: the builder reports them).
        case mapping([Member])
    }

    /// One key of a mapping and its value.
    public struct Member: Sendable, Hashable {
        /// The key as written (it may be dotted: `recipient.name`).
        public var key: String
        /// Where the key was read.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: CaseNode

        /// Creates a member.
        public init(key: String, keyLocation: SourceLocation, value: CaseNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// What was read.
    public var kind: Kind
    /// Where the value starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}
