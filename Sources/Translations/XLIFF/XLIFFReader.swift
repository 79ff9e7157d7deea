import Foundation

/// Reads an XLIFF 1.2 file with libxml2 into an `XLIFFDocument`, collecting every structural problem
/// with its line. Whether the content fits the library is the importer's business.
enum XLIFFReader {
    /// The document and the problems found; the document is nil when the file is not usable at all.
    static func read(data: Data, file: String) -> (XLIFFDocument?, [TranslationProblem]) {
        let tree: XMLTree
        do {
            tree = try XMLTree(bytes: [UInt8](data), file: file)
        } catch {
            if case .invalid(let problems) = error { return (nil, problems) }
            return (nil, [TranslationProblem(file: file, "cannot be parsed")])
        }
        var problems: [TranslationProblem] = []
        func problem(_ line: Int?, unit: String? = nil, _ message: String) {
            problems.append(TranslationProblem(file: file, line: line, unit: unit, message))
        }
        guard let root = tree.root, root.name == "xliff",
              root.namespace == nil || root.namespace == XLIFFExporter.namespace else {
            problem(tree.root?.line, "not an XLIFF 1.2 file: the root element must be <xliff> in \(XLIFFExporter.namespace)")
            return (nil, problems)
        }
        let version = root.attribute("version")
        if version != "1.2" {
            problem(root.line, "XLIFF version \(version.map { "\"\($0)\"" } ?? "missing"): privdoc reads XLIFF 1.2 (version=\"1.2\")")
        }
        let files = root.children.filter { $0.name == "file" }
        guard files.count == 1, let fileElement = files.first else {
            problem(root.line, "expected exactly one <file> element, found \(files.count)")
            return (nil, problems)
        }
        var doc = XLIFFDocument(version: version, sourceLanguage: fileElement.attribute("source-language"),
                                targetLanguage: fileElement.attribute("target-language"),
                                fileLine: fileElement.line, units: [])
        guard let body = fileElement.children.first(where: { $0.name == "body" }) else {
            problem(fileElement.line, "the <file> has no <body>")
            return (doc, problems)
        }
        for element in transUnits(in: body) {
            guard let id = element.attribute("id"), !id.isEmpty else {
                problem(element.line, "a <trans-unit> without an id")
                continue
            }
            guard let sourceElement = element.children.first(where: { $0.name == "source" }) else {
                problem(element.line, unit: id, "has no <source>")
                continue
            }
            let (source, sourceCodes) = sourceElement.textContent()
            if !sourceCodes.isEmpty {
                problem(sourceElement.line, unit: id, "the <source> holds \(sourceCodes.joined(separator: ", ")), which privdoc never exports")
            }
            var unit = XLIFFUnit(id: id, line: element.line, source: source, target: nil, targetLine: element.line, state: nil)
            if let targetElement = element.children.first(where: { $0.name == "target" }) {
                let (target, codes) = targetElement.textContent()
                unit.target = target
                unit.targetLine = targetElement.line
                if !codes.isEmpty {
                    problem(targetElement.line, unit: id,
                            "the <target> holds \(codes.joined(separator: ", ")); write plain text (inline tags cannot be imported)")
                }
                if let raw = targetElement.attribute("state"), !raw.hasPrefix("x-") {
                    if let state = TargetState(rawValue: raw) { unit.state = state } else {
                        problem(targetElement.line, unit: id, "unknown state \"\(raw)\" (XLIFF 1.2 states: \(TargetState.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                }
            }
            doc.units.append(unit)
        }
        return (doc, problems)
    }

    /// The `<trans-unit>` elements of a body, also inside `<group>`s that a CAT tool may add.
    private static func transUnits(in element: ParsedElement) -> [ParsedElement] {
        element.children.flatMap { child -> [ParsedElement] in
            switch child.name {
            case "trans-unit": return [child]
            case "group": return transUnits(in: child)
            default: return []
            }
        }
    }
}
