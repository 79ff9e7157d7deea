import Foundation

/// What counts as a reference to the privacy statement: the organisation's statement URL in any of
/// its languages, or a phrase the privacy officer configured (for systems that print the URL as a QR
/// code, or name the statement in words).
public struct ReferenceNeedles: Sendable {
    /// The URLs, normalised (no scheme, no `www.`, no trailing slash, lower-cased host).
    let urls: [(language: String, normalised: String)]
    /// The phrases, with white space collapsed and case folded.
    let phrases: [String]

    /// Needles from the profile's URLs (by language) and extra phrases; empty ones are ignored.
    public init(urls: [String: String], phrases: [String] = []) {
        self.urls = urls.keys.sorted().compactMap { lang in
            let n = Self.normaliseURL(urls[lang]!)
            return n.isEmpty ? nil : (lang, n)
        }
        self.phrases = phrases.map(Self.fold).filter { !$0.isEmpty }
    }

    /// Whether there is anything to look for.
    public var isEmpty: Bool { urls.isEmpty && phrases.isEmpty }

    /// What the text refers to: `url:nl`, `phrase:1`, … (no document text, which may be personal data).
    func matches(in text: String) -> [String] {
        let folded = Self.fold(text)
        var found: [String] = []
        for (lang, url) in urls where Self.containsURL(folded, url) { found.append("url:\(lang)") }
        for (i, phrase) in phrases.enumerated() where folded.contains(phrase) { found.append("phrase:\(i + 1)") }
        return found
    }

    /// `https://www.Example.nl/privacy/` → `example.nl/privacy`.
    static func normaliseURL(_ url: String) -> String {
        var s = fold(url.trimmingCharacters())
        for scheme in ["https://", "http://"] where s.hasPrefix(scheme) { s.removeFirst(scheme.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    /// Lower case, runs of white space as one space.
    static func fold(_ s: String) -> String {
        var out = ""
        var space = false
        for scalar in s.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `url` stands in `text` as a whole URL: not inside a longer host
    /// (`xexample.nl`) or a longer path (`/privacyverzoek`, which is the request form, not the statement).
    static func containsURL(_ text: String, _ url: String) -> Bool {
        var searchFrom = text.startIndex
        while let range = text.range(of: url, range: searchFrom..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !isURLCharacter(before), !isURLCharacter(after) { return true }
            searchFrom = text.index(after: range.lowerBound)
        }
        return false
    }

    /// Characters that would continue a host label or a path segment. A `.` is not one of them: after
    /// the URL it is a full stop, before it the rest of `www.` or a sub-domain of the same host; `/`
    /// before it is what is left of the scheme.
    private static func isURLCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber || c == "-" || c == "_" || c == "%"
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
