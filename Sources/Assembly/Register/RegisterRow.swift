import ODF

/// One agreement as a row of the register (`RegisterColumns.all`), from its validated values. Labels
/// (yes/no, enum values) come from the clause library in the register's language.
enum RegisterRow {
    static func cells(_ ctx: inout RenderContext) -> [Spreadsheet.Cell] {
        func label(_ id: String) -> String { RenderContext.plain(ctx.inlines(id, at: nil)) }
        func yesNo(_ path: String) -> String { label(flag(ctx, path) ? "register.processors.yes" : "register.processors.no") }
        let subprocessors = records(ctx, "subprocessors").map { sub in
            "\(text(sub["name"])) — \(text(sub["location"])) (\(text(sub["country-code"])))"
        }
        let transfers = records(ctx, "transfers").map { t in
            "\(text(t["country"])) (\(text(t["country-code"]))) — \(text(t["recipient"])) — "
                + label("enum.transfers.mechanism.\(text(t["mechanism"]))")
        }
        var special = yesNo("special-categories.processed")
        if flag(ctx, "special-categories.processed") { special += "\n" + lines(ctx, "special-categories.kinds") }
        let start: Spreadsheet.Cell = date(ctx, "main-contract.start") ?? date(ctx, "main-contract.date") ?? .empty
        let end: Spreadsheet.Cell = date(ctx, "duration.until") ?? .text(label("enum.duration.mode.\(text(ctx, "duration.mode"))"))
        return [
            .text(text(ctx, "processor.name")),
            .text(text(ctx, "processor.kvk")),
            .text(text(ctx, "service")),
            .text("\(text(ctx, "main-contract.title")) (\(text(ctx, "main-contract.reference")))"),
            .text(lines(ctx, "purposes")),
            .text(lines(ctx, "data-subjects")),
            .text(lines(ctx, "data-categories")),
            .text(special),
            .text(yesNo("criminal-data")),
            .text(yesNo("bsn")),
            .text(subprocessors.isEmpty ? label("enum.subprocessing.mode.\(text(ctx, "subprocessing.mode"))") : subprocessors.joined(separator: "\n")),
            .text(records(ctx, "locations").map { "\(text($0["country"])) (\(text($0["country-code"])))" }.joined(separator: "\n")),
            .text(transfers.isEmpty ? label("register.processors.none") : transfers.joined(separator: "\n")),
            .text(lines(ctx, "security.certifications")),
            start,
            end,
            .text(text(ctx, "agreement.reference")),
            .text(text(ctx, "agreement.version")),
            .text(label("register.processors.status.\(text(ctx, "status"))")),
        ]
    }

    static func text(_ ctx: RenderContext, _ path: String) -> String { text(ctx.value(path)) }

    static func text(_ value: Value?) -> String {
        switch value {
        case .text(let s)?: return s
        case .integer(let i)?: return String(i)
        default: return ""
        }
    }

    private static func flag(_ ctx: RenderContext, _ path: String) -> Bool {
        if case .boolean(true)? = ctx.value(path) { return true }
        return false
    }

    private static func lines(_ ctx: RenderContext, _ path: String) -> String {
        if case .list(let l)? = ctx.value(path) { return l.joined(separator: "\n") }
        return text(ctx, path)
    }

    private static func records(_ ctx: RenderContext, _ path: String) -> [[String: Value]] {
        if case .records(let r)? = ctx.value(path) { return r }
        return []
    }

    private static func date(_ ctx: RenderContext, _ path: String) -> Spreadsheet.Cell? {
        guard case .date(let d)? = ctx.value(path) else { return nil }
        return .date(DocumentDate(year: d.year, month: d.month, day: d.day))
    }
}
