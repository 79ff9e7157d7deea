/// Reading a style sheet from a reference document: a package (`.ott`, `.odt`) or a flat XML document
/// (`.fodt`, the form of the built-in house style, which LibreOffice opens and saves too).
extension StyleSheet {
    /// The style sheet of `reference` (the file's bytes), laid over `base`: the reference's styles replace
    /// the base's of the same name and family, styles only the base has are kept, the reference's page
    /// layouts replace the base's, and where the reference has a header or footer it replaces the
    /// document's own (pandoc's `--reference-doc` model). Without a base the reference must be complete
    /// (the built-in house style). `name` is how messages name the file.
    public static func load(reference bytes: [UInt8], named name: String, over base: StyleSheet?) throws(ODFError) -> StyleSheet {
        let parts = try ReferenceParts(bytes, name: name)
        let own = try parts.content(complete: base == nil)
        let merged = base.map { own.laid(over: $0.storage.content) } ?? own
        return StyleSheet(storage: try Storage(merged))
    }
}

/// The parts of a reference document that a style sheet takes.
private struct ReferenceParts {
    let name: String
    /// `office:document-styles` (package) or `office:document` (flat).
    let styles: XMLElement
    /// `office:meta`, if any.
    let meta: XMLElement?
    /// The package, for pictures; nil for a flat document.
    let package: PackageReader?

    static let textTypes = ["application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"]

    init(_ bytes: [UInt8], name: String) throws(ODFError) {
        self.name = name
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let package: PackageReader
            do { package = try PackageReader(bytes: bytes) } catch { throw .invalidModel("\(name) is not a readable OpenDocument package") }
            let type = package.entry("mimetype").map { String(decoding: $0, as: UTF8.self) } ?? ""
            guard Self.textTypes.contains(type) else {
                throw .invalidModel("\(name) is not an OpenDocument text or text template (.odt, .ott)")
            }
            guard let styles = package.entry("styles.xml") else { throw .invalidModel("\(name) has no styles.xml") }
            self.styles = try XMLElementReader.read(styles, source: "\(name) (styles.xml)")
            meta = try package.entry("meta.xml").map { bytes throws(ODFError) in
                try XMLElementReader.read(bytes, source: "\(name) (meta.xml)")
            }?.first("office:meta")
            self.package = package
        } else {
            let root = try XMLElementReader.read(bytes, source: name)
            guard root.name == "office:document", Self.textTypes.contains(root["office:mimetype"] ?? "") else {
                throw .invalidModel("\(name) is not a flat OpenDocument text (.fodt)")
            }
            styles = root
            meta = root.first("office:meta")
            package = nil
        }
    }

    /// This document's content; `complete` requires both master pages with their layouts.
    func content(complete: Bool) throws(ODFError) -> StyleSheet.Content {
        let automatic = styles.first("office:automatic-styles")?.elements ?? []
        let masters = styles.first("office:master-styles")?.elements.filter { $0.name == "style:master-page" } ?? []
        func master(_ n: String) -> XMLElement? { masters.first { $0["style:name"] == n } }
        func layout(of master: XMLElement?) throws(ODFError) -> XMLElement? {
            guard let master else { return nil }
            let n = master["style:page-layout-name"] ?? ""
            guard let l = automatic.first(where: { $0.name == "style:page-layout" && $0["style:name"] == n }) else {
                throw .invalidModel("\(name): master page \(master["style:name"] ?? "") names page layout \"\(n)\", which it does not define")
            }
            return l
        }
        let standard = master("Standard")
        let first = master("First_20_Page")
        guard !complete || (standard != nil && first != nil) else {
            throw .invalidModel("\(name) needs the master pages First_20_Page and Standard")
        }
        let placeholder = XMLElement("style:page-layout")
        let followingLayout = try layout(of: standard)
        let firstLayout = try layout(of: first) ?? followingLayout

        // The reference's automatic styles (other than page layouts) are renamed R… so they can never
        // meet the writer's M… styles, and every reference to them follows.
        var renamed: [String: String] = [:]
        var own = automatic.filter { $0.name != "style:page-layout" }
        for e in own { if let n = e["style:name"] { renamed[n] = "R" + n } }
        func rename(_ e: inout XMLElement) {
            e.updateAll { node in
                for i in node.attributes.indices where node.attributes[i].name.hasSuffix("style-name") || node.attributes[i].name == "style:name" {
                    if let to = renamed[node.attributes[i].value] { node.attributes[i].value = to }
                }
            }
        }
        for i in own.indices { rename(&own[i]) }

        var slots: [StyleSheet.PageSlot: XMLElement] = [:]
        var images: [Image] = []
        func take(_ slot: StyleSheet.PageSlot, _ master: XMLElement?, _ element: String) throws(ODFError) {
            guard let master, var e = master.first(element), e["style:display"] != "false", !e.children.isEmpty else { return }
            e.name = element.hasPrefix("style:header") ? "style:header" : "style:footer"
            rename(&e)
            try pictures(in: &e, into: &images)
            slots[slot] = e
        }
        if let first {
            try take(.firstPageHeader, first, "style:header")
            try take(.firstPageFooter, first, "style:footer")
        } else {
            // One page style with "same content on first page" off: ODF 1.3 `style:header-first`.
            try take(.firstPageHeader, standard, "style:header-first")
            try take(.firstPageFooter, standard, "style:footer-first")
            if slots[.firstPageHeader] == nil { try take(.firstPageHeader, standard, "style:header") }
            if slots[.firstPageFooter] == nil { try take(.firstPageFooter, standard, "style:footer") }
        }
        try take(.followingPagesHeader, standard, "style:header")
        try take(.followingPagesFooter, standard, "style:footer")

        var properties: [StyleSheet.Content.Property] = []
        for e in meta?.elements ?? [] where e.name == "meta:user-defined" {
            guard let n = e["meta:name"], !properties.contains(where: { $0.name == n }) else { continue }
            properties.append(.init(name: n, value: e.children.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined()))
        }
        return StyleSheet.Content(
            source: name,
            fontFaces: styles.first("office:font-face-decls")?.elements.filter { $0.name == "style:font-face" } ?? [],
            styles: styles.first("office:styles")?.elements ?? [],
            automaticStyles: own,
            firstLayout: firstLayout ?? placeholder, followingLayout: followingLayout ?? placeholder,
            slots: slots, images: images, properties: properties,
            ownsFirstPage: firstLayout != nil, ownsFollowingPages: followingLayout != nil)
    }

    /// Copies the pictures a header or footer shows into the style sheet, as `reference-…` (never
    /// meeting the document's own `logo.png`), and points the frames at the copies.
    private func pictures(in element: inout XMLElement, into images: inout [Image]) throws(ODFError) {
        var problem: ODFError?
        element.updateAll { node in
            guard problem == nil, node.name == "draw:image", let href = node["xlink:href"] else { return }
            guard let package, href.hasPrefix("Pictures/") || href.hasPrefix("./Pictures/") else {
                if package != nil || !href.isEmpty { problem = .invalidModel("\(name): the header or footer links to an image outside the document (\(href)); embed it") }
                return
            }
            let path = href.hasPrefix("./") ? String(href.dropFirst(2)) : href
            guard let data = package.entry(path) else {
                problem = .invalidModel("\(name): the header or footer shows \(path), which the package does not contain")
                return
            }
            let base = path.dropFirst("Pictures/".count).map { c -> Character in
                c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-") ? c : "_"
            }
            let picture = "reference-" + String(base)
            guard OpenDocumentPackage.pictureMediaType(picture) != nil else {
                problem = .invalidModel("\(name): the header or footer shows \(path); use PNG, JPEG, GIF or SVG")
                return
            }
            if !images.contains(where: { $0.name == picture }) { images.append(Image(name: picture, data: data)) }
            node["xlink:href"] = OpenDocumentPackage.picturePath(picture)
        }
        if let problem { throw problem }
    }
}
