import ClauseSyntax
import Foundation

/// Reads a translated XLIFF 1.2 file back into `locales/<lang>/*.yaml`.
///
/// All or nothing per XLIFF file (docs/decisions/008-xliff-round-trip.md): every unit is checked and every
/// problem reported; only when none is found are the changed units written.
public enum XLIFFImporter {
    /// The largest XLIFF file an import reads: 64 MiB. One language of the shipped library exports to
    /// about 300 KB, so this leaves room for any real library while keeping a wrong or hostile file (a
    /// disk image, `/dev/zero`, a 2 GiB file the XML parser cannot even be handed) from being read into
    /// memory (docs/decisions/010-one-clause-grammar.md).
    public static let maximumFileSize = 64 << 20

    /// Imports the file at `xliff`. Throws only for I/O failures; every other problem is in the report.
    public static func run(xliff: URL, root: URL, dryRun: Bool) throws(TranslationFailure) -> ImportReport {
        let file = xliff.lastPathComponent
        guard let data = try readBounded(xliff) else {
            var report = ImportReport(file: file, dryRun: dryRun)
            report.problems = [tooLarge(file)]
            return report
        }
        return try run(data: data, file: file, root: root, dryRun: dryRun)
    }

    /// Imports XLIFF bytes; `file` names them in messages.
    public static func run(data: Data, file: String, root: URL, dryRun: Bool) throws(TranslationFailure) -> ImportReport {
        try TranslationCatalog.checkRoot(root)
        var report = ImportReport(file: file, dryRun: dryRun)
        guard data.count <= maximumFileSize else {
            report.problems = [tooLarge(file)]
            return report
        }
        let (read, readProblems) = XLIFFReader.read(data: data, file: file)
        report.problems = readProblems
        guard let doc = read else { return report }

        // The languages: `source-language` and `target-language` of the XLIFF `<file>` element.
        guard let language = try checkLanguages(doc, file: file, root: root, report: &report) else { return report }
        report.language = language
        let source = try TranslationCatalog.load(root: root, language: SourceLanguage.code)
        let target = try TranslationCatalog.load(root: root, language: language)
        guard source.problems.isEmpty, target.problems.isEmpty else {
            report.problems += source.problems + target.problems
            report.problems.append(TranslationProblem(file: file, "the clause library has problems; fix them first (privdoc lint)"))
            return report
        }

        var changes: [ClauseValues] = []
        var unitsWithProblems = Set<String>()
        var firstLine: [String: Int] = [:]
        for unit in doc.units {
            var problems: [TranslationProblem] = []
            func reject(_ line: Int, _ message: String) {
                problems.append(TranslationProblem(file: file, line: line, unit: unit.id, message))
            }
            defer {
                if !problems.isEmpty { unitsWithProblems.insert(unit.id); report.problems += problems }
            }
            if let first = firstLine[unit.id] {
                reject(unit.line, "appears twice (first on line \(first))")
                continue
            }
            firstLine[unit.id] = unit.line
            guard let nl = source.clauses[unit.id] else {
                reject(unit.line, "no Dutch clause has this id (removed or renamed?)")
                continue
            }
            guard unit.source == nl.text else {
                reject(unit.line, "translated from an older Dutch text: the Dutch clause is now version \(nl.version) " +
                       "(\(nl.file) line \(nl.lines.lowerBound)); export again and translate the changed text")
                continue
            }
            switch decide(unit, source: nl, current: target.clauses[unit.id]) {
            case .unchanged:
                report.unchanged.append(unit.id)
            case .reject(let message):
                reject(unit.targetLine, message)
            case .apply(let values):
                let problems = check(values.text, against: nl.text)
                for problem in problems { reject(unit.targetLine, problem) }
                if problems.isEmpty { changes.append(values) }
            }
        }
        unitsWithProblems.formUnion(readProblems.compactMap(\.unit))
        report.problems = report.problems.enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        report.rejected = unitsWithProblems.sorted()
        report.changed = changes.map(\.id).filter { !unitsWithProblems.contains($0) }.sorted()
        report.unchanged = report.unchanged.filter { !unitsWithProblems.contains($0) }.sorted()
        guard report.isClean else { return report }

        let files: [String: String]
        do { files = try LibraryEditor.edit(changes, in: target, source: source) } catch {
            if case .invalid(let problems) = error { report.problems += problems; return report }
            throw error
        }
        guard !dryRun else { return report }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                throw .io("cannot write \(path): \(error.localizedDescription)")
            }
            report.written.append(path)
        }
        return report
    }

    /// Why a target cannot be imported, or nothing: it must parse with the engine's own parser, within its
    /// limits, and keep the fields, cross-references and conditional fragments of the Dutch text — so an
    /// import can only write what the engine can read (issue 15: a clause the parser could not handle
    /// once made every letter crash at load).
    static func check(_ target: String, against dutch: String) -> [String] {
        let (nl, nlProblems) = ClauseOutline.read(dutch)
        guard let nl else {
            return ["the Dutch text does not parse (\(TextProblem.describe(nlProblems[0], in: "Dutch text"))); fix it first (privdoc lint)"]
        }
        let (translation, problems) = ClauseOutline.read(target)
        guard let translation else { return problems.map { TextProblem.describe($0, in: "target") } }
        return translation.mismatches(against: nl).map { "placeholders: \($0)" }
    }

    /// A file over `maximumFileSize`.
    private static func tooLarge(_ file: String) -> TranslationProblem {
        TranslationProblem(file: file, "is larger than \(maximumFileSize >> 20) MiB, the most an XLIFF import reads; " +
                           "export one language per file, as privdoc does")
    }

    /// The bytes of `url`, or nil when there are more than `maximumFileSize`. A regular file is measured
    /// before it is read; anything else (a pipe, a device) is read in pieces, no further than one piece
    /// past the limit.
    private static func readBounded(_ url: URL) throws(TranslationFailure) -> Data? {
        do {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
            if values.isRegularFile == true {
                guard (values.fileSize ?? 0) <= maximumFileSize else { return nil }
                return try Data(contentsOf: url)
            }
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            var data = Data()
            while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty {
                data.append(piece)
                if data.count > maximumFileSize { return nil }
            }
            return data
        } catch {
            throw .io("cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    /// What to do with one unit whose source matches the current Dutch text.
    enum Decision: Equatable {
        case unchanged
        case apply(ClauseValues)
        case reject(String)
    }

    /// The rules of docs/translating.md: a changed text is imported (reviewed when the state is final or
    /// signed-off, else draft); an unchanged text only when its state moved to translated, final or
    /// signed-off from what privdoc exported; an empty target never, nor a copy of the Dutch text in a
    /// unit whose state still asks for translation.
    static func decide(_ unit: XLIFFUnit, source: CatalogClause, current: CatalogClause?) -> Decision {
        let text = normalise(unit.target ?? "")
        if text.isEmpty {
            if let state = unit.state, !state.isPending {
                return .reject("the target is empty but its state is \(state.rawValue)")
            }
            return .unchanged
        }
        // A CAT tool's "copy source to target" on a unit still waiting for translation is not a translation.
        if unit.state?.isPending == true, text == source.text, current?.text != text { return .unchanged }
        let textChanged = current.map { $0.text != text } ?? true
        let status: CatalogClause.Status = unit.state?.isFinal == true ? .reviewed : .draft
        if !textChanged {
            guard let state = unit.state, !state.isPending,
                  state != TargetState.exported(source: source, translation: current) else { return .unchanged }
            let stale = (current?.sourceVersion ?? 0) < source.version
            if !stale, status == current?.status { return .unchanged }
        }
        return .apply(ClauseValues(id: source.id, version: (current?.version ?? 0) + 1, sourceVersion: source.version,
                                   status: status, text: text))
    }

    /// Line breaks as `\n`, without the trailing ones a CAT tool may add.
    static func normalise(_ target: String) -> String {
        var s = target.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }

    /// The translation language, or nil with the problems recorded.
    private static func checkLanguages(_ doc: XLIFFDocument, file: String, root: URL, report: inout ImportReport)
        throws(TranslationFailure) -> String? {
        let before = report.problems.count
        func problem(_ message: String) { report.problems.append(TranslationProblem(file: file, line: doc.fileLine, message)) }
        if primary(doc.sourceLanguage) != SourceLanguage.code {
            problem("source-language is \(doc.sourceLanguage.map { "\"\($0)\"" } ?? "missing"); privdoc translates from Dutch (\(SourceLanguage.code))")
        }
        let language = primary(doc.targetLanguage)
        if let language, language != SourceLanguage.code {
            let localeFile = root.appendingPathComponent("locales/\(language)/locale.yaml")
            if !FileManager.default.fileExists(atPath: localeFile.path) {
                problem("target-language \"\(doc.targetLanguage!)\": there is no locales/\(language)/locale.yaml")
            }
        } else {
            problem("target-language is \(doc.targetLanguage.map { "\"\($0)\"" } ?? "missing"); it must name the translation's language, e.g. pl")
        }
        return report.problems.count == before ? language : nil
    }

    /// `pl-PL` → `pl`: CAT tools may add a region to the language.
    private static func primary(_ code: String?) -> String? {
        guard let code, let first = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first, !first.isEmpty else { return nil }
        return first.lowercased()
    }
}
