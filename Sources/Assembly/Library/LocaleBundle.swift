import ODF
import Synchronization

/// Everything language-specific of one language (templates.md §1): its clauses and how it formats.
///
/// A class, shared by reference: every document's render context holds its language.
final class LocaleBundle: Sendable {
    /// ISO 639-1 code, the folder name.
    let code: String
    /// The language's own name.
    let name: String
    /// Region used for formats (`NL`, `GB`), nil for none.
    let region: String?
    /// Text direction.
    let direction: TextDirection
    /// Clauses by id; an id defined twice is kept once with an error.
    let clauses: [String: Clause]
    /// The same clauses sorted by id. A clause's position here is its *slot*: rendering records the
    /// clauses it uses in a flat array by slot, and lists them in id order without sorting (provenance).
    let sortedClauses: [Clause]
    /// The slot of every clause id.
    let slots: [String: Slot]
    /// Dates, numbers, case mapping.
    let formatting: LocaleFormatting
    /// How lists of kind `lettered` are lettered (`lettered-list:`, decision 170).
    let listLetters: ListLetters
    /// Where `locale.yaml` is.
    let file: String

    init(code: String, name: String, region: String?, direction: TextDirection, clauses: [String: Clause],
         formatting: LocaleFormatting, listLetters: ListLetters = .latin, file: String) {
        self.code = code
        self.name = name
        self.region = region
        self.direction = direction
        self.clauses = clauses
        self.sortedClauses = clauses.values.sorted { $0.id < $1.id }
        self.slots = Dictionary(uniqueKeysWithValues: sortedClauses.enumerated().map { index, clause in
            (clause.id, Slot(index: index, facts: SlotFacts(clause: clause, direction: direction)))
        })
        self.formatting = formatting
        self.listLetters = listLetters
        self.file = file
    }

    /// Where a clause is in `sortedClauses`, whether it can be rendered, and its blocks when they are the
    /// same in every document. Known without looking the clause up; worked out when first asked, since
    /// both need the parsed text (decision 133).
    struct Slot: Sendable {
        let index: Int
        fileprivate let facts: SlotFacts
        var isUsable: Bool { facts.value.isUsable }
        /// The clause rendered in body style, when it reads nothing from a document (`StaticText`).
        var staticBlocks: [Block]? { facts.value.staticBlocks }
    }

    /// `nl-NL`, `en-GB`, `ar`.
    var languageTag: LanguageTag { LanguageTag(language: code, country: region) }
}

/// A slot's facts, computed once from the clause (parsing its text) and shared by the batch's threads.
private final class SlotFacts: Sendable {
    struct Value: Sendable {
        let isUsable: Bool
        let staticBlocks: [Block]?
    }

    private let clause: Clause
    private let direction: TextDirection
    private let computed = Mutex<Value?>(nil)

    init(clause: Clause, direction: TextDirection) {
        self.clause = clause
        self.direction = direction
    }

    var value: Value {
        computed.withLock { computed in
            if let computed { return computed }
            let usable = clause.isUsable
            let value = Value(isUsable: usable, staticBlocks: usable ? StaticText.blocks(of: clause.text, direction: direction) : nil)
            computed = value
            return value
        }
    }
}
