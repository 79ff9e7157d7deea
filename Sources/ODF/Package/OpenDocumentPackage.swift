/// The package rules of ODF 1.3 part 2, in one place: which entries a text document has, in which
/// order, which are stored and which deflated, their media types, and the manifest that lists them.
///
/// Entry order is fixed: `mimetype` (first, stored, no extra field — so `file` and office suites can
/// sniff the type at byte 30), `content.xml`, `styles.xml`, `meta.xml`, `Pictures/*` (stored: PNG is
/// already compressed), `META-INF/manifest.xml` (last). The manifest lists `/` and every other entry
/// except `mimetype` and itself.
enum OpenDocumentPackage {
    /// The media type of an OpenDocument Text.
    static let mimetype = "application/vnd.oasis.opendocument.text"
    static let contentPath = "content.xml"
    static let stylesPath = "styles.xml"
    static let metaPath = "meta.xml"
    static let manifestPath = "META-INF/manifest.xml"
    static let xmlMediaType = "text/xml"

    /// The entries every document of a template shares, prepared (and deflated) once.
    struct SharedEntries: Sendable {
        var mimetype: ZipEntry
        var styles: ZipEntry
        var pictures: [ZipEntry]
        var manifest: ZipEntry
    }

    /// `Pictures/logo.png`.
    static func picturePath(_ name: String) -> String { "Pictures/" + name }

    /// Picture names become archive paths and link targets: ASCII letters, digits, `.`, `_`, `-`, not
    /// starting with a dot, with an image extension the manifest can type.
    static func validatePictureName(_ name: String) throws(ODFError) {
        let allowed = !name.isEmpty && name.utf8.first != UInt8(ascii: ".") && name.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
        guard allowed else {
            throw .invalidModel("image name \"\(name)\" may hold only ASCII letters, digits, '.', '_' and '-'")
        }
        guard pictureMediaType(name) != nil else {
            throw .invalidModel("image name \"\(name)\" needs a .png, .jpg, .jpeg, .gif or .svg extension")
        }
    }

    /// Media type by extension.
    static func pictureMediaType(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower.hasSuffix(".png") { return "image/png" }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return "image/jpeg" }
        if lower.hasSuffix(".gif") { return "image/gif" }
        if lower.hasSuffix(".svg") { return "image/svg+xml" }
        return nil
    }

    /// Prepares the shared entries: `styles.xml` deflated, pictures stored, the manifest deflated.
    static func sharedEntries(styles: [UInt8], images: [Image], deflater: Deflater) throws(ODFError) -> SharedEntries {
        let mime = Array(mimetype.utf8)
        let mimeEntry = ZipEntry(name: "mimetype", method: .stored, crc32: CRC32.checksum(mime),
                                 uncompressedSize: mime.count, data: mime)
        let stylesEntry = deflated(stylesPath, styles, deflater)
        let pictures = images.map { image in
            ZipEntry(name: picturePath(image.name), method: .stored, crc32: CRC32.checksum(image.data),
                     uncompressedSize: image.data.count, data: image.data)
        }
        var listed: [(path: String, mediaType: String)] = [
            (contentPath, xmlMediaType), (stylesPath, xmlMediaType), (metaPath, xmlMediaType),
        ]
        for image in images {
            listed.append((picturePath(image.name), pictureMediaType(image.name) ?? "application/octet-stream"))
        }
        let manifest = deflated(manifestPath, try ManifestWriter.write(entries: listed), deflater)
        return SharedEntries(mimetype: mimeEntry, styles: stylesEntry, pictures: pictures, manifest: manifest)
    }

    /// A deflated entry.
    static func deflated(_ path: String, _ bytes: [UInt8], _ deflater: Deflater) -> ZipEntry {
        ZipEntry(name: path, method: .deflated, crc32: CRC32.checksum(bytes), uncompressedSize: bytes.count,
                 data: deflater.compress(bytes))
    }

    /// The whole package in the fixed entry order.
    static func archive(shared: SharedEntries, content: ZipEntry, meta: ZipEntry, date: DocumentDate) -> [UInt8] {
        var entries = [shared.mimetype, content, shared.styles, meta]
        entries.append(contentsOf: shared.pictures)
        entries.append(shared.manifest)
        return ZipWriter.archive(entries, date: date)
    }
}
