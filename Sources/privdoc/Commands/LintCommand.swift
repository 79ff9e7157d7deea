import ArgumentParser
import Assembly

/// `privdoc lint`: checks every template and every locale.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check templates and clause libraries: references, missing/draft/stale translations, fields.")

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Treat draft and stale translations as errors.")
    var strict = false

    @Flag(name: .long, help: "List every draft clause (by default one line per language says how many).")
    var verbose = false

    func run() throws {
        let lib = try library.loadLibrary()
        let findings = lib.lint(strict: strict, verbose: verbose)
        Console.report(findings)
        if findings.contains(where: { $0.severity == .error }) { throw ExitCodes.invalidInput }
        if findings.isEmpty { Console.error("lint: clean (\(lib.templateIDs.count) templates, \(lib.languages.count) languages)") }
    }
}

/// `privdoc explain`: a plain-text report for legal review, without writing a document.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which clauses a case selects or drops, why, their versions and the fields that feed them.")

    @Argument(help: "Template id, e.g. dsr-extension or processor-agreement.")
    var template: String

    @OptionGroup var library: LibraryOptions
    @OptionGroup var render: RenderArguments

    func run() throws {
        let lib = try library.loadLibrary()
        let data = try render.loadCase()
        let options = try render.renderOptions()
        switch Assembler(library: lib).explain(template: template, data: data, options: options) {
        case .success(let explanation):
            Console.report(explanation.warnings)
            print(explanation.text, terminator: explanation.text.hasSuffix("\n") ? "" : "\n")
        case .failure(let diagnostics):
            Console.report(diagnostics.items)
            throw ExitCodes.invalidInput
        }
    }
}
