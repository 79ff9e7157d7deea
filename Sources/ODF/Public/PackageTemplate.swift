import Dispatch

/// Serializes documents that share their page setup, images, direction, language and style sheet.
///
/// The parts that depend only on those shared aspects — `styles.xml`, the manifest and the pictures —
/// are serialized and deflated once, in `init`; each `package` call writes and deflates only
/// `content.xml` and `meta.xml` (DESIGN.md, "Batch: fast by construction"). Immutable after `init`,
/// so one template serves many threads at once; every call uses its own libxml2 writers.
public final class PackageTemplate: Sendable {
    /// The shared aspects this template serves.
    public let key: Key
    private let entries: OpenDocumentPackage.SharedEntries
    private let imageNames: Set<String>
    private let styleFrameNames: Set<String>

    /// Prepares the shared parts from `prototype` (its body and metadata are not used), in the look of
    /// `styleSheet`.
    public init(prototype: Document, styleSheet: StyleSheet) throws(ODFError) {
        let shared = SharedAspects(prototype, styleSheet: styleSheet)
        try shared.validate()
        let styles = try StylesWriter.write(shared)
        self.key = Key(aspects: shared)
        self.imageNames = Set(shared.images.map(\.name))
        self.styleFrameNames = styles.frameNames
        self.entries = try OpenDocumentPackage.sharedEntries(styles: styles.bytes, images: shared.packageImages, deflater: Deflater())
    }

    /// The whole `.odt`. Throws `invalidModel` if `document`'s shared aspects differ from the prototype's,
    /// `illegalCharacter` if any text holds a character XML cannot carry.
    public func package(_ document: Document) throws(ODFError) -> [UInt8] {
        var statistics = WriterStatistics()
        return try package(document, statistics: &statistics)
    }

    /// The whole `.odt`, adding the time spent to `statistics`.
    public func package(_ document: Document, statistics: inout WriterStatistics) throws(ODFError) -> [UInt8] {
        guard Key(document, styleSheet: key.aspects.styleSheet) == key else {
            throw .invalidModel("the document's page setup, images, direction or language differ from its package template's")
        }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let content = try ContentWriter.write(document, styleSheet: key.aspects.styleSheet, images: imageNames, reservedFrameNames: styleFrameNames)
        let meta = try MetaWriter.write(document.metadata)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let (contentData, metaData) = DeflaterPool.shared.withDeflater { ($0.compress(content), $0.compress(meta)) }
        let t2 = DispatchTime.now().uptimeNanoseconds
        let contentEntry = ZipEntry(name: OpenDocumentPackage.contentPath, method: .deflated, crc32: CRC32.checksum(content),
                                    uncompressedSize: content.count, data: contentData)
        let metaEntry = ZipEntry(name: OpenDocumentPackage.metaPath, method: .deflated, crc32: CRC32.checksum(meta),
                                 uncompressedSize: meta.count, data: metaData)
        let bytes = OpenDocumentPackage.archive(shared: entries, content: contentEntry, meta: metaEntry,
                                                date: document.metadata.date)
        let t3 = DispatchTime.now().uptimeNanoseconds
        statistics.xmlNanoseconds += t1 - t0
        statistics.deflateNanoseconds += t2 - t1
        statistics.zipNanoseconds += t3 - t2
        statistics.documents += 1
        statistics.uncompressedBytes += content.count + meta.count
        return bytes
    }
}

/// One-off packaging.
public enum ODFWriter {
    /// The whole `.odt` of `document` in the look of `styleSheet` (a template made for this one document).
    public static func package(_ document: Document, styleSheet: StyleSheet) throws(ODFError) -> [UInt8] {
        try PackageTemplate(prototype: document, styleSheet: styleSheet).package(document)
    }
}
