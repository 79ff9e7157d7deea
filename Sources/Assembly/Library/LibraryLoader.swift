import PrivdocDiagnostics
import Foundation

/// Reads a library folder (templates.md: `templates/*.yaml`, `templates/organisation.yaml`,
/// `locales/<lang>/*.yaml`). Files are read in sorted order so results never depend on the file system.
enum LibraryLoader {
    static func load(root: URL) throws(Diagnostics) -> Library {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        var missing: [Diagnostic] = []
        for folder in ["templates", "locales"] {
            let path = root.appendingPathComponent(folder).path
            if !fm.fileExists(atPath: path, isDirectory: &isDirectory) || !isDirectory.boolValue {
                missing.append(.error(.libraryMissing, at: SourceLocation(file: folder),
                                      "\(root.path) is not a privdoc library: the folder \(folder)/ is missing"))
            }
        }
        if !missing.isEmpty { throw Diagnostics(missing) }
        var bag = DiagnosticBag()

        var templates: [String: Template] = [:]
        let templateFiles = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent("templates").path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != TemplateLoader.organisationFile }
            .sorted()
        for name in templateFiles {
            let file = "templates/\(name)"
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
                bag.error(.templateRead, at: SourceLocation(file: file), "cannot read the file as UTF-8 text")
                continue
            }
            let (template, problems) = TemplateLoader.load(text: text, file: file)
            bag.add(contentsOf: problems)
            if let template { templates[template.id] = template }
        }
        // One template per command and kind, or the CLI could not tell them apart.
        var kinds: [String: String] = [:]
        for id in templates.keys.sorted() {
            guard let k = templates[id]?.documentKind else { continue }
            if let other = kinds.updateValue(id, forKey: "\(k.command.rawValue) \(k.kind)") {
                bag.error(.templateStructure, at: SourceLocation(file: "templates/\(id).yaml"),
                          "`\(k.command.rawValue) \(k.kind)` is also the command and kind of templates/\(other).yaml")
            }
        }

        var locales: [String: LocaleBundle] = [:]
        let localeRoot = root.appendingPathComponent("locales")
        let codes = ((try? fm.contentsOfDirectory(atPath: localeRoot.path)) ?? []).filter {
            fm.fileExists(atPath: localeRoot.appendingPathComponent($0).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
        for code in codes {
            let (bundle, problems) = LocaleLoader.load(folder: localeRoot.appendingPathComponent(code), code: code)
            bag.add(contentsOf: problems)
            locales[code] = bundle
        }

        let (organisation, orgProblems) = Organisation.load(root: root)
        bag.add(contentsOf: orgProblems)
        let (houseStyle, styleProblems) = HouseStyle.load(root: root, reference: organisation?.houseStyleReference)
        bag.add(contentsOf: styleProblems)
        let (checkData, checkProblems) = CheckData.load(root: root)
        bag.add(contentsOf: checkProblems)
        return Library(root: root, templates: templates, locales: locales, organisation: organisation,
                       houseStyle: houseStyle, houseStyleProblems: styleProblems, loadProblems: Diagnostics(bag.items).items,
                       checkData: checkData)
    }
}
