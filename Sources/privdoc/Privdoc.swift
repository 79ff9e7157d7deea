import ArgumentParser
import PDFConversion

/// The command-line entry point: parse arguments, call one library function, print, exit (style.md habit 8).
@main
struct Privdoc: ParsableCommand {
    /// ArgumentParser's `main`, except that while Ctrl-C is being handled the signal handler ends the
    /// process (its cleanup, then 130/143), whatever the interrupted command returns meanwhile.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ProcessRegistry.shared.waitIfStopping()
            exit(withError: error)
        }
        ProcessRegistry.shared.waitIfStopping()
    }

    static let configuration = CommandConfiguration(
        commandName: "privdoc",
        abstract: "Assembles privacy letters and processor agreements as OpenDocument Text (.odt).",
        discussion: """
        Exit codes: 0 ok · 1 invalid input or lint findings (nothing written) · 2 batch finished with rejected rows · \
        3 the output file exists (use --force) · 64 usage error · 69 LibreOffice (for --format pdf/pdfa) missing or failing · \
        70 internal error · 74 cannot read or write a file, or too few file descriptors or threads · \
        75 another batch holds the output folder · 130/143 batch stopped by SIGINT/SIGTERM.
        """,
        version: "0.1.0",
        subcommands: [LetterCommand.self, AgreementCommand.self, BatchCommand.self, DeadlineCommand.self,
                      LintCommand.self, ExplainCommand.self, SampleCommand.self, TranslationsCommand.self,
                      BenchCommand.self, PDFCommand.self,
                      ReferenceCommand.self, CheckReferenceCommand.self, RegisterCommand.self]
    )
}
