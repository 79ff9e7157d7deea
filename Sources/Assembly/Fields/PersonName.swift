import Foundation

/// The name of a `person` field, given whole (`name`), or in parts (`surname` with `initials` and/or
/// `given-name`) — the one rule for what a person's name is (templates.md §2.1, decision 160).
///
/// Why the parts: a formal salutation names the person by title and surname ("Geachte heer Jansen",
/// "Dear Ms Jansen"), never by initials, while the envelope carries initials or given name and surname
/// ("A. Jansen"). `name` alone keeps working: when it is initials followed by a surname (the form the
/// letters ask for), the surname is read off it.
struct PersonName: Hashable, Sendable {
    var name: String?
    var surname: String?
    var givenName: String?
    var initials: String?

    /// The sub-field names, after the composite's name and a dot.
    static let parts = ["name", "surname", "given-name", "initials"]

    /// The name as printed on the envelope: `name`, else initials and surname, else given name and
    /// surname (initials first: the form of Dutch official mail, as the BRP records it).
    var printed: String? {
        if let name { return name }
        guard let surname else { return nil }
        if let initials { return initials + " " + surname }
        if let givenName { return givenName + " " + surname }
        return nil
    }

    /// The surname for a formal salutation: `surname`, else what follows the initials in `name`
    /// ("A.J. de Vries" → "de Vries"); nil when `name` does not start with initials.
    var formalSurname: String? {
        if let surname { return surname }
        guard let name else { return nil }
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.firstIndex(where: { !Self.isInitials($0) }), first > 0 else { return nil }
        return words[first...].joined(separator: " ")
    }

    /// The initials: `initials`, else the initials `name` starts with.
    var formalInitials: String? {
        if let initials { return initials }
        guard let name else { return nil }
        let words = name.split(separator: " ").prefix { Self.isInitials($0) }
        guard !words.isEmpty, words.count < name.split(separator: " ").count else { return nil }
        return words.joined(separator: " ")
    }

    /// What is inconsistent, as (part, message) — names of fields and rules, never a value.
    func problems(prefix p: String) -> [(part: String, message: String)] {
        var out: [(String, String)] = []
        if let initials, !initials.split(separator: " ").allSatisfy(Self.isInitials) {
            out.append(("initials", "expected initials like A.J. or Th. (letters, each group ending in a full stop)"))
        }
        if surname == nil, name == nil {
            for (part, value) in [("initials", initials), ("given-name", givenName)] where value != nil {
                out.append((part, "give \(p).surname too (or the whole name as \(p).name)"))
            }
        } else if name == nil, initials == nil, givenName == nil {
            out.append(("surname", "give \(p).initials or \(p).given-name with it (or the whole name as \(p).name)"))
        }
        if let name, let surname, name.range(of: surname, options: [.caseInsensitive]) == nil {
            out.append(("surname", "does not occur in \(p).name: give the same person's name in both, or only one of them"))
        }
        return out
    }

    /// One group of initials: one to three letters ending in a full stop ("A.", "Th.", "IJ.", "A.J.").
    static func isInitials(_ word: Substring) -> Bool {
        guard word.last == "." else { return false }
        let groups = word.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        return !groups.isEmpty && groups.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isLetter) }
    }
}
