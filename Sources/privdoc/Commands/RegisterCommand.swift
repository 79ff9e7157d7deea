import ArgumentParser
import Assembly
import ClauseSyntax
import DocumentOutput
import Foundation
import ODF

/// `privdoc register processors`: the register of processors from the agreements' case files.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Write an overview made from case files.",
        subcommands: [RegisterProcessorsCommand.self])
}

/// `privdoc register processors --data FILE…|DIR --out FILE.ods|FILE.csv` (decision 074).
struct RegisterProcessorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "processors",
        abstract: "The register of processors: one row per processor agreement case file, as .ods or .csv.",
        discussion: """
        Every case file is checked as `privdoc agreement` checks it; all problems of all files are reported \
        together and nothing is written when one is wrong. The CSV is for Excel: UTF-8 with BOM, ';' between \
        fields, CRLF (decision 074).
        """)

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Agreement case files (.yaml, .yml, .json), or folders of them.")
    var data: [String]

    @Option(name: .long, help: "The register to write: a .ods spreadsheet or a .csv file.")
    var out: String

    @Option(name: .long, help: "Language of the headings and labels: nl (default) or en.")
    var lang: String = SourceLanguage.code   // the register is kept in Dutch unless asked (Awb 2:6)

    @Option(name: .long, help: "The date in the spreadsheet's metadata (default: today); same input and date, same bytes.")
    var date: String?

    @Flag(name: .long, help: "Replace an existing file.")
    var force = false

    func validate() throws {
        let ext = (out as NSString).pathExtension.lowercased()
        guard ext == "ods" || ext == "csv" else { throw ValidationError("--out must end in .ods or .csv") }
        guard !data.isEmpty else { throw ValidationError("--data needs at least one file or folder") }
    }

    func run() throws {
        let lib = try library.loadLibrary()
        let files = try caseFiles()
        let register: ProcessorRegister
        switch ProcessorRegister.build(library: lib, files: files, language: lang) {
        case .failure(let problems):
            Console.report(problems.items)
            throw ExitCodes.invalidInput
        case .success(let built):
            Console.report(built.warnings)
            register = built
        }
        let day = try documentDate(date)
        let target = URL(fileURLWithPath: out)
        let bytes: [UInt8]
        if (out as NSString).pathExtension.lowercased() == "csv" {
            bytes = RegisterCSV.bytes(register)
        } else {
            let tag = lib.languageTag(of: lang) ?? LanguageTag(language: lang)
            do {
                bytes = try SpreadsheetWriter.package(register.spreadsheet(language: tag, date: DocumentDate(year: day.year, month: day.month, day: day.day)))
            } catch {
                Console.error("internal error: \(error)")
                throw ExitCodes.internalError
            }
        }
        try createOutputFolder(target.deletingLastPathComponent())
        try writeOutputFile(bytes, to: target, force: force)
    }

    /// The files named, and the case files directly inside each folder named, sorted.
    private func caseFiles() throws -> [URL] {
        var out: [URL] = []
        let fm = FileManager.default
        for path in data {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Console.error("\(path): no such file or folder")
                throw ExitCodes.invalidInput
            }
            guard isDirectory.boolValue else { out.append(URL(fileURLWithPath: path)); continue }
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter {
                let ext = ($0 as NSString).pathExtension.lowercased()
                return ext == "yaml" || ext == "yml" || ext == "json"
            }.sorted()
            out += names.map { URL(fileURLWithPath: path).appendingPathComponent($0) }
        }
        return out
    }
}
