/// One `<trans-unit>`.
public struct XLIFFUnit: Equatable, Sendable {
    /// The `id` attribute (the clause id).
    public var id: String
    /// Line of the `<trans-unit>` element.
    public var line: Int
    /// The text of `<source>`.
    public var source: String
    /// The text of `<target>`, nil when there is none.
    public var target: String?
    /// Line of `<target>` (or of the unit when there is none).
    public var targetLine: Int
    /// The `state` attribute of `<target>`; nil when absent or an `x-` extension.
    public var state: TargetState?
}
