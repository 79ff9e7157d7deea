import ArgumentParser
import DocumentOutput
import Foundation
import PDFConversion
import Synchronization

/// `privdoc pdf convert|check`: convert existing `.odt` files through the converter pool in one call, and
/// check PDFs the way CI does (pdfinfo, pdffonts).
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Convert .odt files to PDF/PDF-A with the LibreOffice pool, or check PDFs (pages, fonts, PDF/A-2b, tags).",
        subcommands: [PDFConvertCommand.self, PDFCheckCommand.self])
}

/// Converts many ODTs with one pool: one LibreOffice start per converter, not per file.
struct PDFConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert",
        abstract: "Convert .odt files to each PDF format asked for; the PDFs go next to each file, or into --out.",
        discussion: "Exit codes: 0 all converted · 2 some files failed (each named on stderr) · 69 LibreOffice missing.")

    @Argument(help: "The .odt files.") var files: [String]
    @OptionGroup var formats: FormatOptions
    @Option(name: .long, help: "Output folder (default: next to each file).") var out: String?
    @Option(name: .customLong("jobs"), help: "Parallel converters (default: all cores).") var jobsOption: Int?
    /// The cores of this machine unless given: not a declared default, so that `--help` reads the same on every machine.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }
    @Flag(name: .long, help: "Replace PDFs that exist with other content.") var force = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard try formats.formats.needsConverter else { throw ValidationError("--format: name pdf and/or pdfa") }
    }

    func run() throws {
        guard let office = try formats.libreOffice(batch: files.count > 1) else { return }
        let chosen = try formats.formats
        let pdfOnly = try OutputFormats(parsing: chosen.pdfFormats.map(\.rawValue))
        let settings = ConverterPool.Settings(size: min(jobs, max(1, files.count)), timeout: formats.pdfTimeout)
        var outputs: [String: PDFOutput] = [:]
        var producer: PDFProducer?
        let failed = Atomic<Int>(0)
        let printed = Mutex<[(Int, String)]>([])
        // Two files with one name (a/x.odt, b/x.odt --out o) would both become o/x.pdf: the second
        // silently replaced the first, and both paths were printed. The first keeps the name; a later
        // one is refused. The same file named twice is converted once.
        var claimed: [String: String] = [:]
        for (index, path) in files.enumerated() {
            let source = URL(fileURLWithPath: path).standardizedFileURL
            let claimFolder = out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? source.deletingLastPathComponent()
            let claim = claimFolder.appendingPathComponent(source.deletingPathExtension().lastPathComponent).path
            if let first = claimed[claim] {
                if first == source.path { continue }
                Console.error("\(path): its PDF would have the name of \(first)'s (\(claim).pdf); not converted — convert it with another --out")
                failed.add(1, ordering: .relaxed)
                continue
            }
            claimed[claim] = source.path
            guard let bytes = FileManager.default.contents(atPath: source.path) else {
                Console.error("\(path): cannot read the file")
                failed.add(1, ordering: .relaxed)
                continue
            }
            let folder = claimFolder
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // One pool for the whole call, whatever the folders: each folder has its own output (and ledger).
            let output = outputs[folder.path] ?? PDFOutput(folder: folder, formats: pdfOnly, force: force)
            outputs[folder.path] = output
            if producer == nil {
                do { producer = try PDFProducer(output: output, settings: settings, factory: office.converterFactory) } catch {
                    Console.error(error.description); throw ExitCodes.conversion(error)
                }
            }
            producer!.submit(stem: source.deletingPathExtension().lastPathComponent, odtSHA256: SHA256.hex([UInt8](bytes)), source: .file(source),
                             into: output) { results in
                for r in results {
                    switch r {
                    case .success(let placed): printed.withLock { $0.append((index, folder.appendingPathComponent(placed.file).path)) }
                    case .failure(let e):
                        failed.add(1, ordering: .relaxed)
                        Console.error("\(path): \(e)")
                    }
                }
            }
        }
        producer?.finish()
        for (_, line) in printed.withLock({ $0 }).sorted(by: { $0 < $1 }) { print(line) }
        if failed.load(ordering: .relaxed) > 0 { throw ExitCodes.rowsRejected }
    }
}

/// Checks PDFs: they open, every font is embedded, there is a title and a language; PDF/A files (named
/// `*.pdfa.pdf`, or all with `--format pdfa`) carry the PDF/A-2b identification and are tagged.
struct PDFCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
        abstract: "Check PDFs with pdfinfo and pdffonts; print one line per file; exit 1 when any check fails.",
        discussion: "Not a PDF/A validator: an archive validates PDF/A with veraPDF (docs/pdf.md).")

    @Argument(help: "The PDF files.") var files: [String]
    @Option(name: .long, help: "Check every file as pdf or pdfa (default: pdfa for *.pdfa.pdf and files in a pdfa/ folder, else pdf).")
    var format: String?
    @Option(name: .long, help: "A file of expected page counts: lines 'PATH PAGES', PATH as given here without .pdf/.pdfa.pdf.")
    var expectedPages: String?

    @Option(name: .long, help: "Write the page counts of the files checked to this file (to re-record --expected-pages).")
    var recordPages: String?

    /// The document a PDF belongs to: its path without `.pdfa.pdf` or `.pdf`, so a PDF and its PDF/A share it.
    static func key(_ path: String) -> String {
        for suffix in [".pdfa.pdf", ".pdf"] where path.hasSuffix(suffix) { return String(path.dropLast(suffix.count)) }
        return path
    }

    func run() throws {
        guard PDFInspector.isAvailable else { Console.error("pdfinfo is missing (apt-get install poppler-utils)"); throw ExitCodes.unavailable }
        var expected: [String: Int] = [:]
        if let expectedPages {
            guard let text = try? String(contentsOfFile: expectedPages, encoding: .utf8) else {
                Console.error("\(expectedPages): cannot read the file"); throw ExitCodes.ioError
            }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ")
                if parts.count == 2, let n = Int(parts[1]) { expected[String(parts[0])] = n }
            }
        }
        var bad = 0
        var recorded: [String: Int] = [:]
        for path in files {
            let url = URL(fileURLWithPath: path)
            let isA = format.map { $0 == "pdfa" } ?? (path.hasSuffix(".pdfa.pdf") || url.deletingLastPathComponent().lastPathComponent == "pdfa")
            let key = Self.key(path)
            do {
                let i = try PDFInspector.inspect(url)
                let problems = i.problems(for: isA ? .pdfa : .pdf, expectedPages: expected.isEmpty ? nil : (expected[key] ?? -1))
                let pdfa = i.pdfaPart.map { "PDF/A-\($0)\(i.pdfaConformance?.lowercased() ?? "")" } ?? "-"
                print("\(problems.isEmpty ? "ok  " : "FAIL") \(path): \(i.pages) pages, \(i.fonts) fonts embedded \(i.fonts - i.fontsNotEmbedded.count)/\(i.fonts), "
                      + "tagged \(i.tagged ? "yes" : "no"), \(pdfa), lang \(i.language ?? "-")\(problems.isEmpty ? "" : " — " + problems.joined(separator: "; "))")
                if !problems.isEmpty { bad += 1 }
                recorded[key] = i.pages
            } catch {
                print("FAIL \(path): \(error)")
                bad += 1
            }
        }
        if let recordPages {
            let text = "# Expected pages per sample document (privdoc pdf check --record-pages); PDF and PDF/A must agree.\n"
                + recorded.keys.sorted().map { "\($0) \(recorded[$0]!)" }.joined(separator: "\n") + "\n"
            do { try text.write(toFile: recordPages, atomically: true, encoding: .utf8) } catch {
                Console.error("\(recordPages): cannot write"); throw ExitCodes.ioError
            }
        }
        Console.error("\(files.count - bad) of \(files.count) PDFs pass")
        if bad > 0 { throw ExitCodes.invalidInput }
    }
}
