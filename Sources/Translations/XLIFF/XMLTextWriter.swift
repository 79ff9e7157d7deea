internal import CLibXML2

// No Foundation here: libxml2's headers pull in the system ICU, which clashes with Foundation's own copy
// when both are imported into one file.

/// A libxml2 `xmlTextWriter` writing to memory. It owns the C pointers and frees them in `deinit`;
/// libxml2 does all escaping (style.md habit 3: never build XML by string concatenation).
final class XMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a UTF-8 document, indented by two spaces (indentation never enters text content).
    init() throws(TranslationFailure) {
        LibXML2Setup.ensure()
        guard let buffer = xmlBufferCreate() else { throw .io("libxml2: out of memory") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .io("libxml2: cannot create a writer")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element.
    func start(_ name: String) throws(TranslationFailure) {
        try check(xmlTextWriterStartElement(writer, name))
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws(TranslationFailure) {
        try check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Writes text content (escaped by libxml2).
    func text(_ value: String) throws(TranslationFailure) {
        try check(xmlTextWriterWriteString(writer, value))
    }

    /// Closes the innermost open element.
    func end() throws(TranslationFailure) {
        try check(xmlTextWriterEndElement(writer))
    }

    /// An element with attributes and optional text, in one call.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws(TranslationFailure) {
        try start(name)
        for (k, v) in attributes { try attribute(k, v) }
        if let text, !text.isEmpty { try self.text(text) }
        try end()
    }

    /// Closes every open element and returns the document's bytes.
    func finish() throws(TranslationFailure) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ rc: Int32) throws(TranslationFailure) {
        if rc < 0 { throw .io("libxml2 could not write the XLIFF document") }
    }
}
