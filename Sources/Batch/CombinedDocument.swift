import Foundation
import DocumentOutput
import ODF

/// Collects the letters of a run into one printable document per language: each letter starts on a new
/// page with the first-page layout (letterhead, envelope window) and page numbering restarted at 1.
///
/// ODF has no "page count of this letter" field — `text:page-count` counts the whole file — so in a
/// combined file the footers show the page number only (docs/decisions/007-batch.md). Letters of different
/// languages get different files (`NAME-nl.odt`, `NAME-en.odt`), because the house style, the footer
/// labels and the text direction belong to the whole document.
final class CombinedDocument {
    private let target: CombinedTarget
    private let styleSheet: StyleSheet?
    private var byLanguage: [(language: String, first: Document, body: [Block], count: Int)] = []

    /// A combined file at `target` in the library's house style (nil when it has none: then no letter is
    /// ever made, so nothing is written).
    init(target: CombinedTarget, styleSheet: StyleSheet?) {
        self.target = target
        self.styleSheet = styleSheet
    }

    /// Adds a letter (in row order).
    func append(_ letter: Document) {
        // A two-language besluit (Awb 2:6) is a file of its own kind: the Dutch pages and the translation's.
        let language = Self.label(letter)
        if let i = byLanguage.firstIndex(where: { $0.language == language }) {
            byLanguage[i].body.append(.pageBreak(PageBreak(startsFirstPageLayout: true, restartsPageNumbering: true)))
            byLanguage[i].body.append(contentsOf: letter.body)
            byLanguage[i].count += 1
        } else {
            byLanguage.append((language, letter, letter.body, 1))
        }
    }

    /// The files this run will write: one, or one per language.
    var files: [(url: URL, document: Document)] {
        byLanguage.map { entry in
            var document = entry.first
            document.body = entry.body
            document.pageSetup.firstPage = Self.withoutPageCount(document.pageSetup.firstPage)
            document.pageSetup.followingPages = Self.withoutPageCount(document.pageSetup.followingPages)
            if var translation = document.translation {
                translation.pages = Self.withoutPageCount(translation.pages)
                document.translation = translation
            }
            document.metadata.description = "\(entry.count) letters"
            document.metadata.customProperties.append(CustomProperty(name: "privdoc:combined-letters", value: String(entry.count)))
            return (target.url(language: Self.fileLanguage(entry.first), only: byLanguage.count == 1), document)
        }
    }

    /// Writes the combined file(s) atomically.
    func write(overwrite: Bool) throws(BatchError) {
        guard let styleSheet else { return }
        for (target, document) in files {
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(target.deletingLastPathComponent().lastPathComponent)
            }
            let bytes: [UInt8]
            do { bytes = try ODFWriter.package(document, styleSheet: styleSheet) } catch { throw .cannotWrite("\(target.lastPathComponent): \(error)") }
            let outcome: AtomicFileWriter.Outcome
            do { outcome = try AtomicFileWriter.write(bytes, to: target, overwrite: overwrite) } catch { throw .cannotWrite(target.lastPathComponent) }
            switch outcome {
            case .written, .replaced, .unchanged: break
            case .existsDifferent: throw .cannotWrite("\(target.lastPathComponent) exists with other content (use --force)")
            }
        }
    }

    /// What letters share a combined file: the language, and the translation's for a two-language besluit.
    static func label(_ letter: Document) -> String {
        letter.metadata.language.bcp47 + (letter.translation.map { "+" + $0.language.bcp47 } ?? "")
    }

    /// `nl`, or `nl-ar` for two-language besluits (the file `NAME-nl-ar.odt`).
    static func fileLanguage(_ letter: Document) -> String {
        letter.metadata.language.language + (letter.translation.map { "-" + $0.language.language } ?? "")
    }

    /// Drops the page-count field and the words between it and the page number ("van", "of", "z", "من").
    /// Everything else of the header and footer is kept as it is — above all the first page's minimum
    /// header height, which keeps each letter's body below the envelope window under an organisation's
    /// letterhead (decision 050); rebuilding the value field by field once lost it.
    static func withoutPageCount(_ hf: HeaderFooter) -> HeaderFooter {
        var hf = hf
        hf.header = hf.header.map(withoutPageCount)
        hf.footer = hf.footer.map(withoutPageCount)
        return hf
    }

    private static func withoutPageCount(_ p: Paragraph) -> Paragraph {
        var p = p
        p.content = withoutPageCount(p.content)
        return p
    }

    private static func withoutPageCount(_ inlines: [Inline]) -> [Inline] {
        if let n = inlines.firstIndex(of: .field(.pageNumber)), let c = inlines.firstIndex(of: .field(.pageCount)) {
            var out = inlines
            if n < c { out.removeSubrange((n + 1)...c) } else { out.removeSubrange(c..<n) }
            return out
        }
        return inlines.map { inline in
            switch inline {
            case .emphasis(let x): return .emphasis(withoutPageCount(x))
            case .strong(let x): return .strong(withoutPageCount(x))
            case .underline(let x): return .underline(withoutPageCount(x))
            case .isolate(let d, let x): return .isolate(d, withoutPageCount(x))
            case .link(let u, let x): return .link(url: u, withoutPageCount(x))
            case .text, .lineBreak, .tab, .field, .frame: return inline
            }
        }
    }
}
