import XMLSupport
/// The user variables a document uses (`Field.setVariable`, `Field.variable`), in order of first use, so
/// `content.xml` declares each once (ODF 1.3 §7.4.2) however many letters of a combined batch set it.
struct VariableNames {
    /// Names in order of first use (deterministic output).
    private(set) var names: [String] = []
    private var seen: Set<String> = []

    /// Records a use of `name`.
    mutating func note(_ name: String) {
        if seen.insert(name).inserted { names.append(name) }
    }

    /// Also the names in `paragraphs` — the headers and footers, which `styles.xml` holds but which show
    /// the variables the body sets.
    mutating func note(in paragraphs: [Paragraph]) {
        for paragraph in paragraphs { note(in: paragraph.content) }
    }

    private mutating func note(in inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .field(.setVariable(let name, _)), .field(.variable(let name)): note(name)
            case .emphasis(let x), .strong(let x), .underline(let x), .link(_, let x), .isolate(_, let x): note(in: x)
            case .frame(let frame):
                if case .textBox(let paragraphs) = frame.content { note(in: paragraphs) }
            case .text, .lineBreak, .tab, .field: break
            }
        }
    }

    /// `text:variable-decls`, the first child of `office:text` (before any paragraph; §7.4.2), or
    /// nothing when the document uses no variable.
    func write(to xml: XMLWriter) {
        guard !names.isEmpty else { return }
        xml.start("text:variable-decls")
        for name in names {
            xml.start("text:variable-decl")
            xml.attribute("text:name", name)
            xml.attribute("office:value-type", "string")
            xml.end()
        }
        xml.end()
    }
}
