import XMLSupport
/// Lists (ODF 1.3 §5.3).
extension FlowWriter {
    /// `text:list` with the house list style of its kind; items hold paragraphs, headings and lists.
    func writeList(_ list: List, depth: Int, inFlow: Bool) throws(ODFError) {
        guard ListNumbering.isWritten(list) else { return }
        let ids = lists.register(list, depth: depth)
        xml.start("text:list")
        if let id = ids.id { xml.attribute("xml:id", id) }
        // In a right-to-left part the list takes an automatic copy of its style with end-aligned labels.
        let common = StyleSheet.listStyleName(list.kind)
        xml.attribute("text:style-name", direction == .rightToLeft ? styles.rightToLeftList(common) : common)
        if let continued = ids.continues { xml.attribute("text:continue-list", continued) }
        for item in list.items {
            xml.start("text:list-item")
            if list.kind == .labelled, let label = item.label {
                xml.attribute("text:style-override", styles.listLabel(.init(label: label, level: depth + 1, rightToLeft: direction == .rightToLeft)))
            }
            if item.blocks.isEmpty {
                try writeParagraph(Paragraph([], style: .listItem), inFlow: inFlow)
            }
            for block in item.blocks {
                switch block {
                case .paragraph(let paragraph):
                    try writeParagraph(paragraph, inFlow: inFlow)
                case .heading(let heading):
                    try writeHeading(heading, inFlow: inFlow)
                case .list(let nested):
                    try writeList(nested, depth: depth + 1, inFlow: inFlow)
                case .table:
                    throw .invalidModel("a table cannot stand in a list item (ODF 1.3 §5.3.4), \(nextLocationDescription)")
                case .pageBreak:
                    try writeBlocks([block], inFlow: inFlow)
                }
            }
            xml.end()
        }
        xml.end()
    }
}
