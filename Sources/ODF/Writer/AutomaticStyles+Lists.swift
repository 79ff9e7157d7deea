import XMLSupport
/// The list styles of labelled list items (decision 170).
extension AutomaticStyles {
    /// One `text:list-style` per label and level, named by `text:style-override` on its item (ODF 1.3
    /// §19.877): the style sheet's `List_20_Label` level with the label as `style:num-prefix` and no number
    /// (`style:num-format=""`, §19.500). The office suite then sets the label as it sets numbers — at the
    /// label position, with the tab to the hanging indent, mirrored in a right-to-left paragraph — which a
    /// label typed into the paragraph with a tab is not: LibreOffice 7.4 misplaces such a tab in justified
    /// Arabic text.
    func writeLabels(to xml: XMLWriter, styleSheet: StyleSheet) {
        let base = styleSheet.storage.content.styles.first {
            $0.name == "text:list-style" && $0["style:name"] == StyleSheet.listStyleName(.labelled)
        }
        for (name, key) in labels.ordered {
            var level = base?.elements.first {
                $0.name == "text:list-level-style-number" && $0["text:level"] == String(key.level)
            } ?? XMLElement("text:list-level-style-number")
            level["text:level"] = String(key.level)
            level["style:num-suffix"] = nil
            level["style:num-format"] = ""
            level.set("style:num-prefix", key.label, after: "text:level")
            if key.rightToLeft { Self.alignLabelToEnd(&level) }
            xml.start("text:list-style")
            xml.attribute("style:name", name)
            xml.write(level)
            xml.end()
        }
        for (name, common) in rightToLeftLists.ordered {
            guard var list = styleSheet.storage.content.styles.first(where: {
                $0.name == "text:list-style" && $0["style:name"] == common
            }) else { continue }
            list["style:name"] = name
            list["style:display-name"] = nil
            list.updateAll { if $0.name.hasPrefix("text:list-level-style") { Self.alignLabelToEnd(&$0) } }
            xml.write(list)
        }
    }

    /// A list level as a right-to-left part needs it. LibreOffice 7.4 mirrors the label position but sets
    /// the label itself from its left edge, so a bullet or "(ب)" stood 2–6 mm in the right margin (measured
    /// with pdftotext -bbox on the Arabic pages); with the label aligned to the end of its box
    /// (`fo:text-align="end"` on `style:list-level-properties`, ODF 1.3 §19.875) it ends at the margin.
    static func alignLabelToEnd(_ level: inout XMLElement) {
        level.updateChildren("style:list-level-properties") { p in
            if p["text:list-level-position-and-space-mode"] == "label-alignment", p["fo:text-align"] == nil {
                p["fo:text-align"] = "end"
            }
        }
    }
}
