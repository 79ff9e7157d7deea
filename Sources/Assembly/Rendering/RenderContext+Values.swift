import ClauseSyntax
import PrivdocDiagnostics
import LegalCalendar
import ODF

/// Placeholders and cross-references: values become text nodes (never markup), formatted for the
/// language, isolated left-to-right inside right-to-left text where they read that way.
extension RenderContext {
    /// The inline content of `{{name | formatter}}`; empty when the value is absent.
    mutating func placeholder(_ p: Placeholder) -> [Inline] {
        switch content(of: p) {
        case .nothing: return []
        case .phrase(let text): return PlaceholderContent.inlines(text, nil, direction: direction)
        case .value(let text, let format): return shown(text, format)
        case .inlines(let inlines): return inlines
        }
    }

    /// What `{{name | formatter}}` shows in this document (`TextRendering`).
    mutating func content(of p: Placeholder) -> PlaceholderContent {
        switch p.role {
        case .pageNumber: return .inlines([.field(.pageNumber)])
        case .pageCount: return .inlines([.field(.pageCount)])
        case .privacyURL, .organisation, .value: break
        }
        if p.role == .privacyURL, library.organisation?.privacyStatement(for: locale.code) == nil {
            bag.error(.orgPrivacyUrl, at: p.location, field: "org.privacy-url",
                      "the organisation profile has no privacy-statement URL for \(locale.code)")
            return .nothing
        }
        guard let value = value(of: p) else { return .nothing }
        switch (p.formatter, value) {
        case (.date?, .date(let d)), (nil, .date(let d)):
            return .phrase(locale.formatting.long(d))
        case (.shortdate?, .date(let d)):
            // Not isolated: CLDR's Arabic short pattern carries its own U+200F marks for right-to-left text.
            return .phrase(locale.formatting.short(d))
        case (.iso?, .date(let d)):
            return .value(d.iso, .number)
        case (.number?, .integer(let i)):
            return .value(locale.formatting.number(i), .number)
        case (.plural?, .integer(let i)):
            // The noun form CLDR's rules give the number in this language (decision 110).
            guard let rules = locale.formatting.plurals else {
                bag.error(.clausePlural, at: p.location, field: p.name, "the library has no plural rules for \(locale.code)")
                return .nothing
            }
            if let missing = PluralCheck.missing(p, rules) {
                bag.error(.clausePlural, at: p.location, field: p.name, missing)
                return .nothing
            }
            let text = p.choice(rules.category(of: i).rawValue) ?? ""
            return .phrase(PluralForm.fill(text, number: locale.formatting.number(i)))
        case (.select?, .text(let code)):
            return .phrase(p.choice(code) ?? "")
        case (nil, .integer(let i)):
            return .value(String(i), .number)
        case (.label?, .text(let code)):
            return .inlines(enumLabel(field: p.name, code: code, at: p.location))
        case (.label?, .list(let codes)):
            return .inlines(labelList(field: p.name, codes: codes, at: p.location))
        case (.upper?, .text(let s)):
            return .value(locale.formatting.upper(s), format(of: p))
        case (.lower?, .text(let s)):
            return .value(locale.formatting.lower(s), format(of: p))
        case (.capital?, .text(let s)):
            return .value(locale.formatting.capital(s), format(of: p))
        case (nil, .text(let s)):
            let format = format(of: p)
            // An address's country code reads as the name its envelope line prints (decision 180).
            return .value(format == .country ? library.countries?.names[s] ?? s : s, format)
        case (nil, .list(let lines)):
            var out: [Inline] = []
            let lineFormat = format(of: p)
            for line in lines {
                if !out.isEmpty { out.append(.lineBreak) }
                out += shown(line, lineFormat)
            }
            return .inlines(out)
        default:
            bag.error(.clauseFormatter, at: p.location, field: p.name,
                      p.formatter.map { "the formatter \($0.rawValue) does not fit a \(kind(of: value)) value" }
                        ?? "a \(kind(of: value)) value cannot be printed")
            return .nothing
        }
    }

    /// A value as this document shows it: `TextDisplay.inline`, the one rule for placeholders and the
    /// built-in letter parts alike (decision 165); empty for an empty text.
    func shown(_ text: String, _ format: TextFormat = .plain) -> [Inline] {
        TextDisplay.inlines(text, format: format, in: direction)
    }

    /// `shown` for the value at `path`, with the format its field declares or its name implies.
    func shown(_ text: String, at path: String) -> [Inline] {
        shown(text, template.fields.formats[path] ?? TextFormat.inferred(from: path))
    }

    /// The labels of a multi-valued enum as one phrase: "a", "a en b", "a, b en c" — the last joined by
    /// the language's `label.list.and`, the others by its `label.list.comma` (templates.md §1.2).
    private mutating func labelList(field: String, codes: [String], at location: SourceLocation) -> [Inline] {
        var out: [Inline] = []
        for (i, code) in codes.enumerated() {
            if i > 0 {
                if i == codes.count - 1 {
                    out.append(.text(" "))
                    out += inlines("label.list.and", at: location)
                    out.append(.text(" "))
                } else {
                    out += inlines("label.list.comma", at: location)
                    out.append(.text(" "))
                }
            }
            out += enumLabel(field: field, code: code, at: location)
        }
        return out
    }

    /// The clause `enum.<field>.<value>` (templates.md §1.2, `label`).
    private mutating func enumLabel(field: String, code: String, at location: SourceLocation) -> [Inline] {
        let key = template.fields.labelField(field, itemList: itemList)
        guard depth < 4 else {
            bag.error(.clauseRecursion, at: location, "label clauses nest too deeply")
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
                bag.error(.refDropped, at: r.location,
                          "{{ref \(r.id)}} points to a part that is left out for this case; guard the sentence with the same condition")
            } else {
                bag.error(.refUnknown, at: r.location, "{{ref \(r.id)}}: template \(template.id) has no article, paragraph or annex with this id")
            }
            return []
        case let target?:
            // A label clause holding `{{ref}}` (lint refuses it) would otherwise render itself for ever.
            guard depth < 4 else {
                bag.error(.clauseRecursion, at: r.location, "label clauses nest too deeply: {{ref \(r.id)}} in a label refers to a label again")
                return []
            }
            depth += 1
            defer { depth -= 1 }
            let saved = scope
            scope["number"] = .text(target.number)
            defer { scope = saved }
            if let form = r.form {
                // The label in the case the sentence needs (decision 173); lint has checked that the
                // language gives it, and rendering refuses a form it does not.
                guard let slot = clauseSlot(target.labelClause, at: r.location) else { return [] }
                guard let text = locale.sortedClauses[slot.index].forms[form] else {
                    bag.error(.clauseForm, at: r.location, "{{ref \(r.id) | form: \(form)}}: \(target.labelClause) has no form \(form) in \(locale.code)")
                    return []
                }
                return Self.flatten(blocks(of: text.nodes, style: .body))
            }
            return inlines(target.labelClause, at: r.location)
        }
    }

    /// How a placeholder's text reads (for isolation).
    func format(of p: Placeholder) -> TextFormat {
        let path = p.name
        if path.hasPrefix("item."), let list = itemList, case .recordList(let subs)? = template.fields.byName[list]?.type {
            return subs.first { "item." + $0.name == path }?.format ?? .plain
        }
        return template.fields.formats[path] ?? TextFormat.inferred(from: path)
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
