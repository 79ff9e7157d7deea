#!/usr/bin/env python3
"""Builds the relatorio template equivalent to privdoc's Dutch extension notice (issue 17).

Usage: make_template.py LETTER.odt TEMPLATE.odt

LETTER.odt is a letter privdoc made (`privdoc letter extension`): its styles.xml (letterhead header,
footer with page numbers, the house style), meta.xml, manifest, logo and automatic styles are copied
unchanged, so both engines produce the same look. Its body is replaced by the same Dutch text with
relatorio placeholders (genshi directives in text:placeholder, as relatorio's OpenDocument templates
use): the recipient and reference fields, one condition (the representative paragraph) and the
reference-line table. The texts are those of locales/nl (letters-common, letters-extension).
"""
import sys
import zipfile

def ph(expr):
    # relatorio reads `<expr>` or a genshi directive from a text placeholder.
    expr = expr.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return f'<text:placeholder text:placeholder-type="text">&lt;{expr}&gt;</text:placeholder>'

def p(style, inner):
    return f'<text:p text:style-name="{style}">{inner}</text:p>'

def cell(style, inner):
    return f'<table:table-cell table:style-name="Ce1">{p(style, inner)}</table:table-cell>'

def h(text):
    return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{text}</text:h>'

STRONG = '<text:span text:style-name="Strong_20_Emphasis">{}</text:span>'
BODY = "".join([
    '<office:body><office:text>',
    '<text:p text:style-name="P1"><draw:frame draw:style-name="fr1" draw:name="AddressWindow" text:anchor-type="paragraph" '
    'svg:x="2cm" svg:y="5cm" svg:width="8.5cm" svg:height="3.5cm"><draw:text-box>',
    p("Address", ph("o.address_name")), p("Address", ph("o.address_street")), p("Address", ph("o.address_city")),
    '</draw:text-box></draw:frame></text:p>',
    '<table:table table:name="ReferenceLine" table:style-name="Ta1">',
    '<table:table-column table:style-name="Co1"/>' * 4,
    '<table:table-row>', cell("Small", "Uw verzoek van"), cell("Small", "Uw kenmerk"), cell("Small", "Ons kenmerk"),
    cell("Small", "Datum"), '</table:table-row>',
    '<table:table-row>', cell("Reference", ph("o.received")), cell("Reference", ph("o.their_reference")),
    cell("Reference", ph("o.reference")), cell("Reference", ph("o.date")), '</table:table-row>',
    '</table:table>',
    p("P2", "Onderwerp: Wij hebben meer tijd nodig voor uw verzoek: " + ph("o.request_type")),
    p("Text_20_body", ph("o.salutation") + ","),
    # The one condition: the paragraph for a representative (letter.on-behalf-of).
    p("Text_20_body", ph('if test="o.represented"')),
    p("Text_20_body", "U heeft dit verzoek gedaan namens " + ph("o.recipient_name") + ". Daarom sturen wij deze brief aan u. "
      "Staat er in deze brief ‘uw gegevens’? Dan bedoelen wij de gegevens van " + ph("o.recipient_name") + "."),
    p("Text_20_body", ph("/if")),
    p("Text_20_body", "Op " + ph("o.received") + " hebben wij uw verzoek ontvangen. Uw verzoek gaat over: "
      + STRONG.format(ph("o.request_type")) + "."),
    p("Text_20_body", "Wij moeten binnen een maand op uw verzoek reageren. Dat is uiterlijk op " + ph("o.due")
      + ". Dat lukt ons niet. Wij hebben meer tijd nodig."),
    h("Waarom hebben wij meer tijd nodig?"),
    p("Text_20_body", ph("o.ground")),
    p("Text_20_body", ph("o.reason")),
    h("Wanneer sturen wij u ons antwoord?"),
    p("Text_20_body", "De privacywet staat toe dat wij de termijn één keer met twee maanden verlengen (artikel 12, lid 3, AVG). "
      "Wij sturen u daarom uiterlijk op " + STRONG.format(ph("o.extended")) + " ons antwoord. Zijn wij eerder klaar? Dan sturen wij het eerder."),
    h("Vragen en meer informatie"),
    p("Text_20_body", "Heeft u vragen over deze brief? Neem dan contact op met " + ph("o.caseworker") + ". U kunt bellen naar "
      + ph("o.phone") + ph("o.mail") + ". Noem daarbij ons kenmerk: " + ph("o.reference") + "."),
    p("P3", 'Wilt u weten hoe wij met uw gegevens omgaan en welke rechten u heeft? Lees dan onze privacyverklaring op '
      '<text:a xlink:type="simple" xlink:href="https://www.sdvoorbeeldregio.nl/privacy" text:style-name="Internet_20_link" '
      'text:visited-style-name="Internet_20_link">https://www.sdvoorbeeldregio.nl/privacy</text:a>. De privacyverklaring is er in het '
      'Nederlands, Engels, Pools, Oekraïens, Turks, Arabisch en Duits. Onze functionaris gegevensbescherming controleert of wij goed '
      'met uw gegevens omgaan. U kunt deze persoon mailen via fg@sdvoorbeeldregio.nl.'),
    p("P3", "Met vriendelijke groet,<text:line-break/>namens het dagelijks bestuur van Sociale Dienst Voorbeeldregio,"),
    p("P4", "<text:line-break/><text:line-break/><text:line-break/>M. Hoekstra"),
    p("Signature", "teamleider Privacyloket"),
    '</office:text></office:body></office:document-content>',
])

def main(letter, template):
    with zipfile.ZipFile(letter) as src, zipfile.ZipFile(template, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                text = text[: text.index("<office:body>")] + BODY
                data = text.encode("utf-8")
            dst.writestr(info, data)

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
