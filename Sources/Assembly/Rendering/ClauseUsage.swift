/// The clauses one document has used, for its provenance: a flag per slot of the language's sorted
/// clause list (`LocaleBundle.slots`). Recording a use is an array store instead of a dictionary
/// insert keyed by the clause id, and the ids come out already in order.
struct ClauseUsage: Sendable {
    private var used: [Bool]

    /// No clause used yet, for a language with `count` clauses.
    init(count: Int) {
        used = Array(repeating: false, count: count)
    }

    /// Records the use of the clause in `slot`.
    mutating func insert(_ slot: Int) {
        used[slot] = true
    }

    /// How many of the clauses used are drafts (translations not yet reviewed).
    func draftCount(in locale: LocaleBundle) -> Int {
        used.indices.reduce(0) { $0 + (used[$1] && locale.sortedClauses[$1].status == .draft ? 1 : 0) }
    }

    /// The clauses used with their versions, sorted by id.
    func versions(in locale: LocaleBundle) -> [Provenance.ClauseVersion] {
        var out: [Provenance.ClauseVersion] = []
        for slot in used.indices where used[slot] {
            let clause = locale.sortedClauses[slot]
            out.append(Provenance.ClauseVersion(id: clause.id, version: clause.version, isOverride: clause.override != nil))
        }
        return out
    }
}
