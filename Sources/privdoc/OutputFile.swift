import DocumentOutput
import Foundation

/// Writes one output file atomically and prints its path.
func writeOutputFile(_ bytes: [UInt8], to target: URL, force: Bool) throws {
    try store(bytes, at: target, force: force)
    print(target.path)
}

/// Writes the files of one package (`translations review-package`) into `folder`, each atomically, and
/// prints nothing: the caller names the folder. All or nothing against existing files (decision 190):
/// when a file there has other content and `force` is off, every such file is named, exit 3, and none is
/// written, so the folder never holds a package half old, half new.
func writeOutputFiles(_ files: [(name: String, bytes: [UInt8])], into folder: URL, as given: String, force: Bool) throws {
    try createOutputFolder(folder, as: given)
    let targets = files.map { (url: folder.appendingPathComponent($0.name), bytes: $0.bytes) }
    try refuseTaken(targets, force: force)
    for t in targets { try store(t.bytes, at: t.url, force: force) }
}

/// Before anything is written: every target that holds other content is named and, unless `force`, the
/// run stops with exit 3 — the same rule `store` applies file by file, checked for all files first.
func refuseTaken(_ targets: [(url: URL, bytes: [UInt8])], force: Bool) throws {
    guard !force else { return }
    let taken = targets.filter { t in FileManager.default.contents(atPath: t.url.path).map { !$0.elementsEqual(t.bytes) } ?? false }
    for t in taken { Console.error("\(t.url.path): exists with other content; not overwritten (use --force)") }
    if !taken.isEmpty { throw ExitCodes.outputExists }
}

/// The one place where the outcome of writing a file becomes an exit code (decision 006): another file
/// already there → 3, a failed write → 74.
private func store(_ bytes: [UInt8], at target: URL, force: Bool) throws {
    do {
        switch try AtomicFileWriter.write(bytes, to: target, overwrite: force) {
        case .written, .replaced, .unchanged:
            return
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
