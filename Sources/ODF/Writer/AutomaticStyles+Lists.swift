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
            xml.start("text:list-style")
            xml.attribute("style:name", name)
            xml.write(level)
            xml.end()
        }
    }
}
