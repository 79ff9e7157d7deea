import PrivdocDiagnostics
import Foundation
import ODF

/// The parts of a Dutch letter (domain.md §5): the address in the envelope window, the reference line
/// and the signature.
extension RenderContext {
    /// Address lines are Dutch postal data, capitalised the Dutch way whatever the letter's language.
    static let postalLocale = Locale(identifier: "nl_NL")

    /// The envelope window (where the house style puts it; NEN 1026 / PostNL in the built-in one): name, street, `1234 AB  CITY`, the country's name in capitals when not the Netherlands (decision 180).
    mutating func addressBlock(_ field: String, at location: SourceLocation) {
        guard addressFrame == nil else {
            bag.error(.layoutAddress, at: location, "only one address block can be kept in a letter")
            return
        }
        var lines: [String] = []
        if let name = nonBlankText(field, "name") { lines.append(name) }
        if let street = nonBlankText(field, "street") { lines.append(street) }
        let country = nonBlankText(field, "country")
        let postcode = nonBlankText(field, "postcode") ?? ""
        // Capitals by the address's rules, not the letter's language: a Turkish letter must still print
        // "DORPWIJK", not "DORPWİJK" (Turkish dotted İ), for PostNL's sorting machines.
        let city = nonBlankText(field, "city").map { $0.uppercased(with: Self.postalLocale) } ?? ""
        // PostNL: two spaces between postcode and place.
        let place = [postcode, city].filter { !$0.isEmpty }.joined(separator: "  ")
        if !place.isEmpty { lines.append(place) }
        // PostNL and the UPU: an address abroad ends with the country, in capitals, in English; one in
        // the Netherlands has no country line (decision 180). The name comes from the country list.
        if let country, let line = library.countries?.line(country) { lines.append(line) }
        if lines.isEmpty {
            bag.error(.layoutAddress, at: location, field: field, "the address block has no name or address")
        }
        var paragraphs: [Paragraph] = []   // a loop: a closure reading `self` would copy the context
        for line in lines { paragraphs.append(Paragraph(shown(line), style: .address)) }
        let window = house.geometry.window
        addressFrame = Frame(name: "AddressWindow", content: .textBox(paragraphs), x: window.x, y: window.y,
                             width: window.width, height: window.height, origin: .page)
    }

    /// The text of `field.sub`, when it is not blank.
    private func nonBlankText(_ field: String, _ sub: String) -> String? {
        if case .text(let s)? = value(field + "." + sub), !s.isBlank { return s }
        return nil
    }

    /// The labels of the reference line and the fields below them.
    private static let referenceColumns = ElementDeclaration.of(.referenceLine).labels.map { ($0.clause, $0.field ?? "") }

    /// The reference line: *uw brief van / uw kenmerk / ons kenmerk / datum* as a borderless 4-column
    /// table, labels small above the values; a value not given prints an en dash.
    mutating func referenceLine(at location: SourceLocation) -> Block {
        // Loops, not `map` closures: a closure reading `self` in a mutating method copies the whole context.
        var labels: [TableCell] = []
        var values: [TableCell] = []
        for (label, path) in Self.referenceColumns {
            labels.append(TableCell(text: inlines(label, at: location), style: .small))
            let content: [Inline]
            switch value(path) {
            case .date(let d)?: content = [.text(locale.formatting.long(d))]
            case .text(let s)? where !s.isEmpty:
                content = shown(s, at: path)
            default: content = [.text("\u{2013}")]
            }
            values.append(TableCell(text: content, style: .reference))
        }
        let labelRow = TableRow(labels)
        let valueRow = TableRow(values)
        let column = Length.mm(house.geometry.firstPageTextWidth.millimetres / Double(Self.referenceColumns.count))
        return .table(Table(name: "ReferenceLine", columns: Array(repeating: column, count: Self.referenceColumns.count), rows: [labelRow, valueRow],
                            borders: .none))
    }

    /// `letter.closing`, room to sign, the signatory's name (`signatory.name`, else the profile's
    /// `signatory.name`) and `letter.signatory-function`.
    mutating func signature(at location: SourceLocation) -> [Block] {
        let labels = ElementDeclaration.of(.signature).clauses   // closing, then the signatory's function
        var closing = blocks(labels[0], at: location)
        if case .paragraph(var last)? = closing.last {
            last.keepWithNext = true
            closing[closing.count - 1] = .paragraph(last)
        }
        guard case .text(let name)? = value("signatory.name") ?? value("org.signatory.name") else {
            bag.error(.layoutSignature, at: location, field: "signatory.name",
                      "no signatory: give signatory.name in the case or in the organisation profile")
            return closing
        }
        // Three line breaks give the room for a wet signature without empty paragraphs.
        let nameParagraph = Paragraph([.lineBreak, .lineBreak, .lineBreak] + shown(name),
                                      style: .signature, keepWithNext: true)
        let function = inlines(labels[1], at: location)
        return closing + [.paragraph(nameParagraph)] + (function.isEmpty ? [] : [.paragraph(Paragraph(function, style: .signature))])
    }
}
