import Foundation
import LegalCalendar
import ODF

/// Parts shared by the showcase and the benchmark letter: the organisation, its letterhead, the
/// envelope window and the reference line.
extension Showcase {
    static let organisation = "Gemeente Voorbeeldstad"
    static let website = "www.voorbeeldstad.nl"
    public static let logo = Image(name: "emblem.png", data: EmblemPNG.bytes)

    /// Letterhead on page 1 only (logo and organisation lines), a short header on the following pages,
    /// and "Pagina X van Y" in both footers.
    static func pageSetup(reference: String) -> PageSetup {
        let pageXofY: [Inline] = [.text("Pagina "), .field(.pageNumber), .text(" van "), .field(.pageCount)]
        let letterhead: [Paragraph] = [
            Paragraph([.frame(Frame(name: "Logo", content: .image(logo.name), x: .mm(0), y: .mm(0),
                                    width: .mm(16), height: .mm(16), origin: .paragraph))], style: .header),
            Paragraph([.strong([.text(organisation)])], style: .small),
            Paragraph([.text("Postbus 100, 1230 AA Voorbeeldstad")], style: .small),
            Paragraph([.text("Stadhuisplein 1, 1231 BC Voorbeeldstad \u{00B7} T 14 020 \u{00B7} \(website)")], style: .small),
        ]
        return PageSetup(
            firstPage: HeaderFooter(header: letterhead,
                                    footer: [Paragraph([.text("\(organisation) \u{00B7} \(website) \u{00B7} ")] + pageXofY, style: .footer)]),
            followingPages: HeaderFooter(header: [Paragraph([.text("\(organisation) \u{00B7} Ons kenmerk \(reference)")], style: .header)],
                                         footer: [Paragraph(pageXofY, style: .footer)]))
    }

    /// The first paragraph of a letter: it anchors the address in the envelope window (NEN 1026:
    /// 20 mm from the left, 50 mm from the top, 85 × 35 mm).
    static func opening(address lines: [String]) -> Block {
        let window = Frame(name: "AddressWindow", content: .textBox(lines.map { Paragraph([.text($0)], style: .address) }),
                           x: .mm(20), y: .mm(50), width: .mm(85), height: .mm(35), origin: .page)
        return .paragraph(Paragraph([.frame(window)], style: .opening))
    }

    /// The reference line as a borderless layout table: labels small above their values.
    static func referenceLine(received: String, theirReference: String, reference: String, date: String) -> Block {
        let labels = ["Uw brief van", "Uw kenmerk", "Ons kenmerk", "Datum"]
        let values = [received, theirReference, reference, date]
        return .table(Table(name: "ReferenceLine", columns: Array(repeating: .mm(42.5), count: 4),
                            rows: [TableRow(labels.map { TableCell(text: [.text($0)], style: .small) }),
                                   TableRow(values.map { TableCell(text: [.text($0)], style: .reference) })],
                            borders: .none))
    }

    /// `29 november 2026`, with the month name from the system's CLDR data (no hand-made month table).
    static func dutch(_ date: DocumentDate) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        let month = (1...12).contains(date.month) ? formatter.monthSymbols[date.month - 1] : String(date.month)
        return "\(date.day) \(month) \(date.year)"
    }

    /// The date `days` before `date` (Regulation-free calendar arithmetic: LegalCalendar's).
    static func daysBefore(_ date: DocumentDate, _ days: Int) -> DocumentDate {
        guard let civil = CivilDate(year: date.year, month: date.month, day: date.day) else { return date }
        let d = civil.adding(days: -days)
        return DocumentDate(year: d.year, month: d.month, day: d.day)
    }
}
