/// Makes names unique within a document, deterministically: the first `Logo` stays `Logo`, the next
/// becomes `Logo_2`, then `Logo_3` (skipping any name already taken), e.g. in a combined batch file
/// where every letter brings its own `AddressWindow`.
struct NameRegistry {
    private var taken: Set<String>
    /// The next suffix to try per wanted name, so thousands of repeats stay linear.
    private var nextSuffix: [String: Int] = [:]

    /// A registry in which `reserved` are already taken (e.g. frame names used in `styles.xml`).
    init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// A unique name based on `wanted`.
    mutating func unique(_ wanted: String) -> String {
        if taken.insert(wanted).inserted { return wanted }
        var n = nextSuffix[wanted] ?? 2
        while true {
            let candidate = wanted + "_" + String(n)
            n += 1
            if taken.insert(candidate).inserted {
                nextSuffix[wanted] = n
                return candidate
            }
        }
    }

    /// All names taken so far.
    var names: Set<String> { taken }
}
