import ArgumentParser
import Assembly
import DocumentOutput
import Foundation
import StatementReference

/// `privdoc reference`: the privacy-statement reference block for other systems' letters, templates
/// and e-mail footers (the policy's art. 4(2): all official correspondence refers to the statement).
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Write the privacy-statement reference block (the letters' own clause) for other systems.",
        discussion: """
        txt, html and md for one language go to standard output unless --out is given; odt, and every \
        format with --lang all, are written to --out as privacy-reference-LANG.EXT. html is an e-mail \
        footer fragment with lang and dir set (right-to-left for Arabic).
        """)

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: "Language code, or `all` for one per language.")
    var lang: String

    @Option(name: .long, help: "txt, html, md or odt.")
    var format: String = "txt"

    @Option(name: .long, help: "Output folder (created if missing); required for odt and --lang all unless the default out/ suits.")
    var out: String?

    @Option(name: .long, help: "Document date YYYY-MM-DD for the .odt metadata (default: today).")
    var date: String?

    @Flag(name: .long, help: "Replace existing files with other content.")
    var force = false

    func run() throws {
        guard let format = SnippetFormat(rawValue: format) else {
            throw ValidationError("--format must be one of \(SnippetFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let lib = try library.loadLibrary()
        let day = try documentDate(date)
        let languages = lang == "all" ? lib.languages : [lang]
        var references: [PrivacyReference] = []
        var failed = false
        for code in languages {
            switch lib.privacyReference(language: code, date: day) {
            case .success(let reference): references.append(reference)
            case .failure(let problems):
                Console.report(problems.items)
                failed = true
            }
        }
        if failed { throw ExitCodes.invalidInput }
        if format != .odt, lang != "all", out == nil {
            print(SnippetText.render(references[0], as: format), terminator: "")
            return
        }
        let folder = URL(fileURLWithPath: out ?? "out", isDirectory: true)
        try createOutputFolder(folder)
        let sheet = try library.styleSheet(of: lib)
        for reference in references {
            let bytes: [UInt8]
            if format == .odt {
                do { bytes = try SnippetDocument.package(reference, date: day, styleSheet: sheet) } catch {
                    Console.error("internal error: \(error)")
                    throw ExitCodes.internalError
                }
            } else {
                bytes = Array(SnippetText.render(reference, as: format).utf8)
            }
            let target = folder.appendingPathComponent("privacy-reference-\(reference.language).\(format.fileExtension)")
            try writeOutputFile(bytes, to: target, force: force)
        }
    }
}
