import Foundation
import Synchronization
import PrivdocDiagnostics

/// One validation, run by `lint` and by every render (decision 013): before a document is assembled, the
/// lint checks scoped to its template and language. Their errors refuse the document, so a letter that
/// `lint` would call wrong ("uiterlijk op ." with the date missing) is never written.
extension Library {
    /// The lint errors of a template in one language: placeholders and conditions naming unknown fields
    /// or values, rules on unknown fields, missing or broken clauses, a missing or garbage logo, a missing or
    /// contradictory `locale.yaml`, control characters in clauses or the profile, a page label without
    /// its page number. Computed once per template and language, then shared by every document.
    public func validation(of templateID: String, language: String) -> [Diagnostic] {
        validationCache.value(for: "\(templateID)\u{0}\(language)") {
            guard let template = templates[templateID] else { return [] }
            var linter = Linter(library: self, strict: false, languages: [language])
            return linter.run(template: template).filter { $0.severity == .error }
        }
    }
}

/// Validation results by template and language. A class with a lock: the library is shared by the
/// batch's threads, and each result is computed once (two threads racing compute the same value).
final class ValidationCache: Sendable {
    private let results = Mutex<[String: [Diagnostic]]>([:])

    /// The lock is not held while computing: validation is slow and two threads that race compute the
    /// same value, of which the first stored wins.
    func value(for key: String, compute: () -> [Diagnostic]) -> [Diagnostic] {
        if let found = results.withLock({ $0[key] }) { return found }
        let computed = compute()
        return results.withLock { results in
            if let found = results[key] { return found }
            results[key] = computed
            return computed
        }
    }
}
