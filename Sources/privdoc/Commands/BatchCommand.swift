import DelimitedText
import ArgumentParser
import Assembly
import Batch
import Foundation

/// `privdoc batch <kind>`: mail-merge one letter per row of a CSV or JSON Lines file.
struct BatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "batch",
            abstract: "Write one letter per row of a CSV or JSON Lines file, with a manifest and a rejects file.",
            discussion: "Exit codes: 0 every row written · 2 some rows rejected (see DIR/rejects.csv) · 1 bad header or options, "
                + "nothing written · 74 cannot read or write, or too few file descriptors or threads · 75 another batch holds --out "
                + "· 130/143 stopped by SIGINT/SIGTERM (reports list the rows done).\n\n"
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

    @Option(name: .customLong("jobs"), help: "Worker threads (default: all cores).")
    var jobsOption: Int?
    /// The cores of this machine unless given: not a declared default, so that `--help` reads the same on every machine.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(name: .long, help: "Also write every letter into this one .odt (one per language if rows mix languages), or with --format pdf|pdfa into one print-ready .pdf.")
    var combined: String?

    @Option(name: .long, help: "Only shard I of N (1-based), a contiguous block of rows: I/N.")
    var shard: String?

    @Option(name: .long, help: "CSV separator: , ; or tab (default: detected from the header).")
    var delimiter: String?

    @Option(name: .long, help: "Text encoding of the input: utf-8 (default; also with BOM), cp1252, latin1 or utf-16.")
    var encoding: InputEncoding?

    @Flag(name: .long, help: "Replace existing documents with different content.")
    var force = false

    @Flag(name: .long, help: "Refuse draft and stale translations.")
    var strict = false

    @OptionGroup var formats: FormatOptions

    @Flag(name: .long, help: "With --combined F.pdf: start every letter on an odd page (blank page after odd-length letters).")
    var duplex = false

    @Option(name: .long, help: "PDF converters are restarted after this many documents each, so memory stays flat.")
    var restartEvery = 500

    func validate() throws {
        try DocumentKinds.validate(.letter, kind: kind, library: library)
        guard (1...BatchOptions.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 1 and \(BatchOptions.maximumJobs)")
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard expects I/N with whole numbers 1 ≤ I ≤ N (at most \(Int.max)), e.g. 2/8")
        }
        _ = try separator()
        try validatePDF()
    }

    private func separator() throws -> UInt8? {
        switch delimiter {
        case nil: return nil
        case ","?: return UInt8(ascii: ",")
        case ";"?: return UInt8(ascii: ";")
        case "tab"?, "\t"?: return UInt8(ascii: "\t")
        default: throw ValidationError("--delimiter must be , ; or tab")
        }
    }

    func run() throws {
        let lib = try library.loadLibrary()
        let pdf = try makePDFSink(library: lib)
        var options = BatchOptions(
            templateID: try DocumentKinds.templateID(.letter, kind: kind, in: lib), input: URL(fileURLWithPath: data),
            outputFolder: URL(fileURLWithPath: out, isDirectory: true),
            language: lang, date: try parseDate(date), defaultDate: today(), jobs: jobs,
            combined: combinedODT, shard: shard.flatMap(Shard.init), force: force,
            delimiter: try separator(), strict: strict, outputName: out, sinks: pdf.map { [$0] } ?? [])
        options.encoding = encoding
        let bar = ProgressBar()
        let stop = StopSignal.install()
        let summary: BatchSummary
        do {
            summary = try BatchRunner(library: lib, options: options).run(progress: bar.update, stop: stop)
        } catch {
            bar.finish()
            Console.error(Console.printable(error.description))
            throw ExitCodes.batch(error)
        }
        bar.finish()
        for warning in summary.warnings { Console.error("warning: " + Console.printable(warning)) }
        let rate = summary.seconds > 0 ? Double(summary.rows) / summary.seconds : 0
        let stopped = summary.interruptedBy.map { " — stopped by \($0 == SIGTERM ? "SIGTERM" : "SIGINT"); the reports list the rows done" } ?? ""
        Console.error("""
            \(summary.rows) rows: \(summary.written) written, \(summary.unchanged) unchanged, \(summary.rejected) rejected \
            in \(String(format: "%.2f", summary.seconds)) s (\(Int(rate)) rows/s) → \(out)/manifest.csv\
            \(summary.rejected > 0 ? ", \(out)/rejects.csv" : "")\(stopped)
            """)
        let pdfFailed = reportPDF(pdf)
        if let signal = summary.interruptedBy ?? pdf?.outcome.interruptedBy { throw ExitCodes.interrupted(by: signal) }
        if summary.rejected > 0 || pdfFailed { throw ExitCodes.rowsRejected }
    }
}
