import ArgumentParser
import Assembly
import DocumentOutput
import Foundation
import ODF

/// Where and how a document is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String = "out"

    @Flag(name: .long, help: "Replace an existing file with the same name.")
    var force = false
}

/// Assembles one document, packages it and writes it atomically; prints the path on stdout.
func renderOneDocument(template: String, library lib: Library, render: RenderArguments, output: OutputOptions) throws {
    let data = try render.loadCase()
    let options = try render.renderOptions()
    let assembled: AssembledDocument
    switch Assembler(library: lib).assemble(template: template, data: data, options: options) {
    case .success(let doc): assembled = doc
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
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
        Console.error("\(output.out): cannot create the output folder")
        throw ExitCodes.ioError
    }
    let target = folder.appendingPathComponent(assembled.fileStem + ".odt")
    do {
        switch try AtomicFileWriter.write(bytes, to: target, overwrite: output.force) {
        case .written, .replaced, .unchanged:
            print(target.path)
        case .existsDifferent:
            Console.error("\(target.path): exists with other content; not overwritten (use --force)")
            throw ExitCodes.outputExists
        }
    } catch let error as OutputError {
        Console.error(error.description)
        throw ExitCodes.ioError
    }
}
