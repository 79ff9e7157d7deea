/// Where the time of `PackageTemplate.package` goes, summed over calls (for `privdoc bench`).
public struct WriterStatistics: Sendable {
    /// Writing `content.xml` and `meta.xml` through libxml2.
    public var xmlNanoseconds: UInt64
    /// Deflating them.
    public var deflateNanoseconds: UInt64
    /// CRCs and the ZIP structure.
    public var zipNanoseconds: UInt64
    /// Documents packaged.
    public var documents: Int
    /// Bytes of `content.xml` + `meta.xml` before compression.
    public var uncompressedBytes: Int

    /// All zero.
    public init() {
        xmlNanoseconds = 0
        deflateNanoseconds = 0
        zipNanoseconds = 0
        documents = 0
        uncompressedBytes = 0
    }
}
