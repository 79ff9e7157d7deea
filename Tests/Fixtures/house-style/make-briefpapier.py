#!/usr/bin/env python3
"""Makes briefpapier.ott, the reference-document fixture (decision 050): a letterhead as an organisation
would design it in LibreOffice. It writes a flat ODF text (a logo, styles, two page styles with headers and
footers), then has LibreOffice itself save it as a text template, so the fixture is what LibreOffice
writes (its namespaces, extensions and settings included).

    python3 Tests/Fixtures/house-style/make-briefpapier.py      # needs soffice and Pillow
    python3 Tests/Fixtures/house-style/make-briefpapier.py OUT.ott "ADDRESS LINE"

The organisation is WerkSaam Westfriesland (Hoorn); the address lines are obviously fictional. With
arguments it writes OUT.ott with that address line under the logo: the shipped WerkSaam folder's
letterhead is made so, with the fictional address of its profile."""
import base64, io, os, subprocess, sys, tempfile, shutil
from PIL import Image, ImageDraw

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(here, "briefpapier.ott")
address = sys.argv[2] if len(sys.argv) > 2 else "WerkSaam Westfriesland · Postbus 1234 · 1620 AA Hoorn · fg@werksaamwf.nl"

# A 400 x 120 logo: a green block and a bar; no text, so no font is needed to make it.
logo = Image.new("RGB", (400, 120), "white")
d = ImageDraw.Draw(logo)
d.rectangle([0, 0, 119, 119], fill="#1B5E20")
d.rectangle([140, 40, 399, 79], fill="#66BB6A")
buf = io.BytesIO()
logo.save(buf, format="PNG", optimize=True)
png = base64.b64encode(buf.getvalue()).decode()

fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Briefpapier WerkSaam Westfriesland</dc:title></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="10pt" style:font-name-complex="DejaVu Sans" style:font-size-complex="10pt" fo:color="#1A1A1A"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="Subject" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" fo:color="#1B5E20"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="8pt" style:font-size-complex="8pt" fo:color="#1B5E20"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="7.5pt" style:font-size-complex="7.5pt" fo:color="#555555"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="fr1" style:family="graphic">
   <style:graphic-properties style:vertical-pos="top" style:vertical-rel="line" fo:border="none" fo:padding="0cm"/>
  </style:style>
  <style:page-layout style:name="pmFirst">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="2.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="pmStandard">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pmFirst" style:next-style-name="Standard">
   <style:header>
    <text:p text:style-name="Header"><draw:frame draw:style-name="fr1" draw:name="Beeldmerk" text:anchor-type="as-char" svg:width="4cm" svg:height="1.2cm"><draw:image><office:binary-data>{png}</office:binary-data></draw:image></draw:frame></text:p>
    <text:p text:style-name="Header">{address}</text:p>
   </style:header>
   <style:footer><text:p text:style-name="Footer">WerkSaam Westfriesland · www.werksaamwf.nl</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="pmStandard">
   <style:header><text:p text:style-name="Header">WerkSaam Westfriesland</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current"/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:p text:style-name="Text_20_body">Briefpapier</text:p></office:text></office:body>
</office:document>
'''

work = tempfile.mkdtemp(prefix="briefpapier-")
try:
    src = os.path.join(work, "briefpapier.fodt")
    open(src, "w", encoding="utf-8").write(fodt)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "ott", "--outdir", work, src], check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(work, "briefpapier.ott"), target)
finally:
    shutil.rmtree(work)
print(target)
