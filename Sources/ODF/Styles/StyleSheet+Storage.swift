extension StyleSheet {
    /// What a style sheet holds, as read (and merged) from its reference documents.
    struct Content: Hashable, Sendable {
        var source: String
        /// `style:font-face` elements.
        var fontFaces: [XMLElement]
        /// The children of `office:styles`: default styles, paragraph/character/graphic styles, list and
        /// outline styles, notes configuration…
        var styles: [XMLElement]
        /// The reference's own automatic styles (renamed `R…`), used by its headers and footers.
        var automaticStyles: [XMLElement]
        /// `style:page-layout` of page 1 and of the following pages.
        var firstLayout: XMLElement
        var followingLayout: XMLElement
        /// `style:header`/`style:footer` elements the reference brings, by place.
        var slots: [PageSlot: XMLElement]
        /// Pictures its headers and footers show.
        var images: [Image]
        /// Presentation properties (`meta:user-defined`), in order.
        var properties: [Property]
        /// Whether the reference defines the page style of page 1 / of the following pages (else the
        /// base's layout and header/footer stay).
        var ownsFirstPage: Bool
        var ownsFollowingPages: Bool

        struct Property: Hashable, Sendable {
            var name: String
            var value: String
        }

        func slot(_ slot: PageSlot) -> XMLElement? { slots[slot] }

        /// This reference laid over `base`: see `StyleSheet.load(reference:named:over:)`.
        func laid(over base: Content) -> Content {
            func key(_ e: XMLElement) -> String { e.name + "|" + (e["style:family"] ?? "") + "|" + (e["style:name"] ?? "") }
            func merge(_ mine: [XMLElement], _ theirs: [XMLElement], key: (XMLElement) -> String) -> [XMLElement] {
                let byKey = Dictionary(mine.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
                let theirKeys = Set(theirs.map(key))
                return theirs.map { byKey[key($0)] ?? $0 } + mine.filter { !theirKeys.contains(key($0)) }
            }
            var out = self
            out.fontFaces = merge(fontFaces, base.fontFaces, key: key)
            out.styles = merge(styles, base.styles, key: key)
            if !ownsFirstPage { out.firstLayout = base.firstLayout }
            if !ownsFollowingPages { out.followingLayout = base.followingLayout }
            // A header the reference's layout has no room for gets the base's spacing, so a letterhead
            // privdoc writes into it still sits apart from the body.
            out.firstLayout = Self.withHeaderRoom(out.firstLayout, from: base.firstLayout)
            out.followingLayout = Self.withHeaderRoom(out.followingLayout, from: base.followingLayout)
            let firstSlots: [PageSlot] = [.firstPageHeader, .firstPageFooter]
            for (slot, e) in base.slots where slots[slot] == nil {
                if firstSlots.contains(slot) ? !ownsFirstPage : !ownsFollowingPages { out.slots[slot] = e }
            }
            out.automaticStyles = automaticStyles + base.automaticStyles
            out.images = images + base.images.filter { b in !images.contains { $0.name == b.name } }
            out.properties = properties + base.properties.filter { b in !properties.contains { $0.name == b.name } }
            out.ownsFirstPage = true
            out.ownsFollowingPages = true
            return out
        }

        /// `layout` with the base's header and footer properties where it has none.
        private static func withHeaderRoom(_ layout: XMLElement, from base: XMLElement) -> XMLElement {
            var out = layout
            for part in ["style:header-style", "style:footer-style"] {
                guard out.first(part)?.first("style:header-footer-properties") == nil, let theirs = base.first(part) else { continue }
                if out.first(part) == nil { out.children.append(.element(theirs)) } else { out.updateChildren(part) { $0 = theirs } }
            }
            return out
        }

        /// Prefixes used anywhere, to declare on `styles.xml`'s root.
        var prefixes: Set<Substring> {
            var out = Set<Substring>()
            for e in fontFaces + styles + automaticStyles + [firstLayout, followingLayout] + Array(slots.values) {
                out.formUnion(e.prefixes)
            }
            return out
        }

        /// The user variables each of the reference's headers and footers shows (`text:variable-get`).
        var shownVariables: [PageSlot: Set<String>] {
            slots.mapValues { e in
                var out = Set<String>()
                e.forEach { if $0.name == "text:variable-get", let n = $0["text:name"] { out.insert(n) } }
                return out
            }
        }

        /// `draw:name`s of the frames in the reference's headers and footers (reserved in `content.xml`).
        var frameNames: Set<String> {
            var out = Set<String>()
            for e in slots.values { e.forEach { if $0.name == "draw:frame", let n = $0["draw:name"] { out.insert(n) } } }
            return out
        }
    }

    /// Immutable shared storage, with what the writer derives from the content computed once.
    final class Storage: Hashable, Sendable {
        let content: Content
        let firstPage: PageGeometry
        let followingPages: PageGeometry
        let prefixes: Set<Substring>
        let frameNames: Set<String>
        let shownVariables: [PageSlot: Set<String>]
        let tableLook: TableLook
        private let hash: Int

        init(_ content: Content) throws(ODFError) {
            self.content = content
            firstPage = try PageGeometry(layout: content.firstLayout, source: content.source, page: "page 1")
            followingPages = try PageGeometry(layout: content.followingLayout, source: content.source, page: "the following pages")
            prefixes = content.prefixes
            frameNames = content.frameNames
            shownVariables = content.shownVariables
            tableLook = try TableLook(content)
            var hasher = Hasher()
            hasher.combine(content)
            hash = hasher.finalize()
        }

        static func == (a: Storage, b: Storage) -> Bool { a === b || (a.hash == b.hash && a.content == b.content) }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }
}

extension PageGeometry {
    /// Reads a `style:page-layout`, checking what a page needs: a size above zero and margins that leave
    /// room for text.
    init(layout: XMLElement, source: String, page: String) throws(ODFError) {
        func fail(_ why: String) -> ODFError { .invalidModel("\(source): the page layout of \(page) \(why)") }
        guard let p = layout.first("style:page-layout-properties") else { throw fail("has no page-layout properties") }
        func length(_ e: XMLElement?, _ name: String, default value: Length? = nil) throws(ODFError) -> Length {
            guard let text = e?[name] else {
                if let value { return value }
                throw fail("gives no \(name)")
            }
            guard let l = Length(odf: text), l.isNonNegative else { throw fail("has \(name) \"\(text)\", which is not a length of zero or more") }
            return l
        }
        width = try length(p, "fo:page-width")
        height = try length(p, "fo:page-height")
        guard width.isPositive, height.isPositive else { throw fail("needs a page size above zero") }
        // fo:margin sets all four; the individual ones override it (XSL-FO 1.1 §7.10).
        let all = try length(p, "fo:margin", default: .mm(0))
        margins = Margins(top: try length(p, "fo:margin-top", default: all), bottom: try length(p, "fo:margin-bottom", default: all),
                          left: try length(p, "fo:margin-left", default: all), right: try length(p, "fo:margin-right", default: all))
        guard margins.left.millimetres + margins.right.millimetres < width.millimetres,
              margins.top.millimetres + margins.bottom.millimetres < height.millimetres else {
            throw fail("has margins that leave no room for text")
        }
        let header = layout.first("style:header-style")?.first("style:header-footer-properties")
        hasHeader = header != nil
        headerHeight = try length(header, "fo:min-height", default: try length(header, "svg:height", default: .mm(0)))
        headerSpacing = try length(header, "fo:margin-bottom", default: .mm(0))
    }
}

/// How the writer draws tables, from the style sheet's properties: ODF keeps cell borders in automatic
/// styles, which a reference document cannot restyle by name, so they are properties like the geometry.
struct TableLook: Hashable, Sendable {
    /// `privdoc:table-grid-border`: every cell of a grid table (`fo:border` value).
    var gridBorder: String
    /// `privdoc:table-header-rule`: the rule under the header of a header-rule table.
    var headerRule: String
    /// `privdoc:table-header-shade`: the background of header cells.
    var headerShade: String

    init(_ content: StyleSheet.Content) throws(ODFError) {
        func value(_ name: String) throws(ODFError) -> String {
            guard let v = content.properties.first(where: { $0.name == name })?.value, !v.trimmingSpaces.isEmpty else {
                throw .invalidModel("\(content.source) needs the property \(name)")
            }
            return v.trimmingSpaces
        }
        gridBorder = try value("privdoc:table-grid-border")
        headerRule = try value("privdoc:table-header-rule")
        headerShade = try value("privdoc:table-header-shade")
    }
}
