import ClauseSyntax
import PrivdocDiagnostics

/// The plain-text report of `privdoc explain` (for legal review): every body element in order, KEPT or
/// DROPPED with its condition and the condition's value, the clause versions and the fields each clause
/// reads, computed dates, the final numbering and the clauses used. Never prints a case value except
/// computed deadlines; deterministic (golden-tested).
struct Explainer {
    var context: RenderContext

    func report() -> String {
        var composer = DocumentComposer(ctx: context)
        let tree = composer.selectAndNumber()
        var numbered = composer
        _ = numbered.compose()                      // render once to learn the clauses used and any problem
        let ctx = composer.ctx
        var lines: [String] = []
        let t = ctx.template
        lines.append("template  \(t.id) version \(t.version) (\(t.layout.rawValue))")
        lines.append("language  \(ctx.locale.code)")
        if case .date(let d)? = ctx.value("date") { lines.append("date      \(d.iso)") }
        if !t.computed.isEmpty {
            lines.append("")
            lines.append("computed")
            for c in t.computed {
                guard c.function.isDate else {
                    // Which person the letter addresses, and how its name is split — field names, never the name.
                    let parts = ComputedField.addresseeParts.map { "\(c.name).\($0.0)" }.filter { ctx.value($0) != nil }
                    let from = c.from.first { ctx.value("\($0).name") != nil } ?? "(nobody)"
                    lines.append("  \(c.name) = \(from) (\(parts.map { $0.split(separator: ".").last! }.joined(separator: ", ")))  \u{2190} \(c.explanation)")
                    continue
                }
                let value: String = if case .date(let d)? = ctx.value(c.name) { d.iso } else { "(no value)" }
                lines.append("  \(c.name) = \(value)  \u{2190} \(c.explanation)")
            }
        }
        if !t.rules.isEmpty {
            lines.append("")
            lines.append("rules")
            for rule in t.rules {
                let name = rule.id ?? rule.field
                if let when = rule.when, !ctx.holds(when.condition) {
                    lines.append("  \(name): \(rule.source)  (not applicable: \(when.source) \u{2192} false)")
                } else {
                    lines.append("  \(name): \(rule.source) \u{2192} \(ctx.holds(rule.assertion) ? "holds" : "fails")")
                }
            }
        }
        lines.append("")
        lines.append("body")
        describe(tree, depth: 1, ctx: ctx, into: &lines)
        let targets = ctx.numbering.targets.sorted { $0.key < $1.key }
        if !targets.isEmpty {
            lines.append("")
            lines.append("numbering")
            for (id, target) in targets { lines.append("  \(id) \u{2192} \(target.number) (\(target.labelClause))") }
        }
        lines.append("")
        lines.append("clauses used")
        for clause in numbered.provenance.clauses { lines.append("  \(clause)") }
        let problems = numbered.ctx.bag.items.filter { $0.severity == .error }
        if !problems.isEmpty {
            lines.append("")
            lines.append("problems")
            for problem in Diagnostics(problems).items { lines.append("  \(problem)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ elements: [SelectedElement], depth: Int, ctx: RenderContext, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for e in elements {
            var parts = [(e.kept ? "KEPT   " : "DROPPED"), title(e, ctx: ctx)]
            if let when = e.element.when {
                parts.append("when: \(when.source) \u{2192} \(e.conditionValue.map { String($0) } ?? "not evaluated")")
            }
            if !e.kept, let reason = e.reason, e.element.when == nil || e.conditionValue != false { parts.append("(\(reason))") }
            lines.append(indent + parts.joined(separator: "  "))
            // Inside an `each:` pass the item's names are in scope, as when the letter is rendered
            // (decision 150): its clauses' conditions are evaluated against the item, not the case.
            var inner = ctx
            if case .item(let pass)? = e.pass { inner.enter(pass) }
            for clauseID in clauseIDs(e.element) where e.kept {
                guard let clause = ctx.locale.clauses[clauseID] else { continue }
                let fields = clause.text.fieldPaths
                if !fields.isEmpty { lines.append(indent + "    \(clauseID) reads: \(fields.joined(separator: ", "))") }
                for conditional in clause.text.conditionals {
                    lines.append(indent + "    \(clauseID) {{#if \(conditional.source)}} \u{2192} \(inner.holds(conditional.condition))")
                }
            }
            describe(e.children, depth: depth + 1, ctx: inner, into: &lines)
        }
    }

    private func title(_ e: SelectedElement, ctx: RenderContext) -> String {
        func v(_ ref: ClauseRef) -> String {
            guard let clause = ctx.locale.clauses[ref.id] else { return "\(ref.id)@missing" }
            // An organisation's override says so, with the shipped version it replaces (decision 091).
            let origin = clause.override.map { " [organisation override of shipped v\($0.writtenAgainst)]" } ?? ""
            return "\(ref.id)@\(clause.version)\(origin)"
        }
        let id = e.element.id.map { " #\($0)" } ?? ""
        // The keyword as the template writes it, from the one declaration (ElementKeyword, issue 10).
        let keyword = e.element.keyword
        switch e.element.kind {
        case .clause(let r): return (e.number.map { "paragraph \($0) " } ?? "clause ") + v(r) + id
        case .subject(let r): return keyword + " " + v(r)
        case .heading(let r): return keyword + " " + v(r)
        case .section(let h, _):
            switch e.pass {
            case .item(let pass)?: return keyword + " " + v(h) + " — item \(pass.index) of \(pass.list)"
            case .single?: return keyword + " " + v(h) + " — the case itself, without heading (\(e.element.each ?? "") has no items)"
            case nil: return keyword + " " + v(h) + (e.element.each.map { " each \($0)" } ?? "")
            }
        case .list(let l): return keyword + " (\(l.kind))" + (l.itemsFrom.map { " items-from \($0)" } ?? "")
        case .table(let t): return keyword + (t.rowsFrom.map { " rows-from \($0)" } ?? "")
        case .addressBlock(let f): return keyword + " \(f)"
        case .referenceLine, .signature, .pageBreak, .toc: return keyword
        case .signatures(let p): return keyword + " \(p.joined(separator: ", "))"
        case .article(let a): return keyword + " \(e.number ?? "-")" + (a.id.map { " #\($0)" } ?? "") + " title " + v(a.title)
        case .annex(let a): return keyword + " \(e.number ?? "-")" + (a.id.map { " #\($0)" } ?? "") + " title " + v(a.title)
        }
    }

    private func clauseIDs(_ element: BodyElement) -> [String] {
        switch element.kind {
        case .clause(let r), .subject(let r): return [r.id]
        default: return []
        }
    }
}
