import Assembly
import PrivdocDiagnostics
import Foundation
import Translations

/// The XLIFF importer: any bytes give a report or a failure; an import that writes files leaves a library
/// that still loads and whose clause texts all still parse — the crash of issue 15 was an import that made
/// every later letter fail. Clause texts are parsed on first use (decision 133), so the check is `lint`,
/// which parses every text, and compares its syntax errors with the copy's before the run.
///
/// Runs on a private copy of the library (`--root`), so the repository is never touched; most inputs are
/// imported for real into the copy, since only a real import can break the library.
final class XLIFFTarget: FuzzTarget {
    let name = "xliff"
    let maximumLength = 256 * 1024
    let dictionary = ["<trans-unit id=\"", "\">", "<source>", "</source>", "<target>", "</target>", "<target state=\"translated\">",
                      "state=\"final\"", "approved=\"yes\"", "{{", "}}", "{{#if ", "{{/if}}", "{{ref ", "**", "[", "](", "&amp;", "&#x0;",
                      "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;", "<![CDATA[", "]]>", "<g id=\"1\">", "</g>", "\u{202E}", "<note>", "\n"]
    private let copy: URL
    private(set) var imports = 0
    /// The clause-text syntax errors of the copy before the run (none, for the shipped library).
    private let syntaxBefore: Set<String>

    /// Copies the library at `root` (templates/ and locales/) to a private folder.
    init(root: URL) throws {
        copy = FileManager.default.temporaryDirectory.appendingPathComponent("privdoc-fuzz-library-\(getpid())")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for folder in ["templates", "locales"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
        }
        syntaxBefore = Self.syntaxErrors(try Library.load(root: copy))   // it loads before the run
    }

    /// What the engine's clause grammar (ClauseSyntax) reports, as lint finds it in every text.
    private static func syntaxErrors(_ library: Library) -> Set<String> {
        let codes: Set<DiagnosticCode> = [.clauseSyntax, .clauseLimit, .clauseCharacter, .conditionSyntax, .conditionLimit]
        return Set(library.lint(strict: false).filter { $0.severity == .error && codes.contains($0.code) }.map(\.description))
    }

    deinit { try? FileManager.default.removeItem(at: copy) }

    /// A seed: the current export of `language` from the copy.
    func export(_ language: String) -> [UInt8]? {
        (try? XLIFFExporter.export(root: copy, language: language)).map { Array($0.data) }
    }

    func run(_ input: [UInt8]) -> Outcome {
        let report: ImportReport
        do {
            report = try XLIFFImporter.run(data: Data(input), file: "fuzz.xlf", root: copy, dryRun: false)
        } catch {
            switch error {
            case .invalid(let problems):
                guard !problems.isEmpty else { return .violated("refused without a problem") }
                return .held(signature: "invalid:\(problems.first!.message.prefix(30))")
            case .io(let message):
                return .held(signature: "io:\(message.prefix(30))")
            }
        }
        guard !report.written.isEmpty else {
            return .held(signature: report.problems.isEmpty ? "nothing" : "rejected:\(report.problems.first!.message.prefix(30))")
        }
        imports += 1
        do {
            let added = Self.syntaxErrors(try Library.load(root: copy)).subtracting(syntaxBefore)
            if !added.isEmpty {
                return .violated("an import wrote \(report.written) and lint finds clause texts that do not parse: \(added.sorted().prefix(3))")
            }
        } catch {
            return .violated("an import wrote \(report.written) and the library no longer loads: \(error.items.prefix(3))")
        }
        return .held(signature: "imported")
    }
}
