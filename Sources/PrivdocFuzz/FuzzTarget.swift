import Foundation

/// One thing to fuzz: what it runs on an input, and the property it checks.
protocol FuzzTarget: AnyObject {
    /// The name used on the command line and for the corpus folder (`Tests/Fuzz/Corpus/<name>`).
    var name: String { get }
    /// Tokens of the input language, for the mutator.
    var dictionary: [String] { get }
    /// The longest input generated.
    var maximumLength: Int { get }
    /// Runs one input. Returns a short signature of the outcome (which errors, or "ok"), used to keep
    /// interesting inputs; a broken property is returned as a violation.
    func run(_ input: [UInt8]) -> Outcome
}

/// What one execution gave.
enum Outcome {
    /// The input was accepted or refused as the property allows; `signature` tells outcomes apart.
    case held(signature: String)
    /// The property does not hold.
    case violated(String)
}

/// A short signature of diagnostics: their codes, sorted and deduplicated, or `ok`.
func signature(codes: [String]) -> String {
    codes.isEmpty ? "ok" : Set(codes).sorted().joined(separator: ",")
}
