import ArgumentParser
import Assembly
import Batch
import Benchmarks
import Foundation
import LegalCalendar
import PDFConversion
import Synchronization

/// `privdoc bench pdf`: N generated letters to PDF through the converter pool, then — in the same run —
/// one soffice fed many files per start, and one soffice per letter (on a sample, extrapolated), one at a
/// time and as many at a time as the pool has converters; prints letters/s, the ratios, where the time goes
/// and converter memory.
struct PDFBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pdf",
        abstract: "Convert N generated letters to PDF with the converter pool and compare with one soffice per letter, in one run.")

    @OptionGroup var library: LibraryOptions
    @Option(name: .long, help: "Letters to generate and convert with the pool.") var letters = 1000
    @Option(name: .long, help: "Letters converted with one soffice start each, one at a time and then --jobs at a time (the slow side; extrapolated).") var sample = 40
    @Option(name: .long, help: "Letters converted by soffice --convert-to with many files per start (0 skips).") var manyFiles = 200
    @Option(name: .customLong("jobs"), help: "Parallel converters on every side (default: all cores).") var jobsOption: Int?
    /// The cores of this machine unless given: not a declared default, so that `--help` reads the same on every machine.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }
    @Option(name: .long, help: "Documents per converter before it is restarted (as the batch: 500).") var restartEvery = 500
    @Option(name: .long, help: "pdf or pdfa.") var format = "pdf"
    @Option(name: .long, help: "Working folder (emptied first).") var out = "out/bench-pdf"
    @Option(name: .long, help: "The LibreOffice program (default: $PRIVDOC_SOFFICE, else soffice on PATH).") var soffice: String?

    func run() throws {
        guard let pdfFormat = OutputFormat(rawValue: format), pdfFormat.isPDF else { throw ValidationError("--format must be pdf or pdfa") }
        guard sample > 0, letters >= sample, letters >= manyFiles else { throw ValidationError("--sample must be at least 1, and --sample and --many-files at most --letters") }
        let office: LibreOffice
        do { office = try LibreOffice.locate(explicit: soffice) } catch { Console.error(error.description); throw ExitCodes.unavailable }
        guard office.hasUNO else { Console.error("python3-uno is missing: the pool needs it"); throw ExitCodes.unavailable }
        do { try ProcessRegistry.shared.installSignalHandlers() } catch { Console.error(error.description); throw ExitCodes.conversion(error) }
        let lib = try library.loadLibrary()
        let folder: URL
        do { folder = try BenchFolder.prepare(URL(fileURLWithPath: out, isDirectory: true), name: out).standardizedFileURL } catch {
            Console.error(Console.printable("\(error)"))
            throw ExitCodes.invalidInput
        }
        // Only the bench's own files are replaced (BenchFolder's rule): ODTs, PDFs, reports, the CSV.
        let own: (String) -> Bool = { $0.hasSuffix(".odt") || $0.hasSuffix(".pdf") || $0.hasSuffix(".csv") }
        for sub in ["letters", "pool", "many", "single"] { try BenchFolder.removeOwnFiles(in: folder.appendingPathComponent(sub), isOwn: own) }
        try BenchFolder.removeOwnFiles(in: folder) { $0 == "notices.csv" }
        let date = CivilDate(year: 2026, month: 11, day: 29)!
        let csv = folder.appendingPathComponent("notices.csv")
        var generator = SampleRows(seed: 20261129, date: date, languages: ["nl", "en"])
        try generator.writeCSV(to: csv, count: letters)
        let odt = folder.appendingPathComponent("letters", isDirectory: true)
        let batch = try BatchRunner(library: lib, options: BatchOptions(templateID: "dsr-extension", input: csv, outputFolder: odt,
                                                                        date: date, defaultDate: date, jobs: jobs)).run()
        let sources = ((try? FileManager.default.contentsOfDirectory(atPath: odt.path)) ?? []).filter { $0.hasSuffix(".odt") }.sorted()
            .map { odt.appendingPathComponent($0) }
        print("pdf benchmark: \(sources.count) letters (dsr-extension, nl+en), \(jobs) converters, \(format), LibreOffice \(office.program)")
        print(String(format: "  ODT batch first: %.2f s (%.0f letters/s)", batch.seconds, Double(batch.written) / batch.seconds))

        // 1. The pool: long-lived UNO converters, fed one document after another.
        let pooled = folder.appendingPathComponent("pool", isDirectory: true)
        try FileManager.default.createDirectory(at: pooled, withIntermediateDirectories: true)
        let pool: ConverterPool
        do { pool = try ConverterPool(settings: .init(size: jobs, timeout: 120, restartEvery: restartEvery), factory: office.converterFactory) } catch {
            Console.error(error.description); throw ExitCodes.conversion(error)
        }
        let failures = Atomic<Int>(0)
        let memory = Mutex((first: 0.0, last: 0.0, peak: 0.0, series: [(letters: Int, mb: Double)]()))
        let done = Atomic<Int>(0)
        let t0 = Date()
        for src in sources {
            pool.submit(ConversionJob(input: src, output: pooled.appendingPathComponent(src.deletingPathExtension().lastPathComponent + ".pdf"),
                                      format: pdfFormat)) { result in
                if case .failure = result { failures.add(1, ordering: .relaxed) }
                let n = done.add(1, ordering: .relaxed).newValue
                if n == min(50, sources.count) || n % 250 == 0 || n == sources.count {
                    let rss = ProcessMemory.converterResident().total
                    memory.withLock { m in
                        if m.first == 0 { m.first = rss }
                        m.last = rss
                        m.peak = max(m.peak, rss)
                        m.series.append((n, rss))
                    }
                }
            }
        }
        pool.waitUntilIdle()
        let poolSeconds = Date().timeIntervalSince(t0)
        let stats = pool.statistics
        pool.shutdown()
        let poolRate = Double(sources.count) / poolSeconds
        let m = memory.withLock { $0 }
        print(String(format: "  pool:               %7.2f s  %6.1f letters/s  (%d failed, %d converter starts, %d scheduled restarts)",
                     poolSeconds, poolRate, failures.load(ordering: .relaxed), stats.starts, stats.scheduledRestarts))
        print(String(format: "    converter memory (all soffice.bin): %.0f MB after 50 letters, %.0f MB at the end, peak %.0f MB",
                     m.first, m.last, m.peak))
        // Over thousands of letters, the whole series shows whether memory stays flat (issue 14: restart
        // every N documents if LibreOffice grows).
        if m.series.count > 5 {
            print("    converter memory by letters done: " + m.series.sorted { $0.letters < $1.letters }
                .map { String(format: "%d: %.0f", $0.letters, $0.mb) }.joined(separator: ", ") + " MB")
        }

        // 2. soffice --convert-to with many files per start (the middle option of decision 060).
        var manyRate = 0.0
        if manyFiles > 0 {
            let subset = Array(sources.prefix(manyFiles))
            let dir = folder.appendingPathComponent("many", isDirectory: true)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let parts = stride(from: 0, to: subset.count, by: max(1, (subset.count + jobs - 1) / jobs)).map { Array(subset[$0..<min(subset.count, $0 + (subset.count + jobs - 1) / jobs)]) }
            let converters = warmConverters(office: office, count: parts.count, sample: subset[0], format: pdfFormat, scratch: folder)
            let t1 = Date()
            DispatchQueue.concurrentPerform(iterations: parts.count) { i in
                try? converters[i].convertAll(inputs: parts[i], format: pdfFormat, outdir: dir, timeout: 600)
            }
            let s = Date().timeIntervalSince(t1)
            manyRate = Double(subset.count) / s
            print(String(format: "  --convert-to, %d files per soffice start, %d in parallel: %.2f s for %d = %6.1f letters/s",
                         parts.first?.count ?? 0, parts.count, s, subset.count, manyRate))
        }

        // 3. One soffice per letter on a sample, extrapolated to all letters: first one at a time, as a user's
        //    loop runs it (`for f in *.odt; do soffice --convert-to pdf "$f"; done`; issue 14's "about 1.5 s
        //    when started once per file"), then as many at a time as the pool has converters (decision 060,
        //    "The baseline": the stricter comparison, in which the parallelism of both sides cancels out).
        let subset = Array(sources.prefix(sample))
        let dir = folder.appendingPathComponent("single", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let loopSeconds = oneSofficePerLetter(subset, parallel: 1, office: office, format: pdfFormat, into: dir, scratch: folder)
        let loopRate = Double(subset.count) / loopSeconds
        print(String(format: "  one soffice per letter, one at a time: %.2f s for a sample of %d = %6.2f letters/s → %.0f s for %d (extrapolated)",
                     loopSeconds, subset.count, loopRate, Double(sources.count) / loopRate, sources.count))
        let singleSeconds = oneSofficePerLetter(subset, parallel: jobs, office: office, format: pdfFormat, into: dir, scratch: folder)
        let singleRate = Double(subset.count) / singleSeconds
        print(String(format: "  one soffice per letter, %d at a time:  %.2f s for a sample of %d = %6.2f letters/s → %.0f s for %d (extrapolated)",
                     jobs, singleSeconds, subset.count, singleRate, Double(sources.count) / singleRate, sources.count))
        print(String(format: "  ratio pool / one soffice per letter, one at a time (issue 14's baseline): %.1f×", poolRate / loopRate))
        print(String(format: "  ratio pool / one soffice per letter, %d at a time (same parallelism):    %.1f×", jobs, poolRate / singleRate))
        if manyRate > 0 { print(String(format: "  ratio pool / many files per start: %.2f×", poolRate / manyRate)) }
        print(String(format: "  where the time goes (pool): %.1f ms per letter per converter; one start ≈ %.2f s alone (%.2f s with %d at a time), paid %d times",
                     poolSeconds * 1000 * Double(jobs) / Double(sources.count), loopSeconds / Double(subset.count),
                     singleSeconds * Double(jobs) / Double(subset.count), jobs, stats.starts))
    }

    /// Converts `letters` with one soffice start each, `parallel` at a time, on converters whose profiles were
    /// initialised before the clock starts; returns the seconds taken.
    private func oneSofficePerLetter(_ letters: [URL], parallel: Int, office: LibreOffice, format: OutputFormat, into dir: URL, scratch: URL) -> Double {
        let next = Atomic<Int>(0)
        let converters = warmConverters(office: office, count: parallel, sample: letters[0], format: format, scratch: scratch)
        let start = Date()
        DispatchQueue.concurrentPerform(iterations: parallel) { worker in
            let converter = converters[worker]
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < letters.count else { return }
                let src = letters[i]
                _ = try? converter.convert(ConversionJob(input: src, output: dir.appendingPathComponent(src.deletingPathExtension().lastPathComponent + ".pdf"),
                                                         format: format), timeout: 300)
            }
        }
        return Date().timeIntervalSince(start)
    }

    /// One-shot converters with their private profiles already initialised, as a user's LibreOffice is after
    /// its first start: each converts one letter before the clock starts (the fresh profile's first start
    /// and its exit-81 restart are not counted). Same program (soffice.bin), same filter as the pool.
    private func warmConverters(office: LibreOffice, count: Int, sample: URL, format: OutputFormat, scratch: URL) -> [CommandLineConverter] {
        let converters = (0..<count).map { _ in CommandLineConverter(office: office) }
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let out = scratch.appendingPathComponent("warm-\(i).pdf")
            _ = try? converters[i].convert(ConversionJob(input: sample, output: out, format: format), timeout: 300)
            try? FileManager.default.removeItem(at: out)
        }
        return converters
    }
}
