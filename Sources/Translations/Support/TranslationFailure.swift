/// Why an export or import could not run at all.
public enum TranslationFailure: Error, Equatable, Sendable {
    /// The input is wrong (library, language, XLIFF); every problem found is listed.
    case invalid([TranslationProblem])
    /// A file could not be read or written.
    case io(String)
}
