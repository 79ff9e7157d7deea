import PrivdocDiagnostics
import ClauseSyntax
import Foundation

/// The organisation folder laid over the shipped library (decision 091): its templates, and its clauses,
/// which override shipped clauses *explicitly* (`overrides: N`, the shipped version they were written
/// against) or add new ones. Defining a shipped clause again without `overrides:` is an error, so an
/// override never happens by accident, and an upgrade that changes a shipped clause is noticed.
enum OrganisationLayer {
    /// A clause file of the organisation: where it is, and how messages name it.
    struct File: Sendable {
        var url: URL
        var display: String
    }

    /// The organisation's template files (`DIR/templates/*.yaml`), sorted by name; parsed on first use
    /// like the shipped ones (decision 132).
    static func templateFiles(_ layers: LibraryLayers) -> [TemplateStore.File] {
        guard let org = layers.organisation else { return [] }
        let folder = org.appendingPathComponent("templates")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        // An unreadable file still replaces the shipped template of its id, and carries its read error to
        // that letter: the shipped one must not go out in its place without a word.
        return names.map { name in
            TemplateStore.File(id: name.replacingSuffix(".yaml", ""), file: layers.display("templates/\(name)"),
                               text: try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The organisation's clause files by language (`DIR/locales/<lang>/*.yaml`). A folder for a language
    /// the shipped library does not have is an error: a language needs its whole library.
    static func clauseFiles(_ layers: LibraryLayers, shippedLanguages: [String], bag: inout DiagnosticBag) -> [String: [File]] {
        guard let org = layers.organisation else { return [:] }
        let fm = FileManager.default
        let root = org.appendingPathComponent("locales")
        var out: [String: [File]] = [:]
        for code in ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted() {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: root.appendingPathComponent(code).path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            guard shippedLanguages.contains(code) else {
                bag.error(.overrideStructure, at: SourceLocation(file: layers.display("locales/\(code)")),
                          "the shipped library has no language \(code); an organisation folder can override clauses, not add languages")
                continue
            }
            let names = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(code).path)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            out[code] = names.map { File(url: root.appendingPathComponent(code).appendingPathComponent($0),
                                         display: layers.display("locales/\(code)/\($0)")) }
        }
        return out
    }

    /// Lays the organisation's clauses over the shipped ones of one language.
    static func apply(_ files: [File], to clauses: inout [String: Clause], language: String, bag: inout DiagnosticBag) {
        var added: [String: SourceLocation] = [:]
        for file in files {
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else {
                bag.error(.clauseRead, at: SourceLocation(file: file.display), "cannot read the file as UTF-8 text")
                continue
            }
            let (loaded, overrides, problems) = ClauseFileLoader.loadOrganisation(text: text, file: file.display, language: language)
            bag.add(contentsOf: problems)
            for var clause in loaded {
                if let first = added[clause.id] {
                    bag.error(.clauseDuplicate, at: clause.location,
                              "clause \(clause.id) is defined twice in the organisation's \(language) files (first at \(first))")
                    continue
                }
                added[clause.id] = clause.location
                let shipped = clauses[clause.id]
                switch (overrides[clause.id], shipped) {
                case (let declared?, let shipped?):
                    clause.override = Clause.Override(writtenAgainst: declared.version, shippedVersion: shipped.version)
                    if declared.version > shipped.version {
                        bag.error(.overrideStructure, at: declared.location,
                                  "clause \(clause.id) in \(language): overrides \(declared.version), but the shipped clause is at version \(shipped.version)")
                    } else if declared.version < shipped.version {
                        bag.warning(.overrideStale, at: declared.location,
                                    "clause \(clause.id) in \(language) overrides shipped version \(declared.version); the shipped clause is now version \(shipped.version): compare the two, then set overrides: \(shipped.version)")
                    }
                case (let declared?, nil):
                    bag.error(.overrideUnknown, at: declared.location,
                              "clause \(clause.id) is not in the shipped \(language) library: there is nothing to override (remove `overrides:` to add a new clause)")
                    continue
                case (nil, let shipped?):
                    bag.error(.overrideStructure, at: clause.location,
                              "clause \(clause.id) is a shipped clause in \(language): an override must say which shipped version it replaces (overrides: \(shipped.version))")
                    continue
                case (nil, nil):
                    break // a new clause, for the organisation's own templates
                }
                clauses[clause.id] = clause
            }
        }
    }

    /// A Dutch override whose translations are still the shipped ones: those languages send a translation of
    /// a text the organisation no longer uses. One warning per clause, naming the languages.
    static func untranslatedOverrides(_ locales: [String: LocaleBundle]) -> [Diagnostic] {
        guard let source = locales[SourceLanguage.code] else { return [] }
        var out: [Diagnostic] = []
        for id in source.clauses.keys.sorted() {
            guard let dutch = source.clauses[id], dutch.override != nil else { continue }
            let behind = locales.keys.sorted().filter { code in
                guard code != SourceLanguage.code, let clause = locales[code]?.clauses[id] else { return false }
                return clause.isStale(against: dutch)
            }
            guard !behind.isEmpty else { continue }
            out.append(.warning(.overrideUntranslated, at: dutch.location,
                                "clause \(id) is overridden in nl but not in \(behind.joined(separator: ", ")): those languages are stale for it (--strict refuses them)"))
        }
        return out
    }
}
