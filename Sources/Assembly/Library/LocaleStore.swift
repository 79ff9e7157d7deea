import Foundation
import PrivdocDiagnostics
import Synchronization

/// The languages of a library, each read on first use (decision 130). A letter in Dutch reads only
/// `locales/nl`; one in English reads `en` and `nl` (staleness is judged against the authoritative Dutch
/// clause, templates.md §1); `lint` and a batch with every language read them all. Nothing is cached
/// between runs: every process reads the files as they are now, so an edited clause or organisation
/// override can never be served stale.
///
/// Shared by the batch's threads: a language is read once, under the lock, and then only looked up.
final class LocaleStore: Sendable {
    /// Every language with a folder under `locales/`, sorted. Known without reading any clause.
    let codes: [String]
    private let read: @Sendable (String) -> (LocaleBundle, [Diagnostic])
    private let loaded = Mutex<[String: Entry]>([:])

    private struct Entry: Sendable {
        let bundle: LocaleBundle
        let problems: [Diagnostic]
    }

    /// `read` loads one language: its bundle and the problems found in its files.
    init(codes: [String], read: @escaping @Sendable (String) -> (LocaleBundle, [Diagnostic])) {
        self.codes = codes
        self.read = read
    }

    /// The language, read now if it was not yet; nil when the library has no folder for it.
    subscript(code: String) -> LocaleBundle? { entry(code)?.bundle }

    /// Whether the library has the language (without reading it).
    func contains(_ code: String) -> Bool { codes.contains(code) }

    /// The problems found while reading these languages, in the order given.
    func problems(of languages: [String]) -> [Diagnostic] { languages.flatMap { entry($0)?.problems ?? [] } }

    /// The languages read so far, sorted (for tests: what a command needed).
    var readCodes: [String] { loaded.withLock { $0.keys.sorted() } }

    /// Every language's bundle, all read, in code order.
    var values: [LocaleBundle] { codes.compactMap { self[$0] } }

    /// Every language, all read.
    var all: [String: LocaleBundle] {
        Dictionary(uniqueKeysWithValues: codes.compactMap { code in self[code].map { (code, $0) } })
    }

    private func entry(_ code: String) -> Entry? {
        guard codes.contains(code) else { return nil }
        return loaded.withLock { table in
            if let found = table[code] { return found }
            let (bundle, problems) = read(code)
            let entry = Entry(bundle: bundle, problems: problems)
            table[code] = entry
            return entry
        }
    }
}
