import ArgumentParser
import Assembly
import DocumentOutput
import Foundation
import ODF
import PDFConversion
import Synchronization

/// Where and how a document is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String = "out"

    @Flag(name: .long, help: "Replace an existing file with the same name.")
    var force = false
}

/// Assembles one document, packages it and writes it atomically; prints the path on stdout.
func renderOneDocument(template: String, library lib: Library, render: RenderArguments, output: OutputOptions,
                       formats formatOptions: FormatOptions) throws {
    let formats = try formatOptions.formats
    let office = try formatOptions.libreOffice()
    let data = try render.loadCase()
    let options = try render.renderOptions()
    let assembled: AssembledDocument
    switch Assembler(library: lib).assemble(template: template, data: data, options: options) {
    case .success(let doc):
        assembled = doc
        Console.report(doc.warnings)   // warnings are printed, never swallowed (issue 15)
    case .failure(let diagnostics):
        Console.report(diagnostics.items)
        throw ExitCodes.invalidInput
    }
    let bytes: [UInt8]
    do {
        bytes = try assembled.package()
    } catch {
        Console.error("internal error: \(error)")
        throw ExitCodes.internalError
    }
    let folder = URL(fileURLWithPath: output.out, isDirectory: true)
    try createOutputFolder(folder, as: output.out)
    let target = folder.appendingPathComponent(assembled.fileStem + ".odt")
    guard let office else { return try writeOutputFile(bytes, to: target, force: output.force) }
    // The PDFs first, from the ODT bytes, so that a LibreOffice that is there but cannot start (a program
    // that is not LibreOffice, a broken install) leaves nothing at all — not an .odt without its PDF
    // (issue 14: "write nothing half"). An .odt that is somebody else's file still stops the run before
    // LibreOffice is started (exit 3).
    if formats.contains(.odt) { try refuseTaken([(target, bytes)], force: output.force) }
    let pdfs = try writePDFs(of: bytes, stem: assembled.fileStem, folder: folder, formats: formats, office: office,
                             timeout: formatOptions.pdfTimeout, force: output.force)
    if formats.contains(.odt) { try writeOutputFile(bytes, to: target, force: output.force) }
    for path in pdfs.paths { print(path) }
    if let exit = pdfs.exit { throw exit }
}

/// Converts the document to each PDF format asked for with one LibreOffice; returns the PDFs' paths and,
/// when one failed, the exit code. Throws (exit 69) when LibreOffice could not be started at all: then
/// nothing is written. A PDF that is current for these ODT bytes (same source, decision 061) is left alone.
private func writePDFs(of bytes: [UInt8], stem: String, folder: URL, formats: OutputFormats,
                       office: LibreOffice, timeout: Double, force: Bool) throws -> (paths: [String], exit: ExitCode?) {
    let producer: PDFProducer
    do {
        producer = try PDFProducer(output: PDFOutput(folder: folder, formats: formats, force: force),
                                   settings: .init(size: 1, timeout: timeout, restartEvery: 0), factory: office.converterFactory)
    } catch {
        Console.error(error.description)
        throw ExitCodes.conversion(error)
    }
    let outcome = Mutex<[Result<PDFOutput.Placed, ProductionError>]>([])
    producer.submit(stem: stem, odtSHA256: SHA256.hex(bytes), source: .bytes(bytes)) { results in
        outcome.withLock { $0 = results }
    }
    producer.finish()
    let results = outcome.withLock { $0 }
    if let unavailable = results.lazy.compactMap({ r -> ConversionError? in
        if case .failure(.conversion(let e)) = r, case .unavailable = e { return e } else { return nil }
    }).first {
        Console.error("\(stem): \(unavailable)")
        throw ExitCodes.conversion(unavailable)
    }
    var paths: [String] = []
    var exit: ExitCode?
    for result in results {
        switch result {
        case .success(let placed): paths.append(folder.appendingPathComponent(placed.file).path)
        case .failure(let error):
            Console.error("\(stem): \(error)")
            switch error {
            case .conversion(let e): exit = exit ?? ExitCodes.conversion(e)
            case .placement(.exists): exit = exit ?? ExitCodes.outputExists
            case .placement: exit = exit ?? ExitCodes.ioError
            }
        }
    }
    return (paths, exit)
}
