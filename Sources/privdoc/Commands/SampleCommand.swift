import ArgumentParser
import Assembly
import Batch
import DocumentOutput
import Foundation
import ODF
import Showcase

/// `privdoc sample`: the ODF showcase, and with `--examples` every shipped example in every language its
/// template declares — what CI feeds to odf-check.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the showcase document (every layout feature); with --examples also every example in every language.")

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: "Output folder.")
    var out: String = "out"

    @Flag(name: .long, help: "Also render templates/examples/* in every language of their template, and a combined batch file.")
    var examples = false

    @Option(name: .long, help: "Document date YYYY-MM-DD (default 2026-11-29, so samples are reproducible).")
    var date: String = "2026-11-29"

    func run() throws {
        guard let day = try parseDate(date) else { return }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lib = try library.loadLibrary()
        let showcase = Showcase.document(date: DocumentDate(year: day.year, month: day.month, day: day.day))
        try write(ODFWriter.package(showcase, styleSheet: try library.styleSheet(of: lib)), to: folder.appendingPathComponent("showcase.odt"))
        guard examples else { return }
        let assembler = Assembler(library: lib)
        let exampleFolder = library.rootURL.appendingPathComponent("templates/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: exampleFolder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
        var failures = 0
        for file in files {
            guard let template = lib.templateID(forExample: file) else {
                Console.error("\(file): no template matches the file name; skipped")
                continue
            }
            // A template that cannot be read or parsed: say so, instead of skipping its examples unseen.
            let broken = lib.templateLoadErrors(template)
            if !broken.isEmpty {
                Console.error("\(file):")
                Console.report(broken)
                failures += 1
                continue
            }
            let data: CaseData
            do { data = try CaseData.load(file: exampleFolder.appendingPathComponent(file)) } catch {
                Console.report(error.items)
                failures += 1
                continue
            }
            for language in lib.languages(ofTemplate: template) ?? [] {
                // Examples carry their own dates (an extension notice must fall in the first month).
                let options = RenderOptions(languageOverride: language, defaultDate: day)
                switch assembler.assemble(template: template, data: data, options: options) {
                case .failure(let diagnostics) where diagnostics.items.allSatisfy({ $0.code == .valueLanguage || $0.severity == .warning }):
                    // An example whose free text is given in some languages only (decision 070) is
                    // made in those; the others are skipped, and said so.
                    Console.error("\(file) [\(language)]: skipped, its free text has no \(language) version (\(diagnostics.items.filter { $0.code == .valueLanguage }.count) fields)")
                case .failure(let diagnostics):
                    Console.error("\(file) [\(language)]:")
                    Console.report(diagnostics.items)
                    failures += 1
                case .success(let doc):
                    let name = (file as NSString).deletingPathExtension + "-" + language + ".odt"
                    let sub = folder.appendingPathComponent(language, isDirectory: true)
                    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
                    try write(doc.package(), to: sub.appendingPathComponent(name))
                }
            }
        }
        for csv in try FileManager.default.contentsOfDirectory(atPath: exampleFolder.path).filter({ $0.hasSuffix(".csv") }).sorted() {
            guard let template = lib.templateID(forExample: csv) else { continue }
            let target = folder.appendingPathComponent("batch-" + (csv as NSString).deletingPathExtension, isDirectory: true)
            let options = BatchOptions(templateID: template, input: exampleFolder.appendingPathComponent(csv), outputFolder: target,
                                       defaultDate: day, combined: target.appendingPathComponent("combined.odt"), force: true)
            let summary = try BatchRunner(library: lib, options: options).run()
            if summary.rejected > 0 {
                Console.error("\(csv): \(summary.rejected) rows rejected (see \(target.path)/rejects.csv)")
                failures += 1
            }
        }
        if failures > 0 { throw ExitCodes.invalidInput }
    }

    private func write(_ bytes: [UInt8], to url: URL) throws {
        _ = try AtomicFileWriter.write(bytes, to: url, overwrite: true)
        print(url.path)
    }
}
