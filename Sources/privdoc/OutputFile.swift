import DocumentOutput
import Foundation

/// Writes one output file atomically and prints its path. The one place where the outcome of writing a
/// file becomes an exit code (decision 006): another file already there → 3, a failed write → 74.
func writeOutputFile(_ bytes: [UInt8], to target: URL, force: Bool) throws {
    do {
        switch try AtomicFileWriter.write(bytes, to: target, overwrite: force) {
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

/// Creates the folder output goes into; a failure is an I/O error (74), named as the user gave it.
func createOutputFolder(_ folder: URL, as given: String? = nil) throws {
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
        Console.error("\(given ?? folder.path): cannot create the output folder")
        throw ExitCodes.ioError
    }
}
