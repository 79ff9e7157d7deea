import ArgumentParser
import Assembly

/// `privdoc letter <kind>`: one data-subject request letter.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Write one letter about a data-subject request and print its path.")

    /// The letter kinds and the templates behind them.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case acknowledgement, identification, `extension`, decision, refusal
        var templateID: String { "dsr-\(rawValue)" }
    }

    @Argument(help: "acknowledgement | identification | extension | decision | refusal")
    var kind: Kind

    @OptionGroup var library: LibraryOptions
    @OptionGroup var render: RenderArguments
    @OptionGroup var output: OutputOptions

    func run() throws {
        try renderOneDocument(template: kind.templateID, library: library, render: render, output: output)
    }
}

/// `privdoc agreement`: a processor agreement (verwerkersovereenkomst).
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Write a processor agreement on the VNG model and print its path.")

    @OptionGroup var library: LibraryOptions
    @OptionGroup var render: RenderArguments
    @OptionGroup var output: OutputOptions

    func run() throws {
        try renderOneDocument(template: "processor-agreement", library: library, render: render, output: output)
    }
}
