import ArgumentParser
import Foundation
import Translations

/// `privdoc translations`: the translators' round trip through XLIFF 1.2 (docs/translating.md).
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Export a language to XLIFF 1.2 for a CAT tool, import the translated file, or make a review package.",
        subcommands: [Export.self, Import.self, ReviewPackageCommand.self])

    /// `privdoc translations export --lang pl FILE.xlf`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every Dutch clause with its current translation and state to an XLIFF 1.2 file.")

        @Option(name: .long, help: "Language to translate into (a folder locales/<lang> with locale.yaml).")
        var lang: String

        @Argument(help: "The XLIFF file to write, e.g. pl.xlf.")
        var file: String

        @Option(name: .long, help: "Folder holding locales/ (default: $PRIVDOC_ROOT or the current folder).")
        var root: String?

        @Flag(name: .long, help: "Replace the file if it exists with other content (a returned translation is lost).")
        var force = false

        func run() throws {
            let result = try translationsCall { () throws(TranslationFailure) in
                try XLIFFExporter.export(root: translationsRoot(root), language: lang)
            }
            // The shared writer and its rule (decision 190): a translator's returned pl.xlf is not replaced.
            let target = URL(fileURLWithPath: file)
            try writeOutputFiles([(target.lastPathComponent, Array(result.data))], into: target.deletingLastPathComponent(),
                                 as: (file as NSString).deletingLastPathComponent.isEmpty ? "." : (file as NSString).deletingLastPathComponent,
                                 force: force)
            Console.error("exported \(result.unitCount) units (\(TargetState.summary(result.counts)))")
            print(file)
        }
    }

    /// `privdoc translations import FILE.xlf`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a translated XLIFF 1.2 file and write its changed units into locales/<lang>/*.yaml.",
            discussion: "All or nothing: when any unit is rejected, no file is changed. Exit 1 when anything was rejected.")

        @Argument(help: "The translated XLIFF file.")
        var file: String

        @Option(name: .long, help: "Folder holding locales/ (default: $PRIVDOC_ROOT or the current folder).")
        var root: String?

        @Flag(name: .long, help: "Check and report, but write nothing.")
        var dryRun = false

        func run() throws {
            let report = try translationsCall { () throws(TranslationFailure) in
                try XLIFFImporter.run(xliff: URL(fileURLWithPath: file), root: translationsRoot(root), dryRun: dryRun)
            }
            for problem in report.problems { Console.error(problem.description) }
            for line in report.summary { print(line) }
            if !report.isClean { throw ExitCodes.invalidInput }
        }
    }

    /// `privdoc translations review-package --lang pl --out DIR`.
    struct ReviewPackageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review-package",
            abstract: "Write the package for a qualified translator's review of a language into a folder.",
            discussion: """
            The folder gets README.md (what the review is), LANG.xlf (the units not yet signed off, XLIFF 1.2), \
            termbase-LANG.tbx and termbase-LANG.csv (the termbase, templates/data/termbase.csv) and back-translation-LANG.txt \
            (the legal clauses to back-translate, templates/data/legal-clauses.txt). The same library gives the same bytes. \
            A file already in the folder with other content (a package the translator has started on) is not replaced \
            without --force, and then nothing is written.
            """)

        @Option(name: .long, help: "Language to review (a folder locales/<lang> with locale.yaml).")
        var lang: String

        @Option(name: .long, help: "The folder to write the package into (created if needed).")
        var out: String

        @Option(name: .long, help: "Folder holding locales/ (default: $PRIVDOC_ROOT or the current folder).")
        var root: String?

        @Flag(name: .long, help: "Replace package files that exist with other content (a translator's edits are lost).")
        var force = false

        func run() throws {
            let result = try translationsCall { () throws(TranslationFailure) in
                try ReviewPackage.make(root: translationsRoot(root), language: lang)
            }
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try writeOutputFiles(result.files.map { ($0.name, Array($0.data)) }, into: folder, as: out, force: force)
            Console.error("review package \(lang): \(result.counts.values.reduce(0, +)) units (\(TargetState.summary(result.counts))), "
                          + "\(result.legalUnits) to back-translate, \(result.terms) terms")
            print(folder.path)
        }
    }
}

/// The library root: `--root`, else $PRIVDOC_ROOT, else the current folder.
private func translationsRoot(_ root: String?) -> URL {
    URL(fileURLWithPath: root ?? ProcessInfo.processInfo.environment["PRIVDOC_ROOT"] ?? FileManager.default.currentDirectoryPath)
}

/// Runs a library call, mapping its failure to messages on stderr and an exit code (1 invalid, 74 I/O).
private func translationsCall<T>(_ body: () throws(TranslationFailure) -> T) throws -> T {
    do {
        return try body()
    } catch .invalid(let problems) {
        for p in problems { Console.error(p.description) }
        throw ExitCodes.invalidInput
    } catch .io(let message) {
        Console.error(message)
        throw ExitCodes.ioError
    }
}
