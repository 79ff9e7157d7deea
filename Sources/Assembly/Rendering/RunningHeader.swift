import PrivdocDiagnostics
import ODF

/// The header of page 2 and following of a letter with a reference line (docs/decisions/140):
/// `Gemeente Dorpwijk · Ons kenmerk: SD-2026-00417 · Datum: 4 december 2026`, in the letter's language.
///
/// The header lives in `styles.xml`, which every letter of one language in a batch shares and a combined
/// file holds once, so it holds no case value: it shows ODF user variables (`text:variable-get`, ODF 1.3
/// §7.4.5) that each letter sets, hidden, at the start of its body, and its translation again at the
/// start of the translation (`settings`). The office suite lays every page out with the values in force
/// there, so page 2 of each letter in a combined file shows that letter's own reference.
///
/// Labels and fields come from `ElementDeclaration.of(.runningHeader)`; the look is the house style's
/// `Header` paragraph style.
enum RunningHeader {
    /// The user variable a field is shown through: `reference` → `privdoc_reference`.
    static func variable(for field: String) -> String {
        "privdoc_" + UTF8Bytes.replacing(UInt8(ascii: "-"), with: "_", in: UTF8Bytes.replacing(UInt8(ascii: "."), with: "_", in: field))
    }

    /// Whether the house style's own following-page header already shows our reference: the
    /// organisation placed the variables in its letterhead itself, as it likes them. Otherwise the line
    /// comes after that header's content (`HeaderFooter.headerFollowsReference`), so that the following
    /// pages keep our reference and the date in the letter's language (docs/letters.md §1) under an
    /// organisation's letterhead too. Without a header of its own the line is the whole header.
    static func isShown(by sheet: StyleSheet) -> Bool {
        sheet.shows(variable: variable(for: "reference"), in: .followingPagesHeader)
    }

    /// The header line: the organisation's name, then each label of the declaration with its variable.
    /// Isolation follows the one rule (`TextDisplay`, decision 165): the name as every inserted value; a
    /// date is a phrase in the letter's language, never isolated; a text by its field's format, which is
    /// all a header shared by every letter can know (our reference: left-to-right, isolated in Arabic).
    static func line(_ ctx: inout RenderContext, name: String, at location: SourceLocation) -> [Inline] {
        var parts: [[Inline]] = [ctx.shown(name)]
        for label in ElementDeclaration.of(.runningHeader).labels {
            guard let field = label.field else { continue }
            var shown = Inline.field(.variable(variable(for: field)))
            if ctx.template.type(of: field) != .date,
               let direction = TextDisplay.isolation(of: "", format: format(field, ctx), in: ctx.direction) {
                shown = .isolate(direction, [shown])
            }
            parts.append(ctx.inlines(label.clause, at: location) + [.text(": "), shown])
        }
        return LetterLayout.joined(parts)
    }

    /// The hidden settings of this letter's (or this translation's) values, for the first paragraph of
    /// its part. Every variable is set, to an en dash when the value is not given (as on the reference
    /// line), so a letter in a combined file never shows the one before it. Dates are formatted in the
    /// part's language and kept on one line (no-break spaces). Texts keep their hyphens: unlike the
    /// reference line, no U+2011 (`TextDisplay.printed`) — inside a field in a right-to-left paragraph
    /// LibreOffice lays U+2011 out as a break between runs, and `SD-2026-00417` read `00417-2026-SD`.
    static func settings(_ ctx: RenderContext) -> [Inline] {
        var out: [Inline] = []
        for label in ElementDeclaration.of(.runningHeader).labels {
            guard let field = label.field else { continue }
            let text: String
            switch ctx.value(field) {
            case .date(let d)?: text = TextDisplay.unbroken(ctx.locale.formatting.long(d))
            case .text(let s)? where !s.isBlank: text = s
            default: text = "\u{2013}"
            }
            out.append(.field(.setVariable(name: variable(for: field), value: text)))
        }
        return out
    }

    /// How a field's text reads: its declared format, else the one its name implies.
    private static func format(_ field: String, _ ctx: RenderContext) -> TextFormat {
        ctx.template.fields.formats[field] ?? TextFormat.inferred(from: field)
    }
}
