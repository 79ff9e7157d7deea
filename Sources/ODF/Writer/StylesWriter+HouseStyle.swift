/// The common styles of the house style (`office:styles`).
extension StylesWriter {
    /// Font, size, language and direction every style inherits.
    static func writeDefaultStyle(_ shared: SharedAspects, to xml: XMLWriter) {
        let language = shared.language
        xml.start("style:default-style")
        xml.attribute("style:family", "paragraph")
        xml.element("style:paragraph-properties", [
            "fo:text-align": HouseStyle.startAlignment(shared.direction),
            "style:writing-mode": shared.direction.rawValue,
            "style:tab-stop-distance": "1.25cm",
            "fo:hyphenation-ladder-count": "no-limit",
            "style:line-break": "strict",
        ])
        xml.start("style:text-properties")
        xml.attributes([
            "style:font-name": HouseStyle.westernFont, "fo:font-size": HouseStyle.bodySize,
            "fo:language": language.language, "fo:country": language.country ?? "none",
            "style:font-name-asian": HouseStyle.westernFont, "style:font-size-asian": HouseStyle.bodySize,
            "style:font-name-complex": HouseStyle.complexFont, "style:font-size-complex": HouseStyle.bodySize,
        ])
        if HouseStyle.complexScriptLanguages.contains(language.language.lowercased()) {
            xml.attribute("style:language-complex", language.language)
            xml.attribute("style:country-complex", language.country ?? "none")
        }
        xml.attributes(["fo:hyphenate": "false", "style:letter-kerning": "true", "fo:color": "#000000"])
        xml.end()
        xml.end()
    }

    /// One common paragraph style.
    private struct ParagraphStyleSpec {
        var name: String
        var display: String?
        var parent: String?
        var next: String? = nil
        var styleClass: String = "text"
        var outlineLevel: Int? = nil
        var paragraph: KeyValuePairs<StaticString, String> = [:]
        var text: KeyValuePairs<StaticString, String> = [:]
    }

    /// Font size for all three script classes.
    private static func size(_ value: String) -> KeyValuePairs<StaticString, String> {
        ["fo:font-size": value, "style:font-size-asian": value, "style:font-size-complex": value]
    }

    /// Every `ParagraphStyle` of the model, plus `Standard`, `Heading` and the heading levels.
    static func writeParagraphStyles(_ direction: TextDirection, to xml: XMLWriter) {
        var specs: [ParagraphStyleSpec] = [
            .init(name: "Standard", display: nil, parent: nil),
            .init(name: "Heading", display: "Heading", parent: "Standard", next: ParagraphStyle.body.rawValue,
                  paragraph: ["fo:margin-top": "0.42cm", "fo:margin-bottom": "0.21cm", "fo:keep-with-next": "always"],
                  text: ["fo:font-weight": "bold", "style:font-weight-asian": "bold", "style:font-weight-complex": "bold"]),
        ]
        for level in 1...10 {
            let size = level == 1 ? "13pt" : level == 2 ? "11.5pt" : HouseStyle.bodySize
            specs.append(.init(name: HouseStyle.headingStyleNames[level - 1], display: "Heading \(level)", parent: "Heading",
                               next: ParagraphStyle.body.rawValue, outlineLevel: level,
                               text: Self.size(size)))
        }
        for style in ParagraphStyle.allCases { specs.append(spec(style, direction)) }
        for spec in specs {
            xml.start("style:style")
            xml.attribute("style:name", spec.name)
            if let display = spec.display { xml.attribute("style:display-name", display) }
            xml.attribute("style:family", "paragraph")
            if let parent = spec.parent { xml.attribute("style:parent-style-name", parent) }
            if let next = spec.next { xml.attribute("style:next-style-name", next) }
            if let level = spec.outlineLevel { xml.attribute("style:default-outline-level", level) }
            xml.attribute("style:class", spec.styleClass)
            if !spec.paragraph.isEmpty { xml.element("style:paragraph-properties", spec.paragraph) }
            if !spec.text.isEmpty { xml.element("style:text-properties", spec.text) }
            xml.end()
        }
    }

    /// The definition of one model paragraph style. Exhaustive: a new case must be styled here.
    private static func spec(_ style: ParagraphStyle, _ direction: TextDirection) -> ParagraphStyleSpec {
        let name = style.rawValue
        let noSpacing: KeyValuePairs<StaticString, String> = ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:line-height": "115%"]
        switch style {
        case .body:
            return .init(name: name, display: "Text body", parent: "Standard",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.25cm", "fo:line-height": "130%"])
        case .title:
            return .init(name: name, display: "Title", parent: "Standard", next: ParagraphStyle.body.rawValue, styleClass: "chapter",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.3cm", "fo:keep-with-next": "always"],
                         text: ["fo:font-size": "16pt", "fo:font-weight": "bold", "style:font-size-asian": "16pt",
                                "style:font-weight-asian": "bold", "style:font-size-complex": "16pt", "style:font-weight-complex": "bold"])
        case .subtitle:
            return .init(name: name, display: "Subtitle", parent: "Standard", next: ParagraphStyle.body.rawValue, styleClass: "chapter",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.42cm", "fo:keep-with-next": "always"],
                         text: ["fo:font-size": "12pt", "fo:color": HouseStyle.grey, "style:font-size-asian": "12pt",
                                "style:font-size-complex": "12pt"])
        case .subject:
            return .init(name: name, display: "Subject", parent: "Standard", next: ParagraphStyle.body.rawValue,
                         paragraph: ["fo:margin-top": "0.2cm", "fo:margin-bottom": "0.42cm", "fo:keep-with-next": "always"],
                         text: ["fo:font-weight": "bold", "style:font-weight-asian": "bold", "style:font-weight-complex": "bold"])
        case .small:
            return .init(name: name, display: "Small", parent: "Standard", paragraph: noSpacing,
                         text: ["fo:font-size": "8pt", "fo:color": HouseStyle.grey, "style:font-size-asian": "8pt",
                                "style:font-size-complex": "8pt"])
        case .address:
            // Always left-aligned and left-to-right: the envelope window is read by PostNL's sorting machines,
            // and a Dutch postal address is Latin script even in an Arabic letter.
            return .init(name: name, display: "Address", parent: "Standard",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:line-height": "115%",
                                     "fo:text-align": "left", "style:writing-mode": "lr-tb"],
                         text: size(HouseStyle.bodySize))
        case .reference:
            return .init(name: name, display: "Reference", parent: "Standard", paragraph: noSpacing, text: size("8.5pt"))
        case .tableContents:
            return .init(name: name, display: "Table Contents", parent: "Standard", styleClass: "extra", paragraph: noSpacing)
        case .tableHeading:
            return .init(name: name, display: "Table Heading", parent: ParagraphStyle.tableContents.rawValue, styleClass: "extra",
                         text: ["fo:font-weight": "bold", "style:font-weight-asian": "bold", "style:font-weight-complex": "bold"])
        case .header:
            return .init(name: name, display: "Header", parent: "Standard", styleClass: "extra", paragraph: noSpacing, text: size("8pt"))
        case .footer:
            return .init(name: name, display: "Footer", parent: "Standard", styleClass: "extra", paragraph: noSpacing,
                         text: ["fo:font-size": "8pt", "fo:color": HouseStyle.grey, "style:font-size-asian": "8pt",
                                "style:font-size-complex": "8pt"])
        case .listItem:
            // Contextual spacing: no gap between items, the body's gap after the list.
            return .init(name: name, display: "List Contents", parent: ParagraphStyle.body.rawValue, styleClass: "list",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.25cm", "style:contextual-spacing": "true"])
        case .signature:
            return .init(name: name, display: "Signature", parent: ParagraphStyle.body.rawValue,
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:keep-with-next": "always"])
        case .draftMark:
            return .init(name: name, display: "Draft Mark", parent: "Standard",
                         paragraph: ["fo:text-align": "center", "fo:margin-top": "0cm", "fo:margin-bottom": "0.42cm"],
                         text: ["fo:font-size": "14pt", "fo:font-weight": "bold", "fo:color": HouseStyle.draftRed,
                                "fo:letter-spacing": "0.1cm", "style:font-size-asian": "14pt", "style:font-weight-asian": "bold",
                                "style:font-size-complex": "14pt", "style:font-weight-complex": "bold"])
        case .rightAligned:
            return .init(name: name, display: "Right", parent: ParagraphStyle.body.rawValue,
                         paragraph: ["fo:text-align": HouseStyle.endAlignment(direction), "style:justify-single-word": "false"])
        case .opening:
            // Only anchors the envelope-window frame: as small as LibreOffice allows.
            return .init(name: name, display: "Opening", parent: "Standard",
                         paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:line-height": "100%"],
                         text: size("2pt"))
        }
    }

    /// Character styles used by spans and links.
    static func writeTextStyles(to xml: XMLWriter) {
        let styles: [(String, String, KeyValuePairs<StaticString, String>)] = [
            (HouseStyle.emphasis, "Emphasis",
             ["fo:font-style": "italic", "style:font-style-asian": "italic", "style:font-style-complex": "italic"]),
            (HouseStyle.strong, "Strong Emphasis",
             ["fo:font-weight": "bold", "style:font-weight-asian": "bold", "style:font-weight-complex": "bold"]),
            (HouseStyle.underline, "Underline",
             ["style:text-underline-style": "solid", "style:text-underline-width": "auto",
              "style:text-underline-color": "font-color"]),
            (HouseStyle.internetLink, "Internet link",
             ["fo:color": HouseStyle.linkBlue, "style:text-underline-style": "solid", "style:text-underline-width": "auto",
              "style:text-underline-color": "font-color"]),
        ]
        for (name, display, properties) in styles {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:display-name", display)
            xml.attribute("style:family", "text")
            xml.element("style:text-properties", properties)
            xml.end()
        }
    }

    /// `Frame` (text boxes) and `Graphics` (images): no border, no padding, no text beside them.
    static func writeGraphicStyles(to xml: XMLWriter) {
        for (name, display) in [(HouseStyle.frameStyle, "Frame"), (HouseStyle.graphicsStyle, "Graphics")] {
            xml.start("style:style")
            xml.attribute("style:name", name)
            xml.attribute("style:display-name", display)
            xml.attribute("style:family", "graphic")
            xml.element("style:graphic-properties", [
                "style:wrap": "none", "fo:padding": "0cm", "fo:border": "none", "style:shadow": "none",
                "fo:margin-left": "0cm", "fo:margin-right": "0cm", "fo:margin-top": "0cm", "fo:margin-bottom": "0cm",
            ])
            xml.end()
        }
    }

    /// Bullets (• – ◦), numbers (1. a. i.) and letters (a. i. 1.), ten levels each, 0.635 cm a level.
    static func writeListStyles(to xml: XMLWriter) {
        let bullets = ["\u{2022}", "\u{2013}", "\u{25E6}"]
        let numbers = ["1", "a", "i"]
        let letters = ["a", "i", "1"]
        let kinds: [(List.Kind, String)] = [(.bulleted, "List Bullet"), (.numbered, "List Number"), (.lettered, "List Letter")]
        for (kind, display) in kinds {
            xml.start("text:list-style")
            xml.attribute("style:name", HouseStyle.listStyleName(kind))
            xml.attribute("style:display-name", display)
            for level in 1...10 {
                let i = (level - 1) % 3
                switch kind {
                case .bulleted:
                    xml.start("text:list-level-style-bullet")
                    xml.attribute("text:level", level)
                    xml.attribute("text:bullet-char", bullets[i])
                case .numbered, .lettered:
                    xml.start("text:list-level-style-number")
                    xml.attribute("text:level", level)
                    xml.attribute("style:num-suffix", ".")
                    xml.attribute("style:num-format", kind == .numbered ? numbers[i] : letters[i])
                }
                let indent = Length(millimetres: 6.35 * Double(level)).odf
                xml.start("style:list-level-properties")
                xml.attribute("text:list-level-position-and-space-mode", "label-alignment")
                xml.element("style:list-level-label-alignment", [
                    "text:label-followed-by": "listtab", "text:list-tab-stop-position": indent,
                    "fo:text-indent": "-0.635cm", "fo:margin-left": indent,
                ])
                xml.end()
                xml.end()
            }
            xml.end()
        }
    }

    /// No outline numbering: headings carry their own numbers (the assembler computes them).
    static func writeOutlineStyle(to xml: XMLWriter) {
        xml.start("text:outline-style")
        xml.attribute("style:name", "Outline")
        for level in 1...10 {
            xml.start("text:outline-level-style")
            xml.attribute("text:level", level)
            xml.attribute("style:num-format", "")
            xml.end()
        }
        xml.end()
    }
}
