import PrivdocDiagnostics
import Foundation

/// Reads a library folder (templates.md: `templates/*.yaml`, `templates/organisation.yaml`,
/// `locales/<lang>/*.yaml`). Files are read in sorted order so results never depend on the file system.
enum LibraryLoader {
    static func load(root: URL) throws(Diagnostics) -> Library {
        try load(LibraryLayers(shipped: root))
    }

    static func load(_ layers: LibraryLayers) throws(Diagnostics) -> Library {
        let root = layers.shipped
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
        if let org = layers.organisation {
            if !fm.fileExists(atPath: org.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
                missing.append(.error(.orgMissing, at: SourceLocation(file: layers.organisationLabel),
                                      "the organisation folder does not exist (--org or PRIVDOC_ORG)"))
            } else if !fm.fileExists(atPath: org.appendingPathComponent("organisation.yaml").path) {
                missing.append(.error(.orgMissing, at: SourceLocation(file: layers.display("organisation.yaml")),
                                      "an organisation folder needs its profile, organisation.yaml"))
            }
        }
        if !missing.isEmpty { throw Diagnostics(missing) }
        var bag = DiagnosticBag()

        // Templates are parsed on first use; their ids and kinds are known now (decision 132).
        var files: [String: TemplateStore.File] = [:]
        let templateFiles = ((try? fm.contentsOfDirectory(atPath: root.appendingPathComponent("templates").path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && $0 != TemplateLoader.organisationFile }
            .sorted()
        for name in templateFiles {
            let file = "templates/\(name)"
            let id = name.replacingSuffix(".yaml", "")
            // An unreadable file is kept with its read error: the letter of its id gets that error.
            files[id] = TemplateStore.File(id: id, file: file, text: try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8))
        }
        // The organisation's templates add kinds, or replace a shipped template with the same id.
        var shadowed: [TemplateStore.File] = []
        for file in OrganisationLayer.templateFiles(layers) {
            if let shipped = files.updateValue(file, forKey: file.id) { shadowed.append(shipped) }
        }
        let templates = TemplateStore(files: Array(files.values), shadowed: shadowed)   // it sorts the ids itself
        // One template per command and kind, or the CLI could not tell them apart: each template that
        // claims a kind another also claims is refused, at its own file.
        var claims: [String: [String]] = [:]
        for id in templates.ids {
            guard let k = templates.kind(of: id) else { continue }
            claims["`\(k.command.rawValue) \(k.kind)`", default: []].append(id)
        }
        for (kind, ids) in claims where ids.count > 1 {
            for id in ids {
                let others = ids.filter { $0 != id }.compactMap(templates.file(of:))
                bag.error(.templateStructure, at: SourceLocation(file: templates.file(of: id) ?? id),
                          "\(kind) is also the command and kind of \(others.joined(separator: ", ")); give each template its own kind")
            }
        }

        let localeRoot = root.appendingPathComponent("locales")
        let codes = ((try? fm.contentsOfDirectory(atPath: localeRoot.path)) ?? []).filter {
            fm.fileExists(atPath: localeRoot.appendingPathComponent($0).path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
        let overrides = OrganisationLayer.clauseFiles(layers, shippedLanguages: codes, bag: &bag)
        let (plurals, pluralProblems) = PluralData.load(root: root)
        bag.add(contentsOf: pluralProblems)
        // Each language is read when a document, lint or the batch first asks for it (decision 130).
        let locales = LocaleStore(codes: codes) { code in
            LocaleLoader.load(folder: localeRoot.appendingPathComponent(code), code: code,
                              overrides: overrides[code] ?? [], plurals: plurals[code])
        }
        let (organisation, orgProblems) = Organisation.load(url: layers.profile.url, file: layers.profile.file)
        bag.add(contentsOf: orgProblems)
        let (houseStyle, styleProblems) = HouseStyle.load(root: root, profile: layers.profile, reference: organisation?.houseStyleReference)
        bag.add(contentsOf: styleProblems)
        let (checkData, checkProblems) = CheckData.load(root: root)
        bag.add(contentsOf: checkProblems)
        let (countries, countryProblems) = CountryList.load(root: root)
        bag.add(contentsOf: countryProblems)
        return Library(root: root, layers: layers, templates: templates, locales: locales, organisation: organisation,
                       houseStyle: houseStyle, houseStyleProblems: styleProblems, baseProblems: bag.items,
                       checkData: checkData, countries: countries)
    }
}
