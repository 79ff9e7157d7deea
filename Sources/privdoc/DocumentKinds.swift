import ArgumentParser
import Assembly
import Foundation

/// The document kinds come from `templates/` (decision 011): the help text lists what the library in
/// `$PRIVDOC_ROOT` or the current folder declares, and a command resolves its kind against the library
/// it actually loads (`--root`).
enum DocumentKinds {
    /// The kinds of the default library, read once per process for `--help`. ArgumentParser builds every
    /// command's configuration (and so this discussion) on every start; scanning the templates then cost a
    /// third of `privdoc deadline` (issue 17), so they are scanned only when help can be shown.
    static let forHelp: [DocumentKind] = helpRequested ? DocumentKind.scan(LibraryOptions.defaultLayers) : []

    /// Whether the command line may print help or tool information (which show the discussion).
    private static var helpRequested: Bool {
        CommandLine.arguments.dropFirst().contains {
            $0 == "-h" || $0 == "--help" || $0 == "help" || $0.hasPrefix("--experimental-dump-help") || $0.hasPrefix("--generate-completion")
        }
    }

    /// `Kinds (templates/ in …):` and one line per kind, or a hint when the folder has none.
    static func discussion(_ command: DocumentCommand) -> String {
        let list = DocumentKind.helpList(forHelp, command: command)
        return list.isEmpty ? "No \(command.rawValue) kinds found: run in a library folder or set PRIVDOC_ROOT."
            : "Kinds (from templates/ of $PRIVDOC_ROOT or the current folder):\n" + list
    }

    /// The template for a command and kind; without a kind, the command's only one. An unknown kind is a
    /// usage error (exit 64) that lists the kinds the library has.
    static func templateID(_ command: DocumentCommand, kind: String?, in library: Library) throws -> String {
        try templateID(command, kind: kind, among: library.documentKinds)
    }

    /// The same against a scan of the templates folder (in `validate()`, before the library is loaded,
    /// so that the usage error shows the command's own usage line).
    /// The library `run()` will use is loaded here already (once per process, `LibraryOptions.loadLibrary`)
    /// and its kinds tried first; only a kind it does not resolve is looked up by the scan, so the usage
    /// error stays the scan's.
    static func validate(_ command: DocumentCommand, kind: String?, library: LibraryOptions) throws {
        if case .success(let lib) = library.loadedLibrary, (try? templateID(command, kind: kind, among: lib.documentKinds)) != nil { return }
        _ = try templateID(command, kind: kind, among: DocumentKind.scan(library.layers))
    }

    private static func templateID(_ command: DocumentCommand, kind: String?, among all: [DocumentKind]) throws -> String {
        let mine = all.filter { $0.command == command }
        let kinds = mine.map(\.kind)
        guard let kind else {
            if mine.count == 1 { return mine[0].templateID }
            throw ValidationError("name the \(command.rawValue) kind: \(kinds.joined(separator: ", "))")
        }
        if let found = mine.first(where: { $0.kind == kind }) { return found.templateID }
        throw ValidationError("unknown \(command.rawValue) kind `\(Console.printable(kind))`; the library has: \(kinds.joined(separator: ", "))")
    }
}
