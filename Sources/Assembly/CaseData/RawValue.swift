/// A case value as read from a file, before validation against a template: YAML/JSON scalars arrive as
/// their text (`2026-03-15`, `yes`, `12`), so validation sees exactly what was typed.
///
/// Not `indirect` (nesting goes through arrays): a batch makes one per cell, and boxing each would cost
/// an allocation.
public enum RawValue: Sendable, Hashable {
    /// A scalar, as written.
    case scalar(String)
    /// A sequence.
    case list([RawValue])
    /// A mapping (an item of a list of records), with its keys in file order.
    case map([Entry])

    /// One key and value of a mapping.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public var key: String
        /// The value.
        public var value: RawValue
        /// Creates an entry.
        public init(key: String, value: RawValue) {
            self.key = key
            self.value = value
        }
    }

    /// The scalar text, or nil for a list or map.
    public var scalar: String? {
        if case .scalar(let s) = self { return s }
        return nil
    }
}
