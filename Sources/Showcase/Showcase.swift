import ODF

/// The showcase written by `privdoc sample`: a realistic three-page letter that uses every feature of
/// the model, so that one look at it (and one `odf-check`) covers the whole writer.
public enum Showcase {
    /// Letterhead, envelope window, reference line, headings 1–3, spans, a link, line breaks, tabs and
    /// runs of spaces, nested and restarting/continuing lists, a grid table with merged cells, layout
    /// tables, page breaks (one restarting numbering on the letterhead layout), keep-with-next, isolates,
    /// a draft mark and metadata with custom properties.
    public static func document(date: DocumentDate) -> Document {
        let reference = "SD-2026-00417"
        let received = dutch(daysBefore(date, 13))
        var body: [Block] = [
            opening(address: ["Mevrouw A. Jansen", "Kerkstraat 12", "1234 AB  VOORBEELDSTAD", "Nederland"]),
            referenceLine(received: received, theirReference: "\u{2013}", reference: reference, date: dutch(date)),
            .paragraph(Paragraph([.text("Onderwerp: uw verzoek om inzage (artikel 15 AVG)")], style: .subject)),
            .paragraph(Paragraph([.text("Geachte mevrouw Jansen,")])),
            .paragraph(Paragraph([
                .text("Op \(received) ontvingen wij uw verzoek om "), .emphasis([.text("inzage")]),
                .text(" in uw persoonsgegevens. In deze brief leest u "), .strong([.text("welke gegevens")]),
                .text(" wij van u verwerken, "), .underline([.text("waarom")]), .text(" wij dat doen en wat u kunt doen als u het "),
                .emphasis([.text("niet "), .strong([.text("eens")])]), .text(" bent met wat wij doen. Meer informatie vindt u in onze "),
                .link(url: "https://www.voorbeeldstad.nl/privacy?taal=nl&versie=3", [.text("privacyverklaring")]), .text("."),
            ])),
            // A contents line: a dotted tab to the page LibreOffice computes from the heading's bookmark.
            .paragraph(Paragraph([.text("1. Welke gegevens wij verwerken"), .tab, .field(.pageReference("showcase-1"))], style: .contents)),
            .heading(Heading(level: 1, [.text("1. Welke gegevens wij verwerken")], bookmark: "showcase-1")),
            .paragraph(Paragraph([.text("Wij verwerken de volgende gegevens van u:")])),
            .list(List(kind: .bulleted, items: [
                ListItem(paragraph: [.text("naam, adres en geboortedatum;")]),
                ListItem([.paragraph(Paragraph([.text("gegevens over uw aanvraag voor een parkeervergunning:")], style: .listItem)),
                          .list(List(kind: .numbered, items: [
                              ListItem(paragraph: [.text("de aanvraag zelf;")]),
                              ListItem(paragraph: [.text("ons besluit;")]),
                              ListItem(paragraph: [.text("de briefwisseling daarover;")]),
                          ]))]),
                ListItem(paragraph: [.text("betaalgegevens van de leges.")]),
            ])),
            .heading(Heading(level: 2, [.text("1.1 Waar de gegevens vandaan komen")])),
            .paragraph(Paragraph([
                .text("Wij kregen deze gegevens van:"), .lineBreak,
                .text("de Basisregistratie Personen"), .tab, .text("sinds 2019\nuzelf, bij uw aanvraag"), .tab, .text("sinds 2024"),
            ])),
            .paragraph(Paragraph([.text("Uw klantnummer:   12 345  678 (zo staat het in ons systeem).")])),
            .heading(Heading(level: 3, [.text("1.1.1 Hoe lang wij de gegevens bewaren")])),
            .paragraph(Paragraph([.text("De bewaartermijnen volgen uit de Selectielijst gemeenten:")], keepWithNext: true)),
            .table(Table(columns: [.mm(55), .mm(60), .mm(55)],
                         headerRows: [TableRow([cell("Gegevens", .tableHeading), cell("Doel", .tableHeading),
                                                cell("Bewaartermijn", .tableHeading)])],
                         rows: [
                            TableRow([cell("Naam en adres"), cell("Behandelen van de aanvraag", rowSpan: 2), cell("7 jaar")]),
                            TableRow([cell("Aanvraag en besluit"), cell("7 jaar")]),
                            TableRow([cell("Betaalgegevens van de leges, incl. rekeningnummer", columnSpan: 2), cell("10 jaar")]),
                         ], borders: .grid)),
            .heading(Heading(level: 1, [.text("2. Wat u kunt doen")])),
            .paragraph(Paragraph([.text("Bent u het niet eens met dit besluit, dan kunt u:")])),
            .list(List(kind: .numbered, items: [
                ListItem(paragraph: [.text("binnen zes weken bezwaar maken bij het college;")]),
                ListItem(paragraph: [.text("ons vragen om uw gegevens te verbeteren.")]),
            ])),
            .paragraph(Paragraph([.text("Daarnaast heeft u deze rechten (een nieuwe lijst, die weer bij 1 begint):")])),
            .list(List(kind: .numbered, items: [
                ListItem(paragraph: [.text("een klacht indienen bij de Autoriteit Persoonsgegevens;")]),
                ListItem(paragraph: [.text("naar de rechter gaan.")]),
            ])),
            .paragraph(Paragraph([.text("En tot slot (deze lijst telt door):")])),
            .list(List(kind: .numbered, items: [
                ListItem(paragraph: [.text("bezwaar maken tegen de verwerking (artikel 21 AVG).")]),
            ], continuesPrevious: true)),
            .paragraph(Paragraph([.text("Wat u volgens artikel 15, eerste lid, AVG van ons mag weten:")])),
            .list(List(kind: .lettered, items: [
                ListItem(paragraph: [.text("de verwerkingsdoeleinden;")]),
                ListItem(paragraph: [.text("de betrokken categorieën van persoonsgegevens;")]),
                ListItem(paragraph: [.text("de ontvangers aan wie de gegevens zijn verstrekt.")]),
            ])),
            .paragraph(Paragraph([.text("Voor Arabischtalige lezers: "),
                                  .isolate(.rightToLeft, [.text("رقم ملفكم هو "), .isolate(.leftToRight, [.text(reference)]),
                                                          .text(" ونرد على طلبكم خلال شهر واحد.")])])),
            .paragraph(Paragraph([.text("Met vriendelijke groet,")], keepWithNext: true)),
            .table(Table(name: "Signature", columns: [.mm(85), .mm(85)], rows: [
                TableRow([cell("namens het college van burgemeester en wethouders,", .signature),
                          cell("de functionaris gegevensbescherming,", .signature)]),
                TableRow([cell("\n\ndrs. P. de Vries", .signature), cell("\n\nmr. J. El Amrani", .signature)]),
            ], borders: .none)),
        ]
        body.append(contentsOf: annex(date: date))
        return Document(
            metadata: Metadata(title: "Inzageverzoek: ontvangstbevestiging en besluit", subject: "Uw verzoek om inzage (artikel 15 AVG)",
                               description: "Voorbeeld van privdoc met alle onderdelen van het documentmodel.",
                               language: LanguageTag(language: "nl", country: "NL"), date: date, generator: "privdoc showcase",
                               keywords: ["AVG", "inzage", "voorbeeld"],
                               customProperties: [CustomProperty(name: "privdoc:template", value: "dsr-decision"),
                                                  CustomProperty(name: "privdoc:template-version", value: "3"),
                                                  CustomProperty(name: "privdoc:clauses",
                                                                 value: "intro@2 categories@4 retention@1 remedies@5 closing@1")]),
            pageSetup: pageSetup(reference: reference), body: body, images: [logo], direction: .leftToRight)
    }

    /// The annex: page break, title, draft mark, a header-rule table; then a page that starts with the
    /// letterhead layout again, as each letter of a combined batch file does. (It does not restart the
    /// page numbers: LibreOffice would then insert a blank page to keep page 1 on a right-hand page and
    /// `text:page-count` would count it — tests cover the restart.)
    private static func annex(date: DocumentDate) -> [Block] {
        [
            .pageBreak(PageBreak()),
            .paragraph(Paragraph([.text("Bijlage")], style: .title)),
            .paragraph(Paragraph([.text("Overzicht van de verwerkingen")], style: .subtitle)),
            .paragraph(Paragraph([.text("VOORBEELD")], style: .draftMark)),
            .table(Table(name: "Processing", columns: [.mm(40), .mm(90), .mm(40)],
                         headerRows: [TableRow([cell("Verwerking", .tableHeading), cell("Grondslag", .tableHeading),
                                                cell("Sinds", .tableHeading)])],
                         rows: [
                            TableRow([cell("Parkeervergunning"), cell("Wettelijke taak (art. 6 lid 1 onder e AVG)"), cell("2024")]),
                            TableRow([cell("Basisregistratie"), cell("Wettelijke plicht (Wet BRP)"), cell("2019")]),
                         ], borders: .headerRule)),
            .paragraph(Paragraph([.text("Voorbeeldstad, \(dutch(date))")], style: .rightAligned)),
            .pageBreak(PageBreak(startsFirstPageLayout: true)),
            opening(address: ["De heer B. de Boer", "Dorpsstraat 3", "1234 CD  VOORBEELDSTAD", "Nederland"]),
            .paragraph(Paragraph([.text("Onderwerp: afschrift voor de heer De Boer")], style: .subject)),
            .paragraph(Paragraph([.text("Deze pagina begint weer met het briefhoofd, zoals elke brief in een gebundeld bestand.")])),
        ]
    }

    /// A one-paragraph cell.
    static func cell(_ text: String, _ style: ParagraphRole = .tableContents, columnSpan: Int = 1, rowSpan: Int = 1) -> TableCell {
        TableCell(text: [.text(text)], style: style, columnSpan: columnSpan, rowSpan: rowSpan)
    }
}
