import ArgumentParser
import Batch
import Benchmarks
import DocumentOutput
import Foundation
import LegalCalendar
import ODF
import Showcase

/// `privdoc bench`: throughput figures, measured side by side in one run (never asserted in tests).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the ODF writer, a whole batch run (with the deflate floor in the same run), or one letter as a whole process.",
        subcommands: [WriterBench.self, BatchBench.self, PDFBench.self, LetterBench.self])
}

/// Packages N copies of a one-page letter model and reports documents/s and where the time goes.
struct WriterBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "writer",
        abstract: "Write N copies of a one-page letter model; print documents/s and the share of time in deflate.")

    @OptionGroup var library: LibraryOptions
    @Option(name: .long, help: "Number of documents (1–1000000).") var count = 2000
    @Option(name: .long, help: "Folder for the files: new, empty, or made by an earlier bench (only its own files are replaced).")
    var out = "out/bench-writer"

    func validate() throws {
        guard (1...1_000_000).contains(count) else { throw ValidationError("--count must be between 1 and 1000000") }
    }

    func run() throws {
        let date = DocumentDate(year: 2026, month: 11, day: 29)
        let models = (0..<count).map { Showcase.onePageLetter(date: date, index: $0) }
        let folder = try benchFolder(out)
        try BenchFolder.removeOwnFiles(in: folder) { $0.hasPrefix("letter-") && $0.hasSuffix(".odt") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = try PackageTemplate(prototype: models[0], styleSheet: try library.styleSheet(of: library.loadLibrary()))
        var stats = WriterStatistics()
        var writeNanos: UInt64 = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for (i, model) in models.enumerated() {
            let bytes = try template.package(model, statistics: &stats)
            let t = DispatchTime.now().uptimeNanoseconds
            _ = try AtomicFileWriter.write(bytes, to: folder.appendingPathComponent("letter-\(i).odt"), overwrite: true)
            writeNanos += DispatchTime.now().uptimeNanoseconds - t
        }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start)
        func share(_ n: UInt64) -> String { String(format: "%5.1f%%", 100 * Double(n) / total) }
        print("writer benchmark: \(count) one-page letters, 1 thread")
        print(String(format: "  documents/s        %8.0f", Double(count) / (total / 1e9)))
        print(String(format: "  time per document  %8.1f µs", total / 1e3 / Double(count)))
        print("  share in XML        \(share(stats.xmlNanoseconds))")
        print("  share in deflate    \(share(stats.deflateNanoseconds))")
        print("  share in zip/crc    \(share(stats.zipNanoseconds))")
        print("  share in file write \(share(writeNanos))")
        print(String(format: "  uncompressed bytes per document (content+meta) %d", stats.uncompressedBytes / max(1, stats.documents)))
    }
}

/// Generates a realistic CSV and runs the batch, then the floor (deflate + write of the same per-letter
/// bytes, no templating) with the same number of threads, and prints both and their ratio.
struct BatchBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch",
        abstract: "Generate a seeded N-row CSV, run the extension-notice batch, and compare it with the deflate floor.")

    @OptionGroup var library: LibraryOptions
    @Option(name: .long, help: "Rows to generate (1–10000000).") var rows = 10_000
    @Option(name: .customLong("jobs"), help: "Worker threads (default: all cores).") var jobsOption: Int?
    /// The cores of this machine unless given: not a declared default, so that `--help` reads the same on every machine.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }
    @Option(name: .long, help: "Working folder: new, empty, or made by an earlier bench (only its own files are replaced).")
    var out = "out/bench-batch"
    @Option(name: .long, help: "Seed of the generated data.") var seed: UInt64 = 20261129
    @Flag(name: .long, help: "Skip the floor measurement (e.g. for a memory-only run).") var noFloor = false
    @Option(name: .long, help: "Languages of the generated rows, comma-separated, weighted towards the first (bench/peers uses nl).")
    var languages = "nl,en"

    func validate() throws {
        guard (1...10_000_000).contains(rows) else { throw ValidationError("--rows must be between 1 and 10000000") }
        guard (1...BatchOptions.maximumJobs).contains(jobs) else { throw ValidationError("--jobs must be between 1 and \(BatchOptions.maximumJobs)") }
        guard !languageList.isEmpty, languageList.allSatisfy({ !$0.isEmpty }) else { throw ValidationError("--languages needs codes like nl,en") }
    }

    private var languageList: [String] { languages.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }

    func run() throws {
        let lib = try library.loadLibrary()
        let folder = try benchFolder(out)
        let batchFiles: (String) -> Bool = { $0.hasSuffix(".odt") || $0 == "manifest.csv" || $0 == "rejects.csv" }
        try BenchFolder.removeOwnFiles(in: folder.appendingPathComponent("letters")) { batchFiles($0) }
        try BenchFolder.removeOwnFiles(in: folder) { $0 == "notices.csv" }
        let date = CivilDate(year: 2026, month: 11, day: 29)!
        let csv = folder.appendingPathComponent("notices.csv")
        var generator = SampleRows(seed: seed, date: date, languages: languageList)
        try generator.writeCSV(to: csv, count: rows)
        let letters = folder.appendingPathComponent("letters", isDirectory: true)

        let cpu0 = ResourceUsage.cpuSeconds()
        let options = BatchOptions(templateID: "dsr-extension", input: csv, outputFolder: letters, date: date,
                                   defaultDate: date, jobs: jobs)
        let summary: BatchSummary
        do { summary = try BatchRunner(library: lib, options: options).run() } catch {
            Console.error(Console.printable(error.description))
            throw ExitCodes.batch(error)
        }
        let cpu = ResourceUsage.cpuSeconds() - cpu0
        let peak = ResourceUsage.peakResidentMegabytes()
        print("batch benchmark: \(rows) rows, \(jobs) jobs, dsr-extension, \(languageList.joined(separator: "+"))")
        print(String(format: "  letters/s          %8.0f  (%d written, %d rejected, %.2f s)",
                     Double(summary.written + summary.unchanged) / summary.seconds, summary.written, summary.rejected, summary.seconds))
        print(String(format: "  CPU per letter     %8.1f µs", cpu * 1e6 / Double(max(1, summary.rows))))
        print(String(format: "  peak RSS           %8.1f MB", peak))
        print(String(format: "  bytes per letter   %8d", summary.bytes / max(1, summary.written + summary.unchanged)))
        guard !noFloor else { return }
        let floor = try DeflateFloor.measure(letters: letters, jobs: jobs)
        print(String(format: "  floor (deflate+write of content.xml+meta.xml, same threads) %.2f s = %.0f letters/s",
                     floor.seconds, Double(floor.documents) / floor.seconds))
        print(String(format: "  ratio batch/floor  %8.2f×", summary.seconds / floor.seconds))
    }
}

/// The bench's working folder, or a clear refusal (exit 1) when it holds what bench did not make.
private func benchFolder(_ path: String) throws -> URL {
    do {
        return try BenchFolder.prepare(URL(fileURLWithPath: path, isDirectory: true), name: path)
    } catch let refusal as BenchFolder.Refusal {
        Console.error(Console.printable(refusal.description))
        throw ExitCodes.invalidInput
    }
}
