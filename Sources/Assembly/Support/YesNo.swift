import DelimitedText

/// The one yes/no parser (issue 10): case fields of type `boolean` and library keys such as `required:`.
///
/// Accepted, ignoring case and surrounding blanks: `true`/`false`, `yes`/`no`, and the Dutch `ja`/`nee`
/// and `waar`/`onwaar` (what Excel in Dutch writes for TRUE/FALSE in a CSV export). Nothing else: `1`,
/// `0`, `y`, `on` are refused, because a misread answer to "is the request manifestly unfounded?" changes
/// the letter (decision 021).
public enum YesNo {
    /// The words read as yes and as no, in the order the error message lists them.
    public static let yesWords = ["true", "yes", "ja", "waar"]
    /// The words read as no.
    public static let noWords = ["false", "no", "nee", "onwaar"]

    /// `true`, `false`, or nil when `text` is neither.
    public static func parse(_ text: String) -> Bool? {
        let word = text.trimmingBlanks.lowercased()
        if yesWords.contains(word) { return true }
        if noWords.contains(word) { return false }
        return nil
    }

    /// The accepted words, for error messages: `true/false, yes/no, ja/nee or waar/onwaar`.
    public static let accepted = "true/false, yes/no, ja/nee or waar/onwaar"
}
