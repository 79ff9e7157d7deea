import ArgumentParser
import Assembly
import StatementReference

/// `privdoc check-reference`: which of the agency's templates and documents lack the reference to the
/// privacy statement (the policy's art. 4(2), evaluated yearly under art. 15(2)).
struct CheckReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-reference",
        abstract: "Report, per .odt/.ott/.docx/.dotx file, whether it refers to the privacy statement.",
        discussion: """
        A file refers when its body, a header, a footer or a link target holds the organisation's \
        privacy-statement URL in any of its languages, or one of the --phrase texts (case and spacing \
        ignored). Folders are searched recursively. Unreadable, encrypted or oversized files are \
        reported and the run goes on. Exit 0 when every file refers, 2 when some do not or could not \
        be read, 1 when the library cannot be loaded.
        """)

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Files or folders to check.")
    var paths: [String]

    @Option(name: .long, help: "A phrase that also counts as a reference (repeatable), e.g. the statement's title.")
    var phrase: [String] = []

    @Flag(name: .long, help: "Print one JSON object for a script.")
    var json = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder") }
    }

    func run() throws {
        let lib = try library.loadLibrary()
        let needles = ReferenceNeedles(urls: lib.privacyStatementURLs, phrases: phrase)
        guard !needles.isEmpty else {
            Console.error("\(library.rootURL.path): the organisation profile names no privacy-statement URL, and no --phrase was given")
            throw ExitCodes.invalidInput
        }
        let reports = ReferenceChecker(needles: needles).check(paths: paths)
        if json {
            print(ReportJSON.render(reports), terminator: "")
        } else {
            for report in reports { print(TerminalSafe.line(report.line)) }
            let refers = reports.filter(\.refers).count
            print("\(refers) of \(reports.count) files refer to the privacy statement")
        }
        if reports.contains(where: { !$0.refers }) { throw ExitCodes.rowsRejected }
    }
}

/// File names come from the file system and may hold terminal escape sequences: print them inert.
enum TerminalSafe {
    static func line(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
    }
}
