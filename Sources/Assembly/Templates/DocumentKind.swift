import PrivdocDiagnostics
import Foundation
import Yams

/// The CLI command a template is reached by (`privdoc letter <kind>`, `privdoc agreement [<kind>]`).
/// The list of kinds is data — each template's `command:`, `kind:` and `description:` — so a new letter
/// is a new file in `templates/`, with no change to Swift (decision 011).
public enum DocumentCommand: String, Hashable, Sendable, CaseIterable {
    case letter, agreement
}

/// One document kind the library offers: which command and kind name reach which template.
public struct DocumentKind: Hashable, Sendable, Comparable {
    /// The command that writes it.
    public let command: DocumentCommand
    /// The kind's name on the command line (`extension`), unique within the command.
    public let kind: String
    /// The template id (`dsr-extension`).
    public let templateID: String
    /// One line for `--help`.
    public let description: String

    /// Creates a kind.
    public init(command: DocumentCommand, kind: String, templateID: String, description: String) {
        self.command = command
        self.kind = kind
        self.templateID = templateID
        self.description = description
    }

    /// By command, then kind, then template id (two templates claiming one kind are an error, but their
    /// order must not depend on a dictionary's).
    public static func < (a: DocumentKind, b: DocumentKind) -> Bool {
        (a.command.rawValue, a.kind, a.templateID) < (b.command.rawValue, b.kind, b.templateID)
    }

    /// The kinds of a command, for help text: `  extension   Extension of the term (GDPR art. 12(3))`.
    public static func helpList(_ kinds: [DocumentKind], command: DocumentCommand) -> String {
        let mine = kinds.filter { $0.command == command }.sorted()
        let width = mine.map(\.kind.count).max() ?? 0
        return mine.map { "  " + $0.kind.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.description }
            .joined(separator: "\n")
    }

    /// The kinds declared by the templates under `root/templates/`, read without loading the clause
    /// libraries (for `--help`, which runs before any option is parsed). Templates that do not parse are
    /// left out here; loading the library reports them.
    public static func scan(root: URL) -> [DocumentKind] {
        scan(folder: root.appendingPathComponent("templates"))
    }

    /// The kinds of the shipped templates and the organisation's (which add kinds or replace a shipped
    /// template by id, decision 091).
    public static func scan(_ layers: LibraryLayers) -> [DocumentKind] {
        var byTemplate: [String: DocumentKind] = [:]
        for kind in scan(root: layers.shipped) { byTemplate[kind.templateID] = kind }
        if let org = layers.organisation {
            for kind in scan(folder: org.appendingPathComponent("templates")) { byTemplate[kind.templateID] = kind }
        }
        return byTemplate.values.sorted()
    }

    private static func scan(folder: URL) -> [DocumentKind] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != TemplateLoader.organisationFile }.sorted()
        return names.compactMap { name -> DocumentKind? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            // The header is enough for the kind (decision 132); a file laid out otherwise is read whole.
            return TemplateHeader.kindReadingWholeIfNeeded(text: text, file: "templates/\(name)", templateID: name.replacingSuffix(".yaml", ""))
        }.sorted()
    }
}

extension TemplateLoader {
    /// The template file that is not a template.
    static let organisationFile = "organisation.yaml"

    /// Reads `command:`, `kind:` and `description:` (all three required). The one reading of these keys,
    /// used by the loader and by `DocumentKind.scan`.
    static func kind(of map: Node.Mapping, templateID: String, yaml: inout YAMLReader) -> DocumentKind? {
        let missing = ["command", "kind", "description"].filter { map[$0] == nil }
        if !missing.isEmpty {
            yaml.bag.error(.templateStructure, at: SourceLocation(file: yaml.file, line: 1),
                           "a template needs \(missing.map { "`\($0):`" }.joined(separator: ", ")) (how the CLI reaches it; templates.md §2)")
            return nil
        }
        guard let commandNode = map["command"], let commandText = yaml.string(commandNode, "command") else { return nil }
        guard let command = DocumentCommand(rawValue: commandText) else {
            yaml.bag.error(.templateStructure, at: yaml.location(commandNode),
                           "command must be \(DocumentCommand.allCases.map(\.rawValue).joined(separator: " or "))")
            return nil
        }
        guard let kind = map["kind"].flatMap({ yaml.id($0, "kind") }),
              let description = map["description"].flatMap({ yaml.string($0, "description") }) else { return nil }
        if description.contains("\n") {
            yaml.bag.error(.templateStructure, at: yaml.location(map["description"]!), "description must be one line (it is the --help text)")
            return nil
        }
        return DocumentKind(command: command, kind: kind, templateID: templateID, description: description)
    }
}
