import LegalCalendar
import ODF

/// Placeholders and cross-references: values become text nodes (never markup), formatted for the
/// language, isolated left-to-right inside right-to-left text where they read that way.
extension RenderContext {
    /// The inline content of `{{name | formatter}}`; empty when the value is absent.
    mutating func placeholder(_ p: Placeholder) -> [Inline] {
        switch p.name {
        case "page": return [.field(.pageNumber)]
        case "pages": return [.field(.pageCount)]
        default: break
        }
        if p.name == "org.privacy-url", library.organisation?.privacyURLs[locale.code] == nil {
            bag.error("org.privacy-url", at: p.location, field: "org.privacy-url",
                      "the organisation profile has no privacy-statement URL for \(locale.code)")
            return []
        }
        guard let value = value(p.name) else { return [] }
        var leftToRight = false
        let text: String
        switch (p.formatter, value) {
        case (.date?, .date(let d)), (nil, .date(let d)):
            text = locale.formatting.long(d)
        case (.shortdate?, .date(let d)):
            // Not isolated: CLDR's Arabic short pattern carries its own U+200F marks for right-to-left text.
            text = locale.formatting.short(d)
        case (.iso?, .date(let d)):
            text = d.iso; leftToRight = true
        case (.number?, .integer(let i)):
            text = locale.formatting.number(i); leftToRight = true
        case (nil, .integer(let i)):
            text = String(i); leftToRight = true
        case (.label?, .text(let code)):
            return enumLabel(field: p.name, code: code, at: p.location)
        case (.upper?, .text(let s)):
            text = locale.formatting.upper(s); leftToRight = format(of: p.name).isLeftToRight
        case (.lower?, .text(let s)):
            text = locale.formatting.lower(s); leftToRight = format(of: p.name).isLeftToRight
        case (nil, .text(let s)):
            text = s; leftToRight = format(of: p.name).isLeftToRight
        case (nil, .list(let lines)):
            var out: [Inline] = []
            for line in lines {
                if !out.isEmpty { out.append(.lineBreak) }
                out.append(.text(line))
            }
            return out
        default:
            bag.error("clause.formatter", at: p.location, field: p.name,
                      p.formatter.map { "the formatter \($0.rawValue) does not fit a \(kind(of: value)) value" }
                        ?? "a \(kind(of: value)) value cannot be printed")
            return []
        }
        if text.isEmpty { return [] }
        return leftToRight && isRightToLeft ? [.isolate(.leftToRight, [.text(text)])] : [.text(text)]
    }

    /// The clause `enum.<field>.<value>` (templates.md §1.2, `label`).
    private mutating func enumLabel(field: String, code: String, at location: SourceLocation) -> [Inline] {
        var key = field
        if field.hasPrefix("item."), let list = itemList { key = list + "." + field.dropFirst(5) }
        guard depth < 4 else {
            bag.error("clause.recursion", at: location, "label clauses nest too deeply")
            return []
        }
        depth += 1
        defer { depth -= 1 }
        return inlines("enum.\(key).\(code)", at: location)
    }

    /// `{{ref id}}`: the final number with the language's word for it (templates.md §1.4).
    mutating func reference(_ r: CrossReference) -> [Inline] {
        switch numbering.targets[r.id] {
        case nil:
            if template.ids[r.id] != nil {
                bag.error("ref.dropped", at: r.location,
                          "{{ref \(r.id)}} points to a part that is left out for this case; guard the sentence with the same condition")
            } else {
                bag.error("ref.unknown", at: r.location, "{{ref \(r.id)}}: template \(template.id) has no article, paragraph or annex with this id")
            }
            return []
        case let target?:
            let saved = scope
            scope["number"] = .text(target.number)
            defer { scope = saved }
            return inlines(target.labelClause, at: r.location)
        }
    }

    /// How a field's text reads (for isolation).
    func format(of path: String) -> TextFormat {
        if path.hasPrefix("item."), let list = itemList, case .recordList(let subs)? = template.fields.byName[list]?.type {
            return subs.first { "item." + $0.name == path }?.format ?? .plain
        }
        return template.fields.byName[path]?.format ?? TextFormat.inferred(from: path)
    }

    private func kind(of value: Value) -> String {
        switch value {
        case .text: return "text"
        case .date: return "date"
        case .integer: return "number"
        case .boolean: return "yes/no"
        case .list: return "list"
        case .records: return "list of records"
        }
    }
}
