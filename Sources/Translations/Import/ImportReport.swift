/// What an import did, or would do, unit by unit.
public struct ImportReport: Equatable, Sendable {
    /// The XLIFF file as named by the user.
    public var file: String
    /// The translation language, once known.
    public var language: String?
    /// Units whose target text or state changed and that passed every check (sorted ids).
    public var changed: [String] = []
    /// Units with nothing to import: same text and state, or not translated yet.
    public var unchanged: [String] = []
    /// Units refused, each with at least one problem (sorted ids).
    public var rejected: [String] = []
    /// Every problem, unit-level and file-level, in file order.
    public var problems: [TranslationProblem] = []
    /// Files written (relative to the root); empty on a dry run or when anything was rejected.
    public var written: [String] = []
    /// Whether this was a dry run.
    public var dryRun = false

    /// Whether the import is clean: no problem at all (the CLI exits 0).
    public var isClean: Bool { problems.isEmpty }

    /// Whether the changed units were written.
    public var applied: Bool { isClean && !dryRun }

    /// The summary printed after an import: applied / unchanged / rejected, with ids.
    public var summary: [String] {
        let verb = applied ? "applied" : "to apply"
        let counts = "\(changed.count) \(verb), \(unchanged.count) unchanged, \(rejected.count) rejected"
        var lines = [language.map { "\(file) → locales/\($0): \(counts)" } ?? "\(file): \(counts)"]
        if !changed.isEmpty { lines.append("  \(verb): " + changed.joined(separator: ", ")) }
        if !rejected.isEmpty { lines.append("  rejected: " + rejected.joined(separator: ", ")) }
        if !written.isEmpty { lines.append("  written: " + written.joined(separator: ", ")) }
        if !isClean {
            lines.append("nothing written: fix the problems above (or export again) and import the whole file again")
        } else if dryRun {
            lines.append("dry run: nothing written")
        }
        return lines
    }
}
