internal import CLibXML2

/// Why libxml2 refused to write: every call's return code is checked (the one error policy of the
/// wrapper), the first failure is kept, and the output is refused when the part is taken.
public struct XMLWriteFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The libxml2 call that failed first, e.g. `xmlTextWriterStartElement`.
    public var call: String
    public var description: String { "libxml2 could not write the XML (\(call) failed: out of memory or a malformed name)" }
}

/// One libxml2 `xmlTextWriter` writing into its own `xmlBuffer`; frees both in `deinit`.
///
/// Every byte of XML privdoc writes goes through here, so libxml2 does all escaping (style.md, habit 3).
/// Constant names are `StaticString`s: their storage is a NUL-terminated UTF-8 literal, exactly the
/// `const xmlChar *` libxml2 wants, so they cost no conversion; names known only at run time (copied from
/// a reference document, or XLIFF's) go through `start(named:)` / `attribute(named:_:)`.
///
/// A *fragment* writer (for a body written before the automatic styles it collects are known) also starts
/// with an XML declaration naming UTF-8 — otherwise libxml2 writes every non-ASCII character of an
/// attribute value as a character reference — and `takeFragment()` returns only what came after it.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Where the bytes not yet taken by `takeFragment()` start.
    private var mark: Int32 = 0
    /// NUL-terminated copy of a text run (libxml2's string calls take C strings).
    private var scratch: [UInt8] = []
    /// The first call that failed.
    private var failure: XMLWriteFailure?

    /// Creates a writer; a document writer's output starts with the XML declaration. `indent` indents
    /// elements by two spaces (for files people read, such as XLIFF; never inside text content).
    public init(capacity: Int = 8192, fragment: Bool = false, indent: Bool = false) {
        LibXML.ensureInitialized()
        guard let buffer = xmlBufferCreateSize(capacity), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2: out of memory")
        }
        self.buffer = buffer
        self.writer = writer
        scratch.reserveCapacity(256)
        if indent {
            check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
            check(xmlTextWriterSetIndentString(writer, "  "), "xmlTextWriterSetIndentString")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
        if fragment {
            check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
            mark = xmlBufferLength(buffer)
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Keeps the first failing call. A branch on an integer the call returned anyway: nothing to measure.
    @inline(__always) private func check(_ rc: Int32, _ call: StaticString) {
        if rc < 0, failure == nil { failure = XMLWriteFailure(call: call.description) }
    }

    // MARK: Elements and attributes

    /// Opens an element.
    @inline(__always) public func start(_ name: StaticString) {
        check(xmlTextWriterStartElement(writer, name.utf8Start), "xmlTextWriterStartElement")
    }

    /// Opens an element whose name is only known at run time.
    public func start(named name: String) {
        var name = name
        let rc = name.withUTF8 { bytes in withCString(bytes) { xmlTextWriterStartElement(writer, $0) } }
        check(rc, "xmlTextWriterStartElement")
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    @inline(__always) public func end() {
        check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// An element with no content.
    @inline(__always) public func empty(_ name: StaticString) {
        start(name)
        end()
    }

    /// An attribute; libxml2 escapes the value.
    @inline(__always) public func attribute(_ name: StaticString, _ value: String) {
        var value = value
        let rc = value.withUTF8 { bytes in withCString(bytes) { xmlTextWriterWriteAttribute(writer, name.utf8Start, $0) } }
        check(rc, "xmlTextWriterWriteAttribute")
    }

    /// An attribute holding a decimal integer.
    @inline(__always) public func attribute(_ name: StaticString, _ value: Int) {
        attribute(name, String(value))
    }

    /// An attribute whose name is only known at run time.
    public func attribute(named name: String, _ value: String) {
        let n = Array(name.utf8) + [0]
        var value = value
        let rc = value.withUTF8 { bytes in
            withCString(bytes) { v in n.withUnsafeBufferPointer { xmlTextWriterWriteAttribute(writer, $0.baseAddress!, v) } }
        }
        check(rc, "xmlTextWriterWriteAttribute")
    }

    /// A list of attributes with constant names.
    public func attributes(_ list: KeyValuePairs<StaticString, String>) {
        for (name, value) in list { attribute(name, value) }
    }

    /// An element with constant-named attributes and no content.
    public func element(_ name: StaticString, _ list: KeyValuePairs<StaticString, String>) {
        start(name)
        attributes(list)
        end()
    }

    /// An element with constant-named attributes and, when `text` is not empty, character data.
    public func element(_ name: StaticString, _ list: KeyValuePairs<StaticString, String> = [:], text: String?) {
        start(name)
        attributes(list)
        if let text, !text.isEmpty { self.text(text) }
        end()
    }

    // MARK: Text

    /// Character data; libxml2 escapes `<`, `>`, `&` and CR.
    @inline(__always) public func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        let rc = withCString(bytes) { xmlTextWriterWriteString(writer, $0) }
        check(rc, "xmlTextWriterWriteString")
    }

    /// Character data from a string.
    public func text(_ string: String) {
        var string = string
        string.withUTF8 { text($0) }
    }

    /// An element holding only character data.
    public func textElement(_ name: StaticString, _ string: String) {
        start(name)
        text(string)
        end()
    }

    /// Bytes that are already well-formed XML written by another `XMLWriter` (a fragment).
    public func raw(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let rc = bytes.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }
        check(rc, "xmlTextWriterWriteRawLen")
    }

    // MARK: Output

    /// Closes every open element and returns the whole document.
    public func finishDocument() throws(XMLWriteFailure) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        return try takeFragment()
    }

    /// The bytes written since the last call (or since the declaration of a fragment writer).
    public func takeFragment() throws(XMLWriteFailure) -> [UInt8] {
        check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        if let failure { throw failure }
        let length = xmlBufferLength(buffer)
        guard let content = xmlBufferContent(buffer), length > mark else { return [] }
        let out = Array(UnsafeBufferPointer(start: content + Int(mark), count: Int(length - mark)))
        mark = length
        return out
    }

    /// Calls `body` with a NUL-terminated copy of `bytes` (reusing one scratch buffer).
    @inline(__always)
    private func withCString<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> R) -> R {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes)
        scratch.append(0)
        return scratch.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
