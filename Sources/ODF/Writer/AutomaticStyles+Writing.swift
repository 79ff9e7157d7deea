import XMLSupport
/// Serializes collected automatic styles (`office:automatic-styles` content).
extension AutomaticStyles {
    /// Writes every collected style: paragraphs, frames, tables, columns, cells — each family in order of
    /// first use.
    func write(to xml: XMLWriter, direction: TextDirection, styleSheet: StyleSheet) {
        let look = styleSheet.storage.tableLook
        for (name, key) in paragraphs.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "paragraph")
            xml.attribute("style:parent-style-name", key.parent)
            if case .masterPage(let master, _)? = key.pageStart {
                xml.attribute("style:master-page-name", master.styleName)
            }
            var properties: [(StaticString, String)] = []
            if let part = key.part {
                // A translated part in the other direction: its own alignment, as `StyleSheet.adapted`
                // gives the common styles of a document in one direction.
                if part.direction != direction, let align = part.direction.physicalAlignment(styleSheet.alignment(ofParagraphStyle: key.parent)) {
                    properties.append(("fo:text-align", align))
                }
                properties.append(("style:writing-mode", part.direction.writingMode))
            }
            switch key.pageStart {
            case .breakBefore?: properties.append(("fo:break-before", "page"))
            case .masterPage(_, true)?: properties.append(("style:page-number", "1"))
            case .masterPage(_, false)?, nil: break
            }
            if key.keepWithNext { properties.append(("fo:keep-with-next", "always")) }
            if !properties.isEmpty {
                xml.start("style:paragraph-properties")
                for (property, value) in properties { xml.attribute(property, value) }
                xml.end()
            }
            if let part = key.part { writeLanguage(part.language, to: xml) }
            xml.end()
        }
        for (name, key) in graphics.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "graphic")
            // A parent among the common graphic styles makes LibreOffice import a text frame, not a
            // drawing shape (which would get a shape's default blue outline and ignore `style:wrap`).
            xml.attribute("style:parent-style-name", key.isImage ? StyleSheet.GraphicStyle.graphics : StyleSheet.GraphicStyle.frame)
            xml.start("style:graphic-properties")
            if key.relativeToPage {
                // `wrap="none"`: no text beside the frame, so the body flows below the envelope window.
                xml.attributes([
                    "style:wrap": "none", "style:vertical-pos": "from-top", "style:vertical-rel": "page",
                    "style:horizontal-pos": "from-left", "style:horizontal-rel": "page", "style:flow-with-text": "false",
                    "fo:margin-left": "0cm", "fo:margin-top": "0cm",
                ])
            } else {
                xml.attributes([
                    "style:vertical-pos": "top", "style:vertical-rel": "line",
                    "fo:margin-left": Length(millimetres: Double(key.marginLeft) / 100).odf,
                    "fo:margin-top": Length(millimetres: Double(key.marginTop) / 100).odf,
                ])
            }
            xml.attributes([
                "fo:margin-right": "0cm", "fo:margin-bottom": "0cm", "fo:padding": "0cm", "fo:border": "none",
                "style:shadow": "none", "draw:fill": "none",
            ])
            xml.end()
            xml.end()
        }
        for (name, key) in tables.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "table")
            if case .masterPage(let master, _)? = key.pageStart {
                xml.attribute("style:master-page-name", master.styleName)
            }
            xml.start("style:table-properties")
            xml.attribute("style:width", Length(millimetres: Double(key.width) / 100).odf)
            xml.attribute("table:align", key.direction == .rightToLeft ? "right" : "left")
            xml.attribute("fo:margin-top", "0cm")
            xml.attribute("fo:margin-bottom", "0.25cm")
            switch key.pageStart {
            case .breakBefore?: xml.attribute("fo:break-before", "page")
            case .masterPage(_, true)?: xml.attribute("style:page-number", "1")
            case .masterPage(_, false)?, nil: break
            }
            xml.attribute("style:writing-mode", key.direction.writingMode)
            if key.keepTogether { xml.attribute("style:may-break-between-rows", "false") }
            xml.attribute("table:border-model", "collapsing")
            xml.end()
            xml.end()
        }
        for (name, width) in columns.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "table-column")
            xml.element("style:table-column-properties", ["style:column-width": Length(millimetres: Double(width) / 100).odf])
            xml.end()
        }
        for (name, _) in rows.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "table-row")
            xml.element("style:table-row-properties", ["fo:keep-together": "always"])
            xml.end()
        }
        for (name, key) in cells.ordered {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:family", "table-cell")
            xml.start("style:table-cell-properties")
            xml.attribute("style:vertical-align", "top")
            switch key.borders {
            case .grid:
                xml.attribute("fo:padding", "0.1cm")
                xml.attribute("fo:border", look.gridBorder)
            case .headerRule:
                xml.attribute("fo:padding", "0.1cm")
                if key.isHeader {
                    xml.attribute("fo:border-top", "none")
                    xml.attribute("fo:border-bottom", look.headerRule)
                    xml.attribute("fo:border-left", "none")
                    xml.attribute("fo:border-right", "none")
                } else {
                    xml.attribute("fo:border", "none")
                }
            case .none:
                // Layout tables line up with the text: no padding at the start edge.
                xml.attribute("fo:padding-top", "0cm")
                xml.attribute("fo:padding-bottom", "0.05cm")
                xml.attribute("fo:padding-left", key.direction == .rightToLeft ? "0.2cm" : "0cm")
                xml.attribute("fo:padding-right", key.direction == .rightToLeft ? "0cm" : "0.2cm")
                xml.attribute("fo:border", "none")
            }
            if key.isHeader && key.borders != .none {
                xml.attribute("fo:background-color", look.headerShade)
            }
            xml.end()
            xml.end()
        }
        writeLabels(to: xml, styleSheet: styleSheet)
    }

    /// The text properties of a translated part's paragraph: its language, and for a complex-script
    /// language the complex-script language too (what shaping and spell checking of Arabic follow), as
    /// `StyleSheet.adapted` sets them on the default style of a document in one language.
    private func writeLanguage(_ language: LanguageTag, to xml: XMLWriter) {
        xml.start("style:text-properties")
        xml.attribute("fo:language", language.language)
        xml.attribute("fo:country", language.country ?? "none")
        if StyleSheet.complexScriptLanguages.contains(language.language.lowercased()) {
            xml.attribute("style:language-complex", language.language)
            xml.attribute("style:country-complex", language.country ?? "none")
        }
        xml.end()
    }
}
