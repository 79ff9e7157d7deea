import DelimitedText
import PrivdocDiagnostics
import Foundation
import ODF

/// The register of processors (the agency's policy art. 8(1): an overview of every external party it
/// exchanges data with): one row per processor agreement, read from the agreements' own case files, so
/// the register never disagrees with what was signed (decision 074).
///
/// Every case is validated exactly as `privdoc agreement` validates it — fields, per-language values,
/// rules, the transfer check — and all problems of all files are reported together; nothing is written
/// when one file is wrong.
public struct ProcessorRegister: Sendable {
    /// The column headings, in order.
    public var headings: [String]
    /// One row per agreement, sorted by processor name, then agreement reference.
    public var rows: [[Spreadsheet.Cell]]
    /// The sheet name and document title in the register's language.
    public var sheetName: String
    public var title: String
    /// Warnings of the case files (plausibility), printed by the caller.
    public var warnings: [Diagnostic]

    /// The template the register reads.
    public static let templateID = "processor-agreement"

    /// Reads the case files (sorted, so the order of the arguments does not matter) into rows.
    public static func build(library: Library, files: [URL], language: String) -> Result<ProcessorRegister, Diagnostics> {
        guard let template = library.templates[templateID] else {
            let broken = library.templateLoadErrors(templateID)
            if !broken.isEmpty { return .failure(Diagnostics(broken)) }
            return .failure(Diagnostics([.error(.templateUnknown, at: nil, "the library has no \(templateID) template")]))
        }
        guard let locale = library.locales[language] else {
            return .failure(Diagnostics([.error(.languageUnknown, at: SourceLocation(file: "--lang"), field: "language",
                                                "unknown language; the library has \(library.languages.joined(separator: ", "))")]))
        }
        let labels = RegisterColumns.labelIDs
        if let missing = labels.first(where: { locale.clauses[$0] == nil }) {
            return .failure(Diagnostics([.error(.clauseMissing, at: SourceLocation(file: "locales/\(language)/register.yaml"),
                                                "clause \(missing) does not exist in language \(language) (the register has nl and en)")]))
        }
        guard !files.isEmpty else {
            return .failure(Diagnostics([.error(.registerInput, at: SourceLocation(file: "--data"), "no agreement case files (.yaml, .yml, .json) given")]))
        }
        var bag = DiagnosticBag()
        var texts: [String] = []
        var keyed: [(key: String, row: [Spreadsheet.Cell])] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let data: CaseData
            do { data = try CaseData.load(file: file) } catch {
                bag.add(contentsOf: error.items)
                continue
            }
            // The register's language decides; a case in another language is not a conflict here.
            let options = RenderOptions(languageOverride: language, defaultDate: .init(year: 2000, month: 1, day: 1))
            switch DocumentPreparation(library: library, template: template).prepare(data, options: options) {
            case .failure(let problems):
                bag.add(contentsOf: problems.items.filter { $0.code != .languageOverride })
            case .success(let (context, warnings)):
                bag.add(contentsOf: warnings.filter { $0.code != .languageOverride })
                var ctx = context
                if texts.isEmpty { texts = labels.map { RenderContext.plain(ctx.inlines($0, at: nil)) } }
                let row = RegisterRow.cells(&ctx)
                if ctx.bag.hasErrors { bag.add(contentsOf: ctx.bag.items) }
                keyed.append(("\(RegisterRow.text(ctx, "processor.name").lowercased())\u{0}\(RegisterRow.text(ctx, "agreement.reference"))", row))
            }
        }
        if bag.hasErrors { return .failure(bag.sorted) }
        let rows = keyed.sorted { $0.key < $1.key }.map(\.row)
        return .success(ProcessorRegister(headings: Array(texts.dropLast(2)), rows: rows, sheetName: texts[texts.count - 2],
                                          title: texts[texts.count - 1],
                                          warnings: Diagnostics(bag.items).items))
    }

    /// The register as a spreadsheet: the widths fit the columns' usual content.
    public func spreadsheet(language: LanguageTag, date: DocumentDate) -> Spreadsheet {
        let columns = zip(headings, RegisterColumns.widths).map { Spreadsheet.Column(heading: $0, width: .mm($1)) }
        return Spreadsheet(sheetName: sheetName, columns: columns, rows: rows, title: title, language: language, date: date)
    }
}

/// The columns of the register, their labels (clauses `register.processors.*`) and widths in mm.
enum RegisterColumns {
    static let all = ["processor", "kvk", "service", "main-contract", "purposes", "data-subjects", "data-categories",
                      "special-categories", "criminal-data", "bsn", "subprocessors", "locations", "transfers",
                      "certifications", "start", "end", "reference", "version", "status"]
    static let widths: [Double] = [45, 22, 60, 55, 70, 50, 60, 50, 20, 14, 55, 45, 60, 40, 22, 30, 30, 14, 18]
    /// The column labels, then the sheet name and the title.
    static let labelIDs = all.map { "register.processors.column.\($0)" } + ["register.processors.sheet", "register.processors.title"]
}
