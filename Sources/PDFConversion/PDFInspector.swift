import Foundation

/// What a PDF says about itself, read with poppler's `pdfinfo` and `pdffonts` (the CI checks and the
/// end-to-end tests). Not a validator: an archive validates PDF/A with veraPDF, which is not available
/// here (docs/pdf.md).
public struct PDFInspection: Equatable, Sendable {
    /// Pages.
    public var pages = 0
    /// Whether the PDF is tagged (has a structure tree, `/MarkInfo /Marked true`).
    public var tagged = false
    /// `pdfaid:part` and `pdfaid:conformance` from the XMP metadata (2 and "B" for PDF/A-2b), if any.
    public var pdfaPart: Int?
    public var pdfaConformance: String?
    /// The Info dictionary's title and subject.
    public var title = ""
    public var subject = ""
    /// The catalog's `/Lang`, e.g. `nl-NL`.
    public var language: String?
    /// Fonts that are not embedded (should be none).
    public var fontsNotEmbedded: [String] = []
    /// Number of fonts listed.
    public var fonts = 0

    /// The problems a PDF of `format` must not have, each as one sentence; empty when it passes.
    public func problems(for format: OutputFormat, expectedPages: Int? = nil) -> [String] {
        var out: [String] = []
        if let expectedPages, pages != expectedPages { out.append("has \(pages) pages, expected \(expectedPages)") }
        if !fontsNotEmbedded.isEmpty { out.append("fonts not embedded: \(fontsNotEmbedded.joined(separator: ", "))") }
        if title.isEmpty { out.append("no title in the metadata") }
        if language == nil { out.append("no document language (/Lang)") }
        if format == .pdfa {
            if pdfaPart != 2 || pdfaConformance != "B" { out.append("no PDF/A-2b identification in the XMP metadata") }
            if !tagged { out.append("not tagged") }
        }
        return out
    }
}

/// Reads a `PDFInspection` from a file.
public enum PDFInspector {
    /// Whether poppler-utils is installed.
    public static var isAvailable: Bool { LibreOffice.executable("pdfinfo", environment: ProcessInfo.processInfo.environment) != nil }

    /// Inspects a PDF; throws `.failed` when pdfinfo cannot open it.
    public static func inspect(_ url: URL) throws(ConversionError) -> PDFInspection {
        let env = ProcessInfo.processInfo.environment
        guard let pdfinfo = LibreOffice.executable("pdfinfo", environment: env),
              let pdffonts = LibreOffice.executable("pdffonts", environment: env) else {
            throw .unavailable("pdfinfo/pdffonts are missing (Debian/Ubuntu: apt-get install poppler-utils)")
        }
        guard var result = info(pdfinfo, url) else {
            throw .failed("\(url.lastPathComponent): pdfinfo cannot open it")
        }
        if let meta = ChildProcess.capture(pdfinfo, ["-meta", url.path]), meta.status == 0 {
            result.pdfaPart = Self.element("pdfaid:part", in: meta.output).flatMap { Int($0) }
            result.pdfaConformance = Self.element("pdfaid:conformance", in: meta.output)
        }
        if let fonts = ChildProcess.capture(pdffonts, [url.path]), fonts.status == 0 {
            // Columns: name type encoding emb sub uni object ID; the name and type may contain spaces, the
            // last five columns never do.
            for line in fonts.output.split(separator: "\n").dropFirst(2) {
                let columns = line.split(separator: " ")
                guard columns.count >= 6 else { continue }
                result.fonts += 1
                if columns[columns.count - 5] != "yes" { result.fontsNotEmbedded.append(String(columns[0])) }
            }
        }
        result.language = Self.catalogLanguage(url)
        return result
    }

    /// The title and document language alone (pdfinfo and the catalog), for the print file's metadata:
    /// empty and nil when they cannot be read.
    static func titleAndLanguage(_ url: URL) -> (title: String, language: String?) {
        let title = LibreOffice.executable("pdfinfo", environment: ProcessInfo.processInfo.environment)
            .flatMap { info($0, url) }?.title ?? ""
        return (title, catalogLanguage(url))
    }

    /// pdfinfo's page count, tagging, title and subject; nil when it cannot open the file.
    private static func info(_ pdfinfo: String, _ url: URL) -> PDFInspection? {
        guard let info = ChildProcess.capture(pdfinfo, [url.path]), info.status == 0 else { return nil }
        var result = PDFInspection()
        for line in info.output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon], value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "Pages": result.pages = Int(value) ?? 0
            case "Tagged": result.tagged = value.hasPrefix("yes")
            case "Title": result.title = value
            case "Subject": result.subject = value
            default: break
            }
        }
        return result
    }

    /// The text of the first `<name>…</name>` (or attribute form `name="…"`) in XMP.
    static func element(_ name: String, in xmp: String) -> String? {
        if let open = xmp.range(of: "<\(name)>"), let close = xmp.range(of: "</\(name)>", range: open.upperBound..<xmp.endIndex) {
            return String(xmp[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        if let attr = xmp.range(of: "\(name)=\"") , let end = xmp[attr.upperBound...].firstIndex(of: "\"") {
            return String(xmp[attr.upperBound..<end])
        }
        return nil
    }

    /// LibreOffice and qpdf write the catalog uncompressed, so `/Lang(nl-NL)` (qpdf: `/Lang (nl-NL)`) can
    /// be read from the bytes; whitespace between the key and the string is allowed (PDF 1.7 §7.2.2).
    static func catalogLanguage(_ url: URL) -> String? {
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return nil }
        var from = data.startIndex
        while let key = data.range(of: Data("/Lang".utf8), in: from..<data.endIndex) {
            from = key.upperBound
            var i = key.upperBound
            while i < data.endIndex, [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00].contains(data[i]) { i += 1 }
            guard i < data.endIndex, data[i] == UInt8(ascii: "("),
                  let end = data[(i + 1)...].firstIndex(of: UInt8(ascii: ")")) else { continue }
            return String(decoding: data[(i + 1)..<end], as: UTF8.self)
        }
        return nil
    }
}
