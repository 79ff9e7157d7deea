import ArgumentParser
import Assembly

/// `privdoc letter <kind>`: one data-subject request letter.
struct LetterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "letter",
                             abstract: "Write one letter about a data-subject request and print its path.",
                             discussion: DocumentKinds.discussion(.letter))
    }

    @Argument(help: "The letter kind (one of the kinds listed above, each a template in templates/).")
    var kind: String

    @OptionGroup var library: LibraryOptions
    @OptionGroup var render: RenderArguments
    @OptionGroup var output: OutputOptions
    @OptionGroup var formats: FormatOptions

    func validate() throws { try DocumentKinds.validate(.letter, kind: kind, library: library) }

    func run() throws {
        let lib = try library.loadLibrary()
        try renderOneDocument(template: try DocumentKinds.templateID(.letter, kind: kind, in: lib), library: lib,
                              render: render, output: output, formats: formats)
    }
}

/// `privdoc agreement`: a processor agreement (verwerkersovereenkomst).
struct AgreementCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "agreement",
                             abstract: "Write a processor agreement on the VNG model and print its path.",
                             discussion: DocumentKinds.discussion(.agreement))
    }

    @Argument(help: "The agreement kind; may be left out when the library has one.")
    var kind: String?

    @OptionGroup var library: LibraryOptions
    @OptionGroup var render: RenderArguments
    @OptionGroup var output: OutputOptions
    @OptionGroup var formats: FormatOptions

    func validate() throws { try DocumentKinds.validate(.agreement, kind: kind, library: library) }

    func run() throws {
        let lib = try library.loadLibrary()
        try renderOneDocument(template: try DocumentKinds.templateID(.agreement, kind: kind, in: lib), library: lib,
                              render: render, output: output, formats: formats)
    }
}
