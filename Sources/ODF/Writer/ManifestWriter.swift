import XMLSupport
/// Writes `META-INF/manifest.xml` (ODF 1.3 part 2, §4) from the package's entry list.
enum ManifestWriter {
    static func write(entries: [(path: String, mediaType: String)],
                      documentType: String = OpenDocumentPackage.mimetype) throws(ODFError) -> [UInt8] {
        let xml = XMLWriter(capacity: 1024)
        xml.start("manifest:manifest")
        xml.attribute("xmlns:manifest", Namespace.manifest)
        xml.attribute("manifest:version", Namespace.odfVersion)
        xml.element("manifest:file-entry", [
            "manifest:full-path": "/", "manifest:version": Namespace.odfVersion,
            "manifest:media-type": documentType,
        ])
        for entry in entries {
            xml.element("manifest:file-entry", ["manifest:full-path": entry.path, "manifest:media-type": entry.mediaType])
        }
        xml.end()
        return try xml.finish()
    }
}
