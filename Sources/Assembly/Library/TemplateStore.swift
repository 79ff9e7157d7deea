import Foundation
import PrivdocDiagnostics
import Synchronization
import Yams

/// The templates of a library, each parsed on first use (decision 132). A letter parses its own
/// template; `lint`, a batch header check that meets an unknown column, and `knowsField` parse them all.
///
/// What every command needs of *every* template — its id and its command and kind — is known at load:
/// the id is the file name (a template whose `id:` differs is an error and is still filed under its file
/// name, templates.md §2), and the kind comes from the template's header (`TemplateHeader`). Nothing is
/// cached between runs: every process reads the files as they are now.
///
/// Shared by the batch's threads: a template is parsed once, under the lock, and then only looked up.
final class TemplateStore: Sendable {
    /// A template file as read from disk: its id (the file name) and how messages name it.
    struct File: Sendable {
        let id: String
        let file: String
        /// nil when the file cannot be read as UTF-8 (the template then carries that error).
        let text: String?
    }

    /// A file and its kind as the header gives it.
    private struct Source: Sendable {
        let file: File
        let kind: DocumentKind?
    }

    private struct Entry: Sendable {
        let template: Template?
        let problems: [Diagnostic]
    }

    /// The template files by id (an organisation's template replaces a shipped one with the same id).
    private let sources: [String: Source]
    /// Shipped templates an organisation's template replaced: `lint` still reports their problems.
    private let shadowed: [File]
    private let parsed: Mutex<[String: Entry]>

    /// The template ids, sorted.
    let ids: [String]

    /// The store of these files (one per id); `shadowed` are shipped files an organisation's template
    /// replaced. Each file's kind is read from its header; a file whose header does not give it is parsed
    /// whole now, and that parse is kept.
    init(files: [File], shadowed: [File]) {
        var sources: [String: Source] = [:]
        var early: [String: Entry] = [:]
        let replaced = Dictionary(shadowed.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for file in files {
            var kind = file.text.flatMap { TemplateHeader.kind(text: $0, file: file.file, templateID: file.id) }
            if kind == nil {
                let entry = Self.parse(file, header: nil)
                kind = entry.template?.documentKind
                early[file.id] = entry
                // An organisation's file that cannot be read or parsed keeps the kind of the shipped
                // template it replaces, so that letter reaches it and its error, not the shipped text.
                if kind == nil, let shipped = replaced[file.id], let text = shipped.text {
                    kind = TemplateHeader.kindReadingWholeIfNeeded(text: text, file: shipped.file, templateID: shipped.id)
                }
            }
            sources[file.id] = Source(file: file, kind: kind)
        }
        self.sources = sources
        self.shadowed = shadowed
        self.ids = sources.keys.sorted()
        self.parsed = Mutex(early)
    }

    /// Every document kind, from the headers, sorted by command and kind.
    var kinds: [DocumentKind] { sources.values.compactMap(\.kind).sorted() }

    /// The kind of template `id` as its header gives it (without parsing the template).
    func kind(of id: String) -> DocumentKind? { sources[id]?.kind }

    /// How messages name template `id`'s file (`templates/x.yaml`, or the organisation's path).
    func file(of id: String) -> String? { sources[id]?.file.file }

    /// The template, parsed now if it was not yet; nil for an unknown id or a file that is not YAML.
    subscript(id: String) -> Template? { entry(id)?.template }

    /// The problems found in template `id`'s file (parsing it if needed).
    func problems(of id: String) -> [Diagnostic] { entry(id)?.problems ?? [] }

    /// Every template, all parsed.
    var values: [Template] { ids.compactMap { self[$0] } }

    /// The errors that make template `id` unusable — its file is there but cannot be read or is not a
    /// template at all —, or none when it parsed.
    func loadErrors(of id: String) -> [Diagnostic] {
        guard sources[id] != nil, self[id] == nil else { return [] }
        return problems(of: id).filter { $0.severity == .error }
    }

    /// The problems of every template file, the replaced shipped ones included (for `lint`).
    var allProblems: [Diagnostic] {
        ids.flatMap(problems(of:)) + shadowed.flatMap { Self.parse($0, header: nil).problems }
    }

    /// The ids of the templates parsed so far (for tests: what a command needed).
    var parsedIDs: [String] { parsed.withLock { $0.keys.sorted() } }

    private func entry(_ id: String) -> Entry? {
        guard let source = sources[id] else { return nil }
        return parsed.withLock { table in
            if let found = table[id] { return found }
            let entry = Self.parse(source.file, header: source.kind)
            table[id] = entry
            return entry
        }
    }

    /// Parses a file; `header` is the kind its header gave, which the whole file must declare too.
    private static func parse(_ file: File, header: DocumentKind?) -> Entry {
        guard let text = file.text else {
            return Entry(template: nil, problems: [.error(.templateRead, at: SourceLocation(file: file.file), "cannot read the file as UTF-8 text")])
        }
        let (template, problems) = TemplateLoader.load(text: text, file: file.file)
        // The header and the whole file are read by the same YAML parser; a file laid out so that they
        // disagree (a `kind:` inside a multi-line scalar of the header, say) must not reach a letter
        // through a kind the template does not declare.
        if let template, let header, template.documentKind != header {
            let mismatch = Diagnostic.error(.templateStructure, at: SourceLocation(file: file.file, line: 1),
                                            "the header (command, kind, description) reads differently from the whole file; write them as plain `key: value` lines before `fields:`")
            return Entry(template: nil, problems: problems + [mismatch])
        }
        return Entry(template: template, problems: problems)
    }
}
