import ArgumentParser
import Batch
import Foundation

/// `privdoc batch <kind>`: mail-merge one letter per row of a CSV or JSON Lines file.
struct BatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "batch",
            abstract: "Write one letter per row of a CSV or JSON Lines file, with a manifest and a rejects file.",
            discussion: "Exit codes: 0 every row written · 2 some rows rejected (see DIR/rejects.csv) · 1/74 fatal.\n\n"
                + DocumentKinds.discussion(.letter))
    }

    @Argument(help: "The letter kind (one of the kinds listed above, each a template in templates/).")
    var kind: String

    @OptionGroup var library: LibraryOptions

    @Option(name: .long, help: "Input rows: .csv (dotted column names) or .jsonl.")
    var data: String

    @Option(name: .long, help: "Output folder for the documents, manifest.csv and rejects.csv.")
    var out: String

    @Option(name: .long, help: "Language for rows without a `language` value.")
    var lang: String?

    @Option(name: .long, help: "Document date YYYY-MM-DD for every row (default: the row's `date`, else today).")
    var date: String?

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Also write every letter into this one .odt (one per language if rows mix languages).")
    var combined: String?

    @Option(name: .long, help: "Only shard I of N (1-based), a contiguous block of rows: I/N.")
    var shard: String?

    @Option(name: .long, help: "CSV separator: , ; or tab (default: detected from the header).")
    var delimiter: String?

    @Flag(name: .long, help: "Replace existing documents with different content.")
    var force = false

    @Flag(name: .long, help: "Refuse draft and stale translations.")
    var strict = false

    func validate() throws { try DocumentKinds.validate(.letter, kind: kind, library: library) }

    func run() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        var parsedShard: Shard?
        if let shard {
            guard let s = Shard(shard) else { throw ValidationError("--shard expects I/N with 1 ≤ I ≤ N, e.g. 2/8") }
            parsedShard = s
        }
        let separator: UInt8?
        switch delimiter {
        case nil: separator = nil
        case ","?: separator = UInt8(ascii: ",")
        case ";"?: separator = UInt8(ascii: ";")
        case "tab"?, "\t"?: separator = UInt8(ascii: "\t")
        default: throw ValidationError("--delimiter must be , ; or tab")
        }
        let lib = try library.loadLibrary()
        let options = BatchOptions(
            templateID: try DocumentKinds.templateID(.letter, kind: kind, in: lib), input: URL(fileURLWithPath: data), outputFolder: URL(fileURLWithPath: out),
            language: lang, date: try parseDate(date), defaultDate: today(), jobs: jobs,
            combined: combined.map { URL(fileURLWithPath: $0) }, shard: parsedShard, force: force,
            delimiter: separator, strict: strict)
        let bar = ProgressBar()
        let summary: BatchSummary
        do {
            summary = try BatchRunner(library: lib, options: options).run(progress: bar.update)
        } catch {
            bar.finish()
            Console.error(error.description)
            switch error {
            case .cannotRead, .cannotWrite: throw ExitCodes.ioError
            default: throw ExitCodes.invalidInput
            }
        }
        bar.finish()
        let rate = summary.seconds > 0 ? Double(summary.rows) / summary.seconds : 0
        Console.error("""
            \(summary.rows) rows: \(summary.written) written, \(summary.unchanged) unchanged, \(summary.rejected) rejected \
            in \(String(format: "%.2f", summary.seconds)) s (\(Int(rate)) rows/s) → \(out)/manifest.csv\
            \(summary.rejected > 0 ? ", \(out)/rejects.csv" : "")
            """)
        if summary.rejected > 0 { throw ExitCodes.rowsRejected }
    }
}
