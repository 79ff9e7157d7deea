import DelimitedText
import ArgumentParser
import Assembly
import Foundation
import LegalCalendar
import ODF
import PrivdocDiagnostics
import Synchronization

/// Options shared by the commands that read the clause library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "The shipped library: a folder holding templates/ and locales/ (default: $PRIVDOC_ROOT, the current folder if it is one, else the one installed with privdoc).")
    var root: String?

    @Option(name: .long, help: "Your organisation's folder, laid over the shipped library: organisation.yaml, logo, house style, clause overrides, templates (default: $PRIVDOC_ORG).")
    var org: String?

    /// The library root folder.
    var rootURL: URL { root.map { URL(fileURLWithPath: $0) } ?? Self.defaultRoot }

    /// The shipped library and the organisation folder over it (decision 091).
    var layers: LibraryLayers { Self.layers(root: rootURL, org: org) }

    static func layers(root: URL, org: String?) -> LibraryLayers {
        guard let org = org ?? ProcessInfo.processInfo.environment["PRIVDOC_ORG"], !org.isEmpty else {
            return LibraryLayers(shipped: root)
        }
        return LibraryLayers(shipped: root, organisation: URL(fileURLWithPath: org, isDirectory: true), label: org)
    }

    /// The default layers, for `--help` (which runs before options are parsed).
    static var defaultLayers: LibraryLayers { layers(root: defaultRoot, org: nil) }

    /// `$PRIVDOC_ROOT`; else the current folder when it is a library (a checkout); else the library installed
    /// beside the binary (`PREFIX/share/privdoc` for `PREFIX/bin/privdoc`, decision 092); else the checkout the
    /// binary was built in (`.build/debug/privdoc`); else the current folder, which then fails to load with
    /// a clear message.
    static var defaultRoot: URL {
        let env = ProcessInfo.processInfo.environment
        if let root = env["PRIVDOC_ROOT"], !root.isEmpty { return URL(fileURLWithPath: root) }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if isLibrary(cwd) { return cwd }
        if let binary = executableFolder {
            let installed = binary.deletingLastPathComponent().appendingPathComponent("share/privdoc")
            if isLibrary(installed) { return installed }
            var folder = binary
            for _ in 0..<4 {
                folder = folder.deletingLastPathComponent()
                if isLibrary(folder) { return folder }
            }
        }
        return cwd
    }

    private static func isLibrary(_ folder: URL) -> Bool {
        let fm = FileManager.default
        return fm.fileExists(atPath: folder.appendingPathComponent("templates/organisation.yaml").path)
            && fm.fileExists(atPath: folder.appendingPathComponent("locales").path)
    }

    /// The folder of the running binary, symbolic links resolved (`/proc/self/exe` on Linux).
    private static var executableFolder: URL? {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: proc.path) {
            return URL(fileURLWithPath: target).deletingLastPathComponent()
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Loads the library or exits with every problem reported.
    /// The library's house style; its problems reported, exit 1, when it has none.
    func styleSheet(of library: Library) throws -> StyleSheet {
        guard let sheet = library.styleSheet else {
            Console.report(library.houseStyleProblems)
            throw ExitCodes.invalidInput
        }
        return sheet
    }

    func loadLibrary() throws -> Library {
        switch loadedLibrary {
        case .success(let library): return library
        case .failure(let error):
            Console.report(error.items)
            throw ExitCodes.invalidInput
        }
    }

    /// The library of these options, loaded once per process: `validate()` resolves the kind in it and
    /// `run()` renders with it (issue 17: the templates were read three times for one letter).
    var loadedLibrary: Result<Library, Diagnostics> { LoadedLibraries.shared.library(layers) }
}

/// The libraries loaded in this process, by their folders.
final class LoadedLibraries: Sendable {
    static let shared = LoadedLibraries()
    private let loaded = Mutex<[String: Result<Library, Diagnostics>]>([:])

    func library(_ layers: LibraryLayers) -> Result<Library, Diagnostics> {
        let key = layers.shipped.path + "\u{0}" + (layers.organisation?.path ?? "")
        return loaded.withLock { table in
            if let found = table[key] { return found }
            let result = Result { () throws(Diagnostics) -> Library in try Library.load(layers) }
            table[key] = result
            return result
        }
    }
}

/// Options shared by the commands that render one document.
struct RenderArguments: ParsableArguments {
    @Option(name: .long, help: "Case data (.yaml, .yml or .json).")
    var data: String

    @Option(name: .customLong("set"), help: "Override a field: path=value (repeatable).")
    var overrides: [String] = []

    @Option(name: .long, help: "Language (nl, en, pl, uk, tr, ar, de); overrides the case's `language`.")
    var lang: String?

    @Option(name: .long, help: "Document date YYYY-MM-DD (default: the case's `date`, else today).")
    var date: String?

    @Flag(name: .long, help: "Treat every warning as an error: draft or stale translations, unknown case fields, a --lang that differs from the case.")
    var strict = false

    @Option(name: .long, help: "Text encoding of the case file: utf-8 (default), cp1252, latin1 or utf-16.")
    var encoding: InputEncoding?

    /// Loads the case data with the overrides applied, or exits with every problem reported.
    func loadCase() throws -> CaseData {
        let data: CaseData
        do {
            data = try CaseData.load(file: URL(fileURLWithPath: self.data), encoding: encoding)
        } catch {
            Console.report(error.items)
            throw ExitCodes.invalidInput
        }
        var assignments: [(path: String, value: String)] = []
        for assignment in overrides {
            guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
                throw ValidationError("--set expects path=value")
            }
            assignments.append((String(assignment[..<eq]), String(assignment[assignment.index(after: eq)...])))
        }
        guard !assignments.isEmpty else { return data }
        do {
            return try CaseDataBuilder.overriding(data, with: assignments)   // the one builder's rules (issue 10)
        } catch {
            Console.report(error.items)
            throw ExitCodes.invalidInput
        }
    }

    /// Render options from the flags, which are only parsed here: document preparation applies them
    /// (`--lang` and `--date` win over the case, today is the default date; decision 012).
    func renderOptions() throws -> RenderOptions {
        try dateOptions(date, language: lang, strict: strict)
    }
}

/// `--date` and today as render options: every command's `--date` goes through here, and document
/// preparation (or ``documentDate(_:)``) applies them (decision 012).
func dateOptions(_ date: String?, language: String? = nil, strict: Bool = false) throws -> RenderOptions {
    RenderOptions(languageOverride: language, dateOverride: try parseDate(date), defaultDate: today(), strict: strict)
}

/// The date of a document without a case (the register, the privacy reference): `--date`, else today, by
/// the same rule as a letter's (`RenderOptions.documentDate`).
func documentDate(_ date: String?) throws -> CivilDate {
    guard case .date(let day) = try dateOptions(date).documentDate(caseGivesDate: false) else {
        preconditionFailure("dateOptions always has a default date")
    }
    return day
}

/// Parses `--date`; nil when absent (the case's `date`, then today, apply).
func parseDate(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let d = CivilDate(iso: text) else { throw ValidationError("--date: expected a date like 2026-03-15") }
    return d
}

/// Today in the local time zone, for documents whose date is given nowhere.
func today() -> CivilDate {
    let c = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
    return CivilDate(year: c.year!, month: c.month!, day: c.day!)!
}

/// `--encoding utf-8|cp1252|latin1|utf-16` (decision 024).
extension InputEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
