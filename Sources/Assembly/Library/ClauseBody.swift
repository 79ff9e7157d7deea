import ClauseSyntax
import PrivdocDiagnostics
import Synchronization

/// A clause's text, parsed when first read (decision 133). A Dutch letter uses a few dozen of the
/// library's ~360 Dutch clauses; an English one needs the Dutch clauses' *versions* (staleness, templates.md
/// §1) but none of their texts. `lint` and the scoped validation of a document read the texts they check,
/// so a parse error still stops every document that uses the clause, and `lint` still reports them all.
///
/// A class with a lock, shared by every copy of the clause and by the batch's threads: the text is parsed
/// once (under the lock; parsing is pure) and then only read.
final class ClauseBody: Sendable {
    /// The parsed text and the problems found in it.
    struct Parsed: Sendable {
        let text: ClauseText
        let problems: [Diagnostic]
    }

    private let source: String
    private let origin: TextOrigin
    private let result: Mutex<Parsed?>

    /// A text to parse on first use; `origin` locates its problems in the clause file.
    init(source: String, origin: TextOrigin) {
        self.source = source
        self.origin = origin
        self.result = Mutex(nil)
    }

    /// A clause without a text (its key problems say why).
    static let empty = ClauseBody(parsed: Parsed(text: ClauseText(nodes: []), problems: []))

    private init(parsed: Parsed) {
        self.source = ""
        self.origin = .inline("")
        self.result = Mutex(parsed)
    }

    /// Whether the text has been parsed (for tests: what a command needed).
    var isParsed: Bool { result.withLock { $0 != nil } }

    /// The text, parsed now if it was not yet.
    var parsed: Parsed {
        result.withLock { result in
            if let result { return result }
            let (text, problems) = ClauseText.parse(source, origin: origin)
            let parsed = Parsed(text: text, problems: problems)
            result = parsed
            return parsed
        }
    }
}
