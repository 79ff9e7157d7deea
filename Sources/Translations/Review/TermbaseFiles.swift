import ClauseSyntax
import DelimitedText
import Foundation
import XMLSupport

/// The termbase as a translation agency's tools load it: TBX (ISO 30042:2019, the TBX-Core dialect, DCA
/// style) for memoQ, Trados MultiTerm and OmegaT, and the same two columns as a CSV glossary.
enum TermbaseFiles {
    /// The TBX namespace of ISO 30042:2019 (TBX v3).
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// One `conceptEntry` per term: the Dutch term and the language's agreed term (a term the termbase
    /// has no translation for yet has the Dutch one only), and the note.
    static func tbx(_ termbase: Termbase, language: String) throws(TranslationFailure) -> Data {
        let w = XMLWriter(indent: true)
        w.start("tbx")
        w.attribute("xmlns", namespace)
        w.attribute("type", "TBX-Core")
        w.attribute("style", "dca")
        w.attribute("xml:lang", "en")
        w.start("tbxHeader")
        w.start("fileDesc")
        w.start("titleStmt")
        w.element("title", text: "privdoc termbase, \(SourceLanguage.code) → \(language)")
        w.end()
        w.start("sourceDesc")
        w.element("p", text: "Made from \(Termbase.file) by privdoc translations review-package. The agreed terms of the letters and the processor agreement; the reviewer confirms or corrects each (docs/translating.md §5).")
        w.end()
        w.end()
        w.end()
        w.start("text")
        w.start("body")
        for entry in termbase.entries {
            w.start("conceptEntry")
            w.attribute("id", conceptID(entry.id))
            if !entry.note.isEmpty { w.element("note", text: entry.note) }
            for code in [SourceLanguage.code, language] {
                guard let term = entry.terms[code] else { continue }
                w.start("langSec")
                w.attribute("xml:lang", code)
                w.start("termSec")
                w.element("term", text: term)
                w.end()
                w.end()
            }
            w.end()
        }
        w.end()
        w.end()
        w.end()
        do { return Data(try w.finishDocument()) } catch { throw .io(error.description) }
    }

    /// `id,nl,<language>,note`, quoted where RFC 4180 needs it (`CSVField`). Not neutralised against
    /// formulas: the file goes back into the termbase, and a `'` would change the term.
    static func csv(_ termbase: Termbase, language: String) -> Data {
        func line(_ fields: [String]) -> String { fields.map { CSVField.quoted($0) }.joined(separator: ",") + "\r\n" }
        var out = line(["id", SourceLanguage.code, language, "note"])
        for entry in termbase.entries {
            let dutch: String = entry.terms[SourceLanguage.code] ?? ""
            let term: String = entry.terms[language] ?? ""
            out += line([entry.id, dutch, term, entry.note])
        }
        return Data(out.utf8)
    }

    /// An `xml:id`-like NCName: a term id that starts with a digit gets a letter before it.
    private static func conceptID(_ id: String) -> String {
        let safe = String(id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
        return safe.first.map { $0.isLetter || $0 == "_" } == true ? safe : "t-" + safe
    }
}
