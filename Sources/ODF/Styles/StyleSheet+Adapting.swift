/// What the writer changes in a common style for one document: its language and its direction.
extension StyleSheet {
    /// Languages written in a complex (right-to-left) script: their documents also set
    /// `style:language-complex`, which is what spell checking and shaping of Arabic text follow.
    static let complexScriptLanguages: Set<String> = ["ar", "fa", "he", "ur", "ps", "yi", "sd", "ug", "ckb", "dv", "syr"]

    /// `style` as written for a document with `shared`'s language and direction:
    /// - the default paragraph style takes the document's writing mode and language (the complex-script
    ///   language only for a complex-script document: a reference made on a Hindi desktop must not make a
    ///   Dutch letter Hindi), and an alignment (`start`) when it has none, so that the next rule applies;
    /// - in a right-to-left document, `start`/`end` alignments become `right`/`left`. LibreOffice 7.4
    ///   reads `start` as *left* and `end` as *right* whatever the writing mode (decision 001), while
    ///   `right` and `left` mean the same to every consumer.
    static func adapted(_ style: XMLElement, _ shared: SharedAspects) -> XMLElement {
        let isParagraph = style["style:family"] == "paragraph"
        guard isParagraph, style.name == "style:default-style" || shared.direction == .rightToLeft else { return style }
        var out = style
        if style.name == "style:default-style" {
            out.updateChildren("style:paragraph-properties") { p in if p["fo:text-align"] == nil { p["fo:text-align"] = "start" } }
        }
        if shared.direction == .rightToLeft {
            out.updateChildren("style:paragraph-properties") { p in
                switch p["fo:text-align"] {
                case "start"?: p["fo:text-align"] = "right"
                case "end"?: p["fo:text-align"] = "left"
                default: break
                }
            }
        }
        guard style.name == "style:default-style" else { return out }
        let language = shared.language
        out.updateChildren("style:paragraph-properties") { $0["style:writing-mode"] = shared.direction.writingMode }
        out.updateChildren("style:text-properties") { t in
            t["fo:language"] = language.language
            t["fo:country"] = language.country ?? "none"
            if complexScriptLanguages.contains(language.language.lowercased()) {
                t.set("style:language-complex", language.language, after: "style:font-size-complex")
                t.set("style:country-complex", language.country ?? "none", after: "style:language-complex")
            } else {
                t["style:language-complex"] = nil
                t["style:country-complex"] = nil
            }
        }
        return out
    }
}

extension StyleSheet {
    /// The `fo:text-align` a paragraph style has as read from the reference (its own, else its parents',
    /// else the default style's, else `start`) — before `adapted` turns it to a side.
    func alignment(ofParagraphStyle name: String) -> String {
        var current: String? = name
        var seen = Set<String>()
        while let n = current, seen.insert(n).inserted {
            guard let style = storage.content.styles.first(where: {
                $0.name == "style:style" && $0["style:family"] == "paragraph" && $0["style:name"] == n
            }) else { break }
            if let align = style.first("style:paragraph-properties")?["fo:text-align"] { return align }
            current = style["style:parent-style-name"]
        }
        let defaults = storage.content.styles.first { $0.name == "style:default-style" && $0["style:family"] == "paragraph" }
        return defaults?.first("style:paragraph-properties")?["fo:text-align"] ?? "start"
    }
}

extension TextDirection {
    /// ODF 1.3 §20.403 `style:writing-mode`.
    var writingMode: String { self == .rightToLeft ? "rl-tb" : "lr-tb" }

    /// The side `start` or `end` means in this direction (LibreOffice 7.4 reads them as left and right
    /// whatever the writing mode, see `StyleSheet.adapted`); nil for an alignment that names a side or
    /// none (centre, justified), which stays as the style has it.
    func physicalAlignment(_ align: String) -> String? {
        switch align {
        case "start": return self == .rightToLeft ? "right" : "left"
        case "end": return self == .rightToLeft ? "left" : "right"
        default: return nil
        }
    }
}
