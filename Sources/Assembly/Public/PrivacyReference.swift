import PrivdocDiagnostics
import LegalCalendar
import ODF

/// The reference to the multilingual privacy statement that all official correspondence must carry
/// (the policy's art. 4(2); domain.md §1), rendered on its own for systems privdoc does not write:
/// a case-management system's letters, Word templates, e-mail footers (`privdoc reference`).
///
/// It is the letters' own clause, `letter.privacy-statement`, rendered with the organisation profile —
/// one text, so a change to the clause changes the letters and the snippet together.
public struct PrivacyReference: Sendable, Equatable {
    /// The clause the snippet is made of.
    public static let clauseID = "letter.privacy-statement"

    /// The language code (`nl`, `ar`, …).
    public var language: String
    /// The BCP 47 tag the documents of this language carry (`nl-NL`).
    public var languageTag: LanguageTag
    /// The language's writing direction.
    public var direction: TextDirection
    /// The rendered clause: paragraphs whose inlines hold the text and the link to the statement.
    public var blocks: [Block]
    /// The statement's URL in this language.
    public var url: String
    /// The version of the clause used (for a reviewer comparing snippets with letters).
    public var clauseVersion: Int

    public init(language: String, languageTag: LanguageTag, direction: TextDirection, blocks: [Block], url: String, clauseVersion: Int) {
        self.language = language
        self.languageTag = languageTag
        self.direction = direction
        self.blocks = blocks
        self.url = url
        self.clauseVersion = clauseVersion
    }
}

extension Library {
    /// The privacy-statement URL of every language, from the organisation profile (empty without one).
    public var privacyStatementURLs: [String: String] { organisation?.privacyURLs ?? [:] }

    /// Renders the privacy-statement reference in `language`, or every problem (unknown language,
    /// no URL for it, a clause that does not render).
    public func privacyReference(language: String, date: CivilDate) -> Result<PrivacyReference, Diagnostics> {
        let (loaded, problems) = TemplateLoader.load(text: PrivacyReferenceTemplate.yaml(languages: languages),
                                                     file: PrivacyReferenceTemplate.file)
        guard let template = loaded, !problems.contains(where: { $0.severity == .error }) else {
            return .failure(Diagnostics(problems))
        }
        let data = CaseData(values: [:], locations: [:], origin: SourceLocation(file: "--lang"))
        let prepared = DocumentPreparation(library: self, template: template)
            .prepare(data, options: RenderOptions(language: language, date: date))
        switch prepared {
        case .failure(let problems):
            return .failure(problems)
        case .success(let (prepared, _)):
            var context = prepared
            guard let url = organisation?.privacyStatement(for: language)?.url else {
                return .failure(Diagnostics([.error(.orgPrivacyUrl, at: organisation?.privacyLocation, field: "privacy-statement.\(language)",
                                                    "no privacy-statement URL for language \(language)")]))
            }
            let blocks = context.blocks(PrivacyReference.clauseID, at: nil)
            if context.bag.hasErrors { return .failure(Diagnostics(context.bag.items)) }
            let version = context.locale.clauses[PrivacyReference.clauseID]?.version ?? 0
            return .success(PrivacyReference(language: language, languageTag: context.locale.languageTag, direction: context.locale.direction, blocks: blocks,
                                             url: url, clauseVersion: version))
        }
    }
}

/// The snippet as a template: no fields, one clause. Kept in memory, not in `templates/`, because it is
/// not a letter kind (it has no letterhead, address or signature).
enum PrivacyReferenceTemplate {
    static let file = "privacy-reference.yaml"

    static func yaml(languages: [String]) -> String {
        """
        id: privacy-reference
        version: 1
        layout: letter
        command: letter
        kind: privacy-reference
        description: The privacy-statement reference on its own
        languages: [\(languages.joined(separator: ", "))]
        fields: []
        body:
          - clause: \(PrivacyReference.clauseID)
        """
    }
}
