import ClauseSyntax
import PrivdocDiagnostics

/// A translation prints every field its Dutch clause prints, unless it declares the field left out
/// (`omits:`, decision 160). A name that a language's etiquette leaves out of a salutation ("Szanowny
/// Panie,") is then the translator's decision, written down with its reason — and a value dropped by
/// accident is still an error. One rule, for lint and for rendering (`Linter.lintTemplate`).
enum OmissionCheck {
    /// What is wrong with `translation` against `source`, its Dutch clause. `isReadable` says whether a
    /// name the Dutch clause prints is a field there at all: an unknown one is reported once, on the Dutch
    /// clause (`clause.field`), not again for each translation that does not repeat the mistake.
    static func problems(_ translation: Clause, source: Clause, isReadable: (String) -> Bool = { _ in true }) -> [Diagnostic] {
        // A replaced Dutch text makes the shipped translation stale (reported as such): nothing to compare.
        if source.override != nil && translation.override == nil { return [] }
        let printed = Set(translation.text.placeholders.map(\.name))
        let original = Set(source.text.placeholders.map(\.name))
        let id = "clause \(translation.id) in \(translation.language)"
        var out: [Diagnostic] = []
        for name in original.subtracting(printed).subtracting(translation.omits.keys).sorted() where isReadable(name) {
            out.append(.error(.clauseOmits, at: translation.location, field: name,
                              "\(id) does not print {{\(name)}}, which the Dutch clause prints; print it, or declare it under omits: with the reason (decision 160)"))
        }
        for name in translation.omits.keys.sorted() {
            let at = translation.omitsLocation ?? translation.location
            if printed.contains(name) {
                out.append(.error(.clauseOmits, at: at, field: name, "\(id) declares {{\(name)}} left out, but prints it; remove it from omits:"))
            } else if !original.contains(name) {
                out.append(.error(.clauseOmits, at: at, field: name, "\(id) declares {{\(name)}} left out, but the Dutch clause does not print it; remove it from omits:"))
            }
        }
        return out
    }
}
