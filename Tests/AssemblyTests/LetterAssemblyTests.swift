import LegalCalendar
import ODF
import XCTest
@testable import Assembly

/// A letter end to end on the basic fixture: layout, envelope window, reference line, metadata.
final class LetterAssemblyTests: XCTestCase {
    func testLetterBodyInOrder() throws {
        let doc = try assemble("letter", letterCase).document
        XCTAssertEqual(plainText(doc.body), """

        Uw brief van | Uw kenmerk | Ons kenmerk | Datum
        16 november 2026 | – | SD\u{2011}2026\u{2011}00417 | 29 november 2026
        Onderwerp: Uw verzoek van 16 november 2026
        Geachte mevrouw A. Jansen,
        Wij hebben uw verzoek om inzage op 16 november 2026 ontvangen. U krijgt uiterlijk 16 december 2026 antwoord.
        een kopie van uw gegevens
        de doeleinden
        Met vriendelijke groet,
           P. Ondertekenaar
        Teamleider Privacy
        Lees onze privacyverklaring.
        """)
    }

    func testOpeningParagraphHoldsTheAddressWindow() throws {
        let doc = try assemble("letter", letterCase).document
        guard case .paragraph(let opening) = doc.body.first, case .frame(let frame) = opening.content.first else {
            return XCTFail("the first block must be the opening paragraph with the address frame")
        }
        XCTAssertEqual(opening.style, .opening)
        XCTAssertEqual(frame.name, "AddressWindow")
        XCTAssertEqual([frame.x, frame.y, frame.width, frame.height], [.mm(20), .mm(50), .mm(85), .mm(35)])
        XCTAssertEqual(frame.origin, .page)
        guard case .textBox(let lines) = frame.content else { return XCTFail("text box expected") }
        XCTAssertEqual(lines.map { RenderContext.plain($0.content) }, ["A. Jansen", "Kerkstraat 12", "1234 AB  VOORBEELDSTAD"])
        XCTAssertTrue(lines.allSatisfy { $0.style == .address })
    }

    func testForeignAddressEndsWithTheCountryNameFromTheList() throws {
        // decision 180: the code's name from templates/data/countries.yaml, in English capitals (PostNL).
        let yaml = letterCase.replacingOccurrences(of: "postcode: 1234ab, city: Voorbeeldstad}",
                                                   with: "postcode: 10-001, city: Warszawa, country: PL}")
        XCTAssertEqual(windowLines(try assemble("letter", yaml).document), ["A. Jansen", "Kerkstraat 12", "10-001  WARSZAWA", "POLAND"])
    }

    func testAnAddressInTheNetherlandsHasNoCountryLine() throws {
        let yaml = letterCase.replacingOccurrences(of: "city: Voorbeeldstad}", with: "city: Voorbeeldstad, country: NL}")
        XCTAssertEqual(windowLines(try assemble("letter", yaml).document), ["A. Jansen", "Kerkstraat 12", "1234 AB  VOORBEELDSTAD"])
    }

    func testAnUnknownCountryCodeIsALocatedErrorWithoutTheValue() throws {
        for given in ["Polska", "XX", "pl", "NLD"] {   // a name, no such code, lower case, alpha-3
            let yaml = letterCase.replacingOccurrences(of: "postcode: 1234ab, city: Voorbeeldstad}",
                                                       with: "postcode: 10-001, city: Warszawa, country: \(given)}")
            let problems = try failures("letter", yaml).map(\.description)
            XCTAssertEqual(problems.count, 1, "\(problems)")
            XCTAssertTrue(problems[0].hasPrefix("case.yaml:4:") && problems[0].contains("recipient.country: expected an ISO 3166-1 alpha-2 country code"), "\(problems)")
            XCTAssertFalse(problems[0].contains(": \(given)") || problems[0].contains("Polska"), "the error must not repeat the value")
        }
    }

    private func windowLines(_ doc: Document) -> [String] {
        guard case .paragraph(let p) = doc.body.first, case .frame(let frame) = p.content.first,
              case .textBox(let lines) = frame.content else { XCTFail("no address window"); return [] }
        return lines.map { RenderContext.plain($0.content) }
    }

    func testRepresentativeReplacesTheRecipientInTheWindow() throws {
        let yaml = letterCase + "\nrepresentative: {name: Mr. B. Advocaat, street: Laan 1, postcode: 1000 AA, city: Amsterdam}\n"
        let doc = try assemble("letter", yaml).document
        guard case .paragraph(let p) = doc.body.first, case .frame(let frame) = p.content.first,
              case .textBox(let lines) = frame.content else { return XCTFail() }
        XCTAssertEqual(RenderContext.plain(lines[0].content), "Mr. B. Advocaat")
        XCTAssertTrue(plainText(doc.body).contains("U treedt op namens A. Jansen."))
    }

    func testPageSetupLetterheadAndFooters() throws {
        let doc = try assemble("letter", letterCase).document
        let first = doc.pageSetup.firstPage
        guard case .frame(let logo) = first.header.first?.content.first else { return XCTFail("logo frame expected") }
        // A 4×2 pixel logo in the built-in 35 × 15 mm box: as high as the box, so 30 mm wide.
        XCTAssertEqual(logo.width, .mm(30))
        XCTAssertEqual(logo.height, .mm(15))
        XCTAssertEqual(logo.content, .image("logo.png"))
        XCTAssertEqual(doc.images.map(\.name), ["logo.png"])
        // The body of page 1 starts below the envelope window (50 + 35 mm), however short the letterhead.
        let sheet = try XCTUnwrap(Fixture.basic.styleSheet)
        let bodyTop = sheet.firstPage.margins.top.millimetres + (first.minimumHeaderHeight?.millimetres ?? 0)
        XCTAssertEqual(bodyTop, 90)
        XCTAssertGreaterThanOrEqual(bodyTop, 85)
        XCTAssertEqual(first.header.dropFirst().map { RenderContext.plain($0.content) }, [
            "Sociale Dienst Testregio", "Postbus 100, 1230 AA Teststad", "Stationsplein 1, 1234 AB Teststad",
            "14 0123 · https://www.testregio.example",
        ])
        XCTAssertEqual(first.footer.first?.content, [.text("Sociale Dienst Testregio · https://www.testregio.example · Pagina "),
                                                     .field(.pageNumber), .text(" van "), .field(.pageCount)])
        // Headers and footers carry nothing per letter, so a batch deflates styles.xml once per language:
        // the following pages show our reference and the date through variables the body sets (decision 140).
        XCTAssertEqual(doc.pageSetup.followingPages.header.first?.content, [
            .text("Sociale Dienst Testregio · Ons kenmerk: "), .field(.variable("privdoc_reference")),
            .text(" · Datum: "), .field(.variable("privdoc_date")),
        ])
        XCTAssertEqual(doc.pageSetup.followingPages.footer.first?.content,
                       [.text("Pagina "), .field(.pageNumber), .text(" van "), .field(.pageCount)])
    }

    /// Regression: the case reference in the following-pages header made every letter's page setup unique,
    /// so the batch re-serialized and re-deflated styles.xml per letter (and cached each copy: 273 MB).
    func testTwoLettersShareTheirPageSetup() throws {
        let other = letterCase.replacingOccurrences(of: "SD-2026-00417", with: "SD-2026-99999")
            .replacingOccurrences(of: "A. Jansen", with: "B. de Vries")
        XCTAssertEqual(try assemble("letter", letterCase).document.pageSetup, try assemble("letter", other).document.pageSetup)
    }

    func testReferenceLineIsABorderlessFourColumnTable() throws {
        let doc = try assemble("letter", letterCase).document
        guard case .table(let table) = doc.body[1] else { return XCTFail("reference line expected") }
        XCTAssertEqual(table.columns.count, 4)
        XCTAssertEqual(table.borders, .none)
        XCTAssertEqual(table.rows[0].cells.map { $0.blocks }, [
            [.paragraph(Paragraph([.text("Uw brief van")], style: .small))], [.paragraph(Paragraph([.text("Uw kenmerk")], style: .small))],
            [.paragraph(Paragraph([.text("Ons kenmerk")], style: .small))], [.paragraph(Paragraph([.text("Datum")], style: .small))],
        ])
        XCTAssertEqual(table.rows[1].cells[1].blocks, [.paragraph(Paragraph([.text("–")], style: .reference))])
    }

    func testMetadataAndProvenance() throws {
        let assembled = try assemble("letter", letterCase)
        let meta = assembled.document.metadata
        XCTAssertEqual(meta.title, "Ontvangstbevestiging")
        XCTAssertEqual(meta.subject, "Uw verzoek van 16 november 2026")
        XCTAssertEqual(meta.language, LanguageTag(language: "nl", country: "NL"))
        XCTAssertEqual(meta.date, DocumentDate(year: 2026, month: 11, day: 29))
        XCTAssertEqual(meta.generator, "privdoc 0.1")
        XCTAssertEqual(meta.customProperties.map(\.name),
                       ["privdoc:template", "privdoc:template-version", "privdoc:language", "privdoc:clauses"])
        XCTAssertEqual(meta.customProperties[3].value, assembled.provenance.clauseList)
        XCTAssertTrue(assembled.provenance.clauseList.hasPrefix("enum.request.type.access@1 label.date@1 label.our-reference@1"))
        XCTAssertEqual(assembled.provenance.templateID, "letter")
        XCTAssertEqual(assembled.provenance.templateVersion, 3)
        XCTAssertEqual(assembled.fileStem, "SD-2026-00417-letter-nl")
    }

    func testSameInputGivesTheSameModel() throws {
        XCTAssertEqual(try assemble("letter", letterCase).document, try assemble("letter", letterCase).document)
    }

    func testFileStemIsSafeAndMarksAChangedReference() {
        // The rule itself is tested in DocumentOutputTests (decision 031); here: the assembler uses it.
        let stem = AssembledDocument.stem(reference: "../SD 2026/ä<x>", template: "t", language: "nl")
        XCTAssertTrue(stem.hasPrefix("_SD_2026___x_~") && stem.hasSuffix("-t-nl"), stem)
        XCTAssertEqual(AssembledDocument.stem(reference: "SD-2026-00417", template: "t", language: "nl"), "SD-2026-00417-t-nl")
        XCTAssertEqual(AssembledDocument.stem(reference: nil, template: "t", language: "nl"), "t-nl")
    }

    func testDatePriorityOptionOverCase() throws {
        let date = CivilDate(iso: "2026-11-30")!
        let doc = try assemble("letter", letterCase, options: RenderOptions(dateOverride: date)).document
        XCTAssertEqual(doc.metadata.date, DocumentDate(year: 2026, month: 11, day: 30))
        let noDate = letterCase.replacingOccurrences(of: "date: 2026-11-29\n", with: "")
        XCTAssertEqual(try failures("letter", noDate).map(\.description), ["case.yaml: date: required (the document date)"])
    }

    func testLanguageOptionAndUnknownLanguage() throws {
        let en = try assemble("letter", letterCase, options: RenderOptions(language: "en")).document
        XCTAssertTrue(plainText(en.body).contains("We received your request for access on 16 November 2026."))
        XCTAssertEqual(try failures("letter", letterCase, options: RenderOptions(language: "xx")).map(\.description),
                       ["--lang: language: unknown language; the library has ar, en, nl, pl"])
        XCTAssertEqual(try failures("letter", letterCase.replacingOccurrences(of: "language: nl", with: "language: de")).map(\.description),
                       ["case.yaml:1:11: language: unknown language; the library has ar, en, nl, pl"])
    }

    func testListFromAListField() throws {
        let doc = try assemble("letter", letterCase + "\ndocuments: [Paspoort, Brief van 1 mei]\n").document
        XCTAssertTrue(doc.body.contains(.list(List(kind: .bulleted, items: [ListItem(paragraph: [.text("Paspoort")]),
                                                                            ListItem(paragraph: [.text("Brief van 1 mei")])]))))
    }
}
