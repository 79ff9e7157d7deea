import ODF

/// A package read back with `PackageReader`, with the views tests need.
public struct UnzippedPackage {
    /// The reader.
    public let reader: PackageReader

    /// Reads `bytes`; fails the way `PackageReader` does.
    public init(_ bytes: [UInt8]) throws {
        reader = try PackageReader(bytes: bytes)
    }

    /// Entry names in archive order.
    public var entryNames: [String] { reader.entryNames }

    /// An entry's bytes (empty when absent).
    public func bytes(_ name: String) -> [UInt8] { reader.entry(name) ?? [] }

    /// An entry pretty-printed by libxml2.
    public func prettyXML(_ name: String) -> String { PrettyXML.format(bytes(name)) }

    /// An XPath view of an entry.
    public func query(_ name: String) -> XMLQuery? { XMLQuery(bytes(name)) }

    /// What a reader sees of `content.xml`.
    public func plainText() throws -> String { try ContentText.plainText(contentXML: bytes("content.xml")) }
}
