import PrivdocDiagnostics
import ODF

/// Tables (templates.md §2.5) and the signature blocks of an agreement.
extension RenderContext {
    mutating func table(_ spec: TableSpec, at location: SourceLocation) -> [Block] {
        var header: [TableRow] = []
        if spec.hasHeadings {
            header.append(TableRow(spec.columns.map { column in
                TableCell(text: column.heading.map { inlines($0.id, at: $0.location) } ?? [], style: .tableHeading)
            }))
        }
        var rows: [TableRow] = []
        if let from = spec.rowsFrom {
            let entries: [[String: Value]]
            switch value(from) {
            case .records(let records)?: entries = records.map { Dictionary(uniqueKeysWithValues: $0.map { ("item.\($0.key)", $0.value) }) }
            case .list(let lines)?: entries = lines.map { ["item": .text($0)] }
            default: entries = []
            }
            for entry in entries {
                rows.append(withItem(entry, list: from) { ctx in
                    TableRow(spec.columns.map { ctx.cell($0.cell, at: location) })
                })
            }
        } else {
            for row in spec.rows { rows.append(TableRow(row.map { cell($0, at: location) })) }
        }
        guard !rows.isEmpty else { return [] }   // a table without rows leaves nothing behind
        return [.table(Table(columns: spec.columns.map { .mm($0.width) }, headerRows: header, rows: rows, borders: .grid))]
    }

    private mutating func cell(_ cell: TableSpec.Cell?, at location: SourceLocation) -> TableCell {
        switch cell {
        case .clause(let ref)?: return TableCell(blocks(ref.id, at: ref.location, style: .tableContents))
        case .snippet(let snippet)?: return TableCell(blocks(of: snippet.text.nodes, style: .tableContents))
        case nil: return TableCell([])
        }
    }

    /// The labelled lines of a signature block: on behalf of (`PARTY.name`), place, date, signature,
    /// name, function.
    static let signatureLabels = ElementDeclaration.of(.signatures).labels

    /// `PARTY.name`, or `org.name` when the template declares no `PARTY.name` (the organisation itself
    /// signs, as controller).
    static func partyNamePath(_ party: String, _ template: Template) -> String {
        template.fields.byName["\(party).name"] != nil ? "\(party).name" : "org.name"
    }

    /// The parties' signature blocks side by side (GDPR art. 28(9): the agreement is in writing), one per
    /// party: on behalf of, place, date, signature line, name, function. A value not given leaves a line to
    /// fill in. The table is kept on one page (domain.md §9); the caller keeps it with the last article.
    mutating func signatures(_ parties: [String], at location: SourceLocation) -> Block {
        let blank = String(repeating: "\u{2026}", count: 12)
        let cells = parties.map { party -> TableCell in
            func line(_ label: String, _ path: String, strong: Bool = false) -> Paragraph {
                if label == ElementDeclaration.nameSlot.clause,
                   locale.clauses[label]?.text.placeholders.contains(where: { $0.name == ElementDeclaration.nameSlot.name }) == true {
                    // The party's name in the label's {{name}} slot, where the language puts it: Turkish
                    // "X adına" (decision 172). Shown like every value; a name not given leaves the blank.
                    let saved = scope
                    if case .text(let s)? = value(path), !s.isEmpty { scope["name"] = .text(s) } else { scope["name"] = .text(blank) }
                    let content = inlines(label, at: location)
                    scope = saved
                    return Paragraph(strong ? [.strong(content)] : content, style: .signature, keepWithNext: true)
                }
                var content = inlines(label, at: location)
                var shown: [Inline]
                switch value(path) {
                case .date(let d)?: shown = [.text(locale.formatting.long(d))]
                case .text(let s)? where !s.isEmpty:
                    // Names of parties and people: shown by the one rule, like every value (decision 165).
                    shown = self.shown(s, at: path)
                default: shown = [.text(blank)]
                }
                content += (content.isEmpty ? [] : [.text(" ")]) + shown
                return Paragraph(strong ? [.strong(content)] : content, style: .signature, keepWithNext: true)
            }
            // The lines of the declaration (ElementDeclaration: one list for renderer, lint and docs); room
            // to sign before the signature line.
            var lines: [Block] = []
            for (i, label) in Self.signatureLabels.enumerated() {
                if label.clause == "label.signature.signature" {
                    lines.append(.paragraph(Paragraph([.lineBreak, .lineBreak], style: .signature, keepWithNext: true)))
                }
                let path = i == 0 ? Self.partyNamePath(party, template) : party + (label.field ?? "").dropFirst("PARTY".count)
                lines.append(.paragraph(line(label.clause, path, strong: i == 0)))
            }
            return TableCell(lines)
        }
        let width = house.geometry.textWidth.millimetres / Double(max(parties.count, 1))
        return .table(Table(name: "Signatures", columns: Array(repeating: .mm(width), count: parties.count),
                            rows: [TableRow(cells)], borders: .none, keepTogether: true))
    }
}
