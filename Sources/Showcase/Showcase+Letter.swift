import ODF

/// The benchmark letter.
extension Showcase {
    /// A realistic one-page letter (acknowledgement of an access request): letterhead, envelope window,
    /// reference line, subject, five paragraphs, a short list and a signature. `index` varies the
    /// recipient and the reference, as rows of a batch do.
    public static func onePageLetter(date: DocumentDate, index: Int) -> Document {
        let initials = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H."]
        let surnames = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "El Idrissi", "Yılmaz"]
        let streets = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Julianalaan"]
        let name = "\(initials[index % initials.count]) \(surnames[(index / 8) % surnames.count])"
        let street = "\(streets[index % streets.count]) \(index % 97 + 1)"
        let postcode = "\(1000 + index % 9000) \(["AB", "CD", "EF", "GH"][index % 4])"
        var serial = String(index % 100_000)
        serial = String(repeating: "0", count: 5 - serial.count) + serial
        let reference = "SD-\(date.year)-\(serial)"
        let received = dutch(daysBefore(date, 3))
        let deadline = "binnen een maand na ontvangst"
        let salutation = "Geachte heer of mevrouw \(surnames[(index / 8) % surnames.count]),"
        let body: [Block] = [
            opening(address: [name, street, "\(postcode)  VOORBEELDSTAD"]),
            referenceLine(received: received, theirReference: "\u{2013}", reference: reference, date: dutch(date)),
            .paragraph(Paragraph([.text("Onderwerp: ontvangstbevestiging van uw verzoek om inzage")], style: .subject)),
            .paragraph(Paragraph([.text(salutation)])),
            .paragraph(Paragraph([.text("Op \(received) hebben wij uw verzoek ontvangen om inzage in de persoonsgegevens die de gemeente van u verwerkt (artikel 15 van de Algemene verordening gegevensbescherming). Met deze brief bevestigen wij dat wij uw verzoek in behandeling hebben genomen.")])),
            .paragraph(Paragraph([.text("Wij beslissen \(deadline), dus uiterlijk op de datum die in de wet is bepaald. Is uw verzoek ingewikkeld of ontvangen wij veel verzoeken tegelijk, dan kunnen wij deze termijn met twee maanden verlengen. Dat laten wij u dan binnen de eerste maand weten, met de reden.")])),
            .paragraph(Paragraph([.text("U ontvangt van ons:")])),
            .list(List(kind: .bulleted, items: [
                ListItem(paragraph: [.text("een overzicht van de gegevens die wij van u verwerken;")]),
                ListItem(paragraph: [.text("de doelen waarvoor wij ze gebruiken en hoe lang wij ze bewaren;")]),
                ListItem(paragraph: [.text("de organisaties aan wie wij ze hebben verstrekt.")]),
            ])),
            .paragraph(Paragraph([.text("Heeft u vragen over deze brief? Neem dan contact op met onze functionaris gegevensbescherming via privacy@voorbeeldstad.nl of telefoonnummer 14 020. Vermeld daarbij ons kenmerk \(reference). Meer informatie vindt u in onze "),
                                  .link(url: "https://\(website)/privacy", [.text("privacyverklaring")]), .text(".")])),
            .paragraph(Paragraph([.text("Met vriendelijke groet,")], keepWithNext: true)),
            .paragraph(Paragraph([.text("namens het college van burgemeester en wethouders,")], style: .signature)),
            .paragraph(Paragraph([.lineBreak, .lineBreak, .text("drs. P. de Vries")], style: .signature)),
            .paragraph(Paragraph([.text("functionaris gegevensbescherming")], style: .signature)),
        ]
        return Document(
            metadata: Metadata(title: "Ontvangstbevestiging inzageverzoek", subject: "Uw verzoek om inzage",
                               language: LanguageTag(language: "nl", country: "NL"), date: date, generator: "privdoc 0.1",
                               customProperties: [CustomProperty(name: "privdoc:template", value: "dsr-acknowledgement"),
                                                  CustomProperty(name: "privdoc:template-version", value: "2"),
                                                  CustomProperty(name: "privdoc:reference", value: reference)]),
            pageSetup: pageSetup(reference: "SD-\(date.year)"), body: body, images: [logo], direction: .leftToRight)
    }
}
