import XMLSupport

/// What a reader sees of `content.xml`, through libxml2 (for tests and verification).
public enum ContentText {
    /// Paragraph and heading texts joined by `\n`, in document order (a paragraph holding a frame
    /// comes before the frame's paragraphs). White space is read the way ODF 1.3 §6.1.2 says an office
    /// suite does: literal white space collapses and vanishes at the start of a paragraph; `text:s`
    /// (with `text:c`), `text:tab` and `text:line-break` become spaces, `\t` and `\n`.
    public static func plainText(contentXML: [UInt8]) throws(ODFError) -> String {
        guard let tree = try? XMLDocument(contentXML, name: "content.xml"), let root = tree.root else {
            throw .invalidModel("content.xml is not well-formed XML")
        }
        var lines: [String] = []
        walk(root, &lines)
        return lines.joined(separator: "\n")
    }

    private static func walk(_ node: XMLNode, _ lines: inout [String]) {
        if node.isElement(Namespace.text, "p") || node.isElement(Namespace.text, "h") {
            let index = lines.count
            lines.append("")
            var reader = ParagraphReader()
            reader.read(node, &lines)
            lines[index] = reader.text
            return
        }
        for child in node.elements { walk(child, &lines) }
    }

    /// Collects the text of one paragraph.
    private struct ParagraphReader {
        var text = ""
        /// At the start, or after literal white space (which then collapses).
        var collapsing = true

        mutating func read(_ node: XMLNode, _ lines: inout [String]) {
            for child in node.children {
                switch child.kind {
                case .text:
                    guard let content = child.content else { continue }
                    for scalar in content.unicodeScalars {
                        if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                            if !collapsing { text.append(" ") }
                            collapsing = true
                        } else {
                            text.unicodeScalars.append(scalar)
                            collapsing = false
                        }
                    }
                case .element:
                    if child.isElement(Namespace.text, "s") {
                        let count = child.attribute(Namespace.text, "c").flatMap { Int($0) } ?? 1
                        text += String(repeating: " ", count: count)
                        collapsing = false
                    } else if child.isElement(Namespace.text, "tab") {
                        text += "\t"
                        collapsing = false
                    } else if child.isElement(Namespace.text, "line-break") {
                        text += "\n"
                        collapsing = false
                    } else if child.isElement(Namespace.draw, "frame") {
                        // A frame's paragraphs are lines of their own.
                        for grandchild in child.children { ContentText.walk(grandchild, &lines) }
                    } else {
                        read(child, &lines)
                    }
                case .entityReference, .other:
                    break
                }
            }
        }
    }
}
