import ClauseSyntax
import Foundation

/// The clauses of one language as files on disk (`locales/<lang>/*.yaml`, templates.md §1).
///
/// Deliberately small and separate from the rendering engine's loader: it knows files, line ranges and
/// versions, not parsed clause text, because its job is editing files, not rendering them.
public struct TranslationCatalog: Sendable {
    /// The language code (the folder name).
    public let language: String
    /// Whether `locales/<lang>/locale.yaml` exists.
    public let hasLocaleFile: Bool
    /// Every usable clause by id.
    public let clauses: [String: CatalogClause]
    /// Problems found while reading (unreadable YAML, missing keys, duplicate ids).
    public let problems: [TranslationProblem]
    /// The clause files by relative path, with their lines.
    let files: [String: ClauseFile]

    /// Whether this is the authoritative Dutch library.
    public var isSource: Bool { language == SourceLanguage.code }

    /// The folder, relative to the root: `locales/<lang>`.
    public var folder: String { "locales/\(language)" }

    /// Clause ids, sorted.
    public var ids: [String] { clauses.keys.sorted() }

    /// Reads `locales/<language>/*.yaml` under `root` (every file but `locale.yaml`, in name order).
    /// A missing folder is an empty catalog; an unreadable file is an I/O failure.
    public static func load(root: URL, language: String) throws(TranslationFailure) -> TranslationCatalog {
        let folder = root.appendingPathComponent("locales").appendingPathComponent(language)
        let fm = FileManager.default
        let hasLocale = fm.fileExists(atPath: folder.appendingPathComponent("locale.yaml").path)
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != "locale.yaml" && !$0.hasPrefix(".") }
            .sorted()
        var files: [String: ClauseFile] = [:]
        var clauses: [String: CatalogClause] = [:]
        var problems: [TranslationProblem] = []
        for name in names {
            let path = "locales/\(language)/\(name)"
            let text = try readText(folder.appendingPathComponent(name), display: path)
            let (file, fileProblems) = ClauseFile.parse(text: text, path: path, isSource: language == SourceLanguage.code)
            problems += fileProblems
            files[path] = file
            for clause in file.clauses {
                if let first = clauses[clause.id] {
                    problems.append(TranslationProblem(file: path, line: clause.lines.lowerBound, unit: clause.id,
                                                       "the id is already used in \(first.file) line \(first.lines.lowerBound)"))
                } else {
                    clauses[clause.id] = clause
                }
            }
        }
        return TranslationCatalog(language: language, hasLocaleFile: hasLocale, clauses: clauses,
                                  problems: problems, files: files)
    }

    /// Fails when `root` has no `locales/` folder: the wrong `--root` (or current folder) is the likely cause.
    public static func checkRoot(_ root: URL) throws(TranslationFailure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("locales").path, isDirectory: &isFolder),
              isFolder.boolValue else {
            throw .invalid([TranslationProblem(file: root.path, "has no locales/ folder (use --root or PRIVDOC_ROOT)")])
        }
    }

    /// Reads a UTF-8 text file.
    static func readText(_ url: URL, display: String) throws(TranslationFailure) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .io("cannot read \(display): \(error.localizedDescription)") }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid([TranslationProblem(file: display, "is not UTF-8 text")])
        }
        return text
    }
}
