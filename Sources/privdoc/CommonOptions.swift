import ArgumentParser
import Assembly
import Foundation
import LegalCalendar
import ODF

/// Options shared by the commands that read the clause library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding templates/ and locales/ (default: $PRIVDOC_ROOT or the current folder).")
    var root: String?

    /// The library root folder.
    var rootURL: URL { root.map { URL(fileURLWithPath: $0) } ?? Self.defaultRoot }

    /// `$PRIVDOC_ROOT`, else the current folder.
    static var defaultRoot: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["PRIVDOC_ROOT"] ?? FileManager.default.currentDirectoryPath)
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
        do {
            return try Library.load(root: rootURL)
        } catch {
            Console.report(error.items)
            throw ExitCodes.invalidInput
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

    @Flag(name: .long, help: "Refuse draft and stale translations.")
    var strict = false

    /// Loads the case data with the overrides applied, or exits with every problem reported.
    func loadCase() throws -> CaseData {
        var data: CaseData
        do {
            data = try CaseData.load(file: URL(fileURLWithPath: self.data))
        } catch {
            Console.report(error.items)
            throw ExitCodes.invalidInput
        }
        for assignment in overrides {
            guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
                throw ValidationError("--set expects path=value")
            }
            data.set(String(assignment[..<eq]), String(assignment[assignment.index(after: eq)...]))
        }
        return data
    }

    /// Render options from the flags, which are only parsed here: document preparation applies them
    /// (`--lang` and `--date` win over the case, today is the default date; decision 012).
    func renderOptions() throws -> RenderOptions {
        RenderOptions(languageOverride: lang, dateOverride: try parseDate(date), defaultDate: today(), strict: strict)
    }
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
