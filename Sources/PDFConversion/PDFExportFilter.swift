/// The options given to LibreOffice's `writer_pdf_Export` filter ("FilterData") for each PDF format.
///
/// The names and values are LibreOffice's (filter/source/pdf/pdfexport.cxx, `PDFExport::Export`; the
/// OpenOffice wiki "API/Tutorials/PDF export" lists them). They are data, passed through unchanged to the
/// UNO bridge (as a `PropertyValue` sequence) and to `soffice --convert-to` (as the JSON filter-option
/// syntax LibreOffice 7.4 reads). See docs/pdf.md for what each one does and why it is set.
public struct PDFExportFilter: Equatable, Sendable {
    /// One filter option: a name, its UNO type and its value.
    public struct Option: Equatable, Sendable {
        /// The FilterData property name.
        public let name: String
        /// `long` or `boolean` (the UNO types LibreOffice expects for these options).
        public let type: String
        /// The value as text (`2`, `true`).
        public let value: String
    }

    /// The filter name: Writer documents to PDF.
    public let filterName = "writer_pdf_Export"
    /// The options, in a fixed order.
    public let options: [Option]

    /// The options for a PDF format.
    public init(format: OutputFormat) {
        var options: [Option] = [
            // Headings become PDF bookmarks (outline) — the reader's table of contents.
            Option(name: "ExportBookmarks", type: "boolean", value: "true"),
            // Show the title from the document's metadata (dc:title) in the viewer's title bar, not the file name.
            Option(name: "DisplayPDFDocumentTitle", type: "boolean", value: "true"),
            // Also embed the 14 standard PDF fonts, should a document ever use one: every font is embedded.
            Option(name: "EmbedStandardFonts", type: "boolean", value: "true"),
            // Letters have no comments; never print review notes.
            Option(name: "ExportNotes", type: "boolean", value: "false"),
            // Keep the logo sharp: lossless images, no downsampling.
            Option(name: "UseLosslessCompression", type: "boolean", value: "true"),
            Option(name: "ReduceImageResolution", type: "boolean", value: "false"),
        ]
        switch format {
        case .odt:
            preconditionFailure("ODT is not made by the PDF filter")
        case .pdf:
            // PDF 1.6 (value 16): what LibreOffice 7.4 writes by default (`%PDF-1.6`; it does not act on 17,
            // PDF 1.7, and writes 1.6 then too), stated so that an upgrade cannot change it silently.
            options.append(Option(name: "SelectPdfVersion", type: "long", value: "16"))
            // Tagged here too: reading order and headings help screen readers in the message box.
            options.append(Option(name: "UseTaggedPDF", type: "boolean", value: "true"))
        case .pdfa:
            // 2 = PDF/A-2b (ISO 19005-2, level b): XMP identification pdfaid:part=2, conformance=B; an sRGB
            // output intent; every font embedded; no transparency groups or encryption.
            options.append(Option(name: "SelectPdfVersion", type: "long", value: "2"))
            // A structure tree (headings, paragraphs, reading order) and /Lang from the document language.
            options.append(Option(name: "UseTaggedPDF", type: "boolean", value: "true"))
        }
        self.options = options
    }

    /// The filter for `soffice --convert-to pdf:writer_pdf_Export:{…}` (LibreOffice ≥ 7.4's JSON syntax).
    public var commandLineFilter: String {
        let json = options.map { "\"\($0.name)\":{\"type\":\"\($0.type)\",\"value\":\"\($0.value)\"}" }.joined(separator: ",")
        return "pdf:\(filterName):{\(json)}"
    }
}
