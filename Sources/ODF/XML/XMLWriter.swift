import CLibXML2

/// One libxml2 `xmlTextWriter` writing into its own `xmlBuffer`; frees both in `deinit`.
///
/// Every byte of XML the package holds goes through here, so libxml2 does all escaping (style.md,
/// habit 3). Element and attribute names are `StaticString`s: their storage is a NUL-terminated UTF-8
/// literal, which is exactly the `const xmlChar *` libxml2 wants, so names cost no conversion.
///
/// A *fragment* writer (for the body, written before the automatic styles it collects are known) also
/// starts with an XML declaration naming UTF-8 — otherwise libxml2 writes every non-ASCII character of an
/// attribute value as a character reference — and `takeFragment()` returns only what came after it.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Where the bytes not yet taken by `takeFragment()` start.
    private var mark: Int32 = 0
    /// NUL-terminated copy of a text run (libxml2's string calls take C strings).
    private var scratch: [UInt8] = []

    /// Creates a writer; a document writer's output starts with the XML declaration.
    init(capacity: Int = 8192, fragment: Bool = false) {
        LibXML.ensureInitialized()
        guard let buffer = xmlBufferCreateSize(capacity), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2: out of memory")
        }
        self.buffer = buffer
        self.writer = writer
        scratch.reserveCapacity(256)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        if fragment {
            xmlTextWriterFlush(writer)
            mark = xmlBufferLength(buffer)
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    // MARK: Elements and attributes

    /// Opens an element.
    @inline(__always) func start(_ name: StaticString) {
        xmlTextWriterStartElement(writer, name.utf8Start)
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    @inline(__always) func end() {
        xmlTextWriterEndElement(writer)
    }

    /// An element with no content.
    @inline(__always) func empty(_ name: StaticString) {
        xmlTextWriterStartElement(writer, name.utf8Start)
        xmlTextWriterEndElement(writer)
    }

    /// An attribute; libxml2 escapes the value.
    @inline(__always) func attribute(_ name: StaticString, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            cString(bytes) { xmlTextWriterWriteAttribute(writer, name.utf8Start, $0) }
        }
    }

    /// An attribute holding a decimal integer.
    @inline(__always) func attribute(_ name: StaticString, _ value: Int) {
        attribute(name, String(value))
    }

    /// Opens an element whose name is only known at run time (copied from a reference document).
    func start(named name: String) {
        var name = name
        name.withUTF8 { bytes in cString(bytes) { _ = xmlTextWriterStartElement(writer, $0) } }
    }

    /// An attribute whose name is only known at run time.
    func attribute(named name: String, _ value: String) {
        var name = name
        var value = value
        name.withUTF8 { nameBytes in
            let n = Array(nameBytes) + [0]
            value.withUTF8 { bytes in
                cString(bytes) { v in n.withUnsafeBufferPointer { _ = xmlTextWriterWriteAttribute(writer, $0.baseAddress!, v) } }
            }
        }
    }

    /// A list of attributes with constant names.
    func attributes(_ list: KeyValuePairs<StaticString, String>) {
        for (name, value) in list { attribute(name, value) }
    }

    /// An element with constant-named attributes and no content.
    func element(_ name: StaticString, _ list: KeyValuePairs<StaticString, String>) {
        start(name)
        attributes(list)
        end()
    }

    // MARK: Text

    /// Character data; libxml2 escapes `<`, `>`, `&` and CR.
    @inline(__always) func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        cString(bytes) { xmlTextWriterWriteString(writer, $0) }
    }

    /// Character data from a string.
    func text(_ string: String) {
        var string = string
        string.withUTF8 { text($0) }
    }

    /// An element holding only character data.
    func textElement(_ name: StaticString, _ string: String) {
        start(name)
        text(string)
        end()
    }

    /// Bytes that are already well-formed XML written by another `XMLWriter` (a fragment).
    func raw(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = bytes.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }
    }

    // MARK: Output

    /// Closes every open element and returns the whole document.
    func finishDocument() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        return takeFragment()
    }

    /// The bytes written since the last call (or since the declaration of a fragment writer).
    func takeFragment() -> [UInt8] {
        xmlTextWriterFlush(writer)
        let length = xmlBufferLength(buffer)
        guard let content = xmlBufferContent(buffer), length > mark else { return [] }
        let out = Array(UnsafeBufferPointer(start: content + Int(mark), count: Int(length - mark)))
        mark = length
        return out
    }

    /// Calls `body` with a NUL-terminated copy of `bytes` (reusing one scratch buffer).
    @inline(__always)
    private func cString(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes)
        scratch.append(0)
        scratch.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
