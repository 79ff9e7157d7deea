/// The limits of the clause grammar (templates.md §1.6, docs/decisions/009-clause-syntax-limits.md).
///
/// Texts and conditions come from files anyone may edit and from translators' XLIFF files. The parsers
/// stop at these limits with one located `clause.limit` or `condition.limit` error, so that no input can
/// exhaust the stack of whatever walks the tree later — loading, lint, `explain`, rendering (also on a
/// batch worker thread with a small stack), hashing and freeing the tree are all recursive over it.
/// The limits sit far above anything a letter needs: the shipped library's longest clause is 1.9 KB, its
/// deepest nesting 3 levels and its longest condition 97 characters.
public enum SyntaxLimits {
    /// The longest clause text (or snippet), in bytes of UTF-8: 64 KiB, some thirty times the longest
    /// clause shipped (a whole article of definitions). Longer is a paste accident or an attack.
    public static let maxTextBytes = 64 * 1024

    /// How deeply `*…*`, `**…**`, `[…](…)` and `{{#if}}` may be nested inside one another in a clause text.
    public static let maxNesting = 32

    /// The longest condition, in Unicode scalars (a `when:`, an `assert:` or the inside of `{{#if …}}`).
    /// With it, `and`/`or` chains hold at most a few hundred terms, so the condition tree stays shallow.
    public static let maxConditionLength = 1024

    /// How deeply parentheses and `not` may be nested in a condition.
    public static let maxConditionNesting = 32

    /// Errors reported for one clause text; after these, one more says that the rest are left out (a
    /// broken paste should not bury the other findings of `privdoc lint`).
    public static let maxProblemsPerText = 20
}
