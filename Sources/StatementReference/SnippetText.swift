import Assembly
import ODF

/// The text forms of the reference (txt, md, html), written from the rendered clause's inline model —
/// so every form says exactly what the letters say.
public enum SnippetText {
    /// The reference in `format` (not `.odt`, which is a package: see `SnippetDocument`).
    public static func render(_ reference: PrivacyReference, as format: SnippetFormat) -> String {
        switch format {
        case .txt: return paragraphs(reference).map { plain($0) }.joined(separator: "\n\n") + "\n"
        case .md: return paragraphs(reference).map { markdown($0) }.joined(separator: "\n\n") + "\n"
        case .html: return html(reference)
        case .odt: preconditionFailure("an .odt snippet is a package, written by SnippetDocument")
        }
    }

    /// The inline content of each paragraph (list items become paragraphs of their own).
    static func paragraphs(_ reference: PrivacyReference) -> [[Inline]] {
        var out: [[Inline]] = []
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let p): out.append(p.content)
                case .heading(let h): out.append(h.content)
                case .list(let l): for item in l.items { add(item.blocks) }
                case .table, .pageBreak: continue
                }
            }
        }
        add(reference.blocks)
        return out
    }

    // MARK: plain text

    static func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s): return s
            case .emphasis(let c), .strong(let c), .underline(let c), .isolate(_, let c): return plain(c)
            case .link(let url, let c):
                let shown = plain(c)
                return shown == url ? url : "\(shown) (\(url))"
            case .lineBreak: return "\n"
            case .tab: return "\t"
            case .field, .frame: return ""
            }
        }.joined()
    }

    // MARK: Markdown (CommonMark)

    static func markdown(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s): return escapeMarkdown(s)
            case .emphasis(let c): return "*\(markdown(c))*"
            case .strong(let c): return "**\(markdown(c))**"
            case .underline(let c), .isolate(_, let c): return markdown(c)
            case .link(let url, let c):
                let shown = plain(c)
                // An autolink when the text is the URL itself (CommonMark §6.5), else an inline link.
                return shown == url ? "<\(url)>" : "[\(markdown(c))](\(url.replacingOccurrences(of: ")", with: "%29")))"
            case .lineBreak: return "\\\n"
            case .tab: return " "
            case .field, .frame: return ""
            }
        }.joined()
    }

    /// Backslash-escapes the ASCII punctuation CommonMark gives a meaning (§2.4).
    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_{}[]<>#|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    // MARK: HTML

    static func html(_ reference: PrivacyReference) -> String {
        let dir = reference.direction == .rightToLeft ? "rtl" : "ltr"
        // `dir` on every paragraph too: mail clients that drop a wrapper's attributes keep a paragraph's,
        // and LibreOffice's HTML import takes the direction from the paragraph only.
        let lang = escapeHTML(reference.language)
        let body = paragraphs(reference).map { "  <p lang=\"\(lang)\" dir=\"\(dir)\">\(htmlInlines($0))</p>" }.joined(separator: "\n")
        return "<div class=\"privacy-statement-reference\" lang=\"\(escapeHTML(reference.language))\" dir=\"\(dir)\">\n\(body)\n</div>\n"
    }

    static func htmlInlines(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s): return escapeHTML(s)
            case .emphasis(let c): return "<em>\(htmlInlines(c))</em>"
            case .strong(let c): return "<strong>\(htmlInlines(c))</strong>"
            case .underline(let c): return "<u>\(htmlInlines(c))</u>"
            case .isolate(let d, let c):
                // <bdi> is HTML's isolate (HTML §4.5.24), the counterpart of the LRI/RLI … PDI the writer uses.
                return "<bdi dir=\"\(d == .rightToLeft ? "rtl" : "ltr")\">\(htmlInlines(c))</bdi>"
            case .link(let url, let c):
                return "<a href=\"\(escapeHTML(url))\" dir=\"ltr\">\(htmlInlines(c))</a>"
            case .lineBreak: return "<br>"
            case .tab: return " "
            case .field, .frame: return ""
            }
        }.joined()
    }

    /// Escapes the five characters that are markup in text and attribute values.
    static func escapeHTML(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
