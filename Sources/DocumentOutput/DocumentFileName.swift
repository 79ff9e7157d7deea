import Foundation

/// The one rule for a document's file name (decision 031): `REFERENCE-TEMPLATE-LANGUAGE`, safe on every
/// common file system, and distinct for distinct references.
///
/// 1. The reference is taken in Unicode NFC, so the same text typed precomposed (`é`) or decomposed
///    (`e` + U+0301) is the same reference and names the same file — and a name never depends on the
///    normalisation a file system applies (macOS stores NFD).
/// 2. Every character outside `A–Z a–z 0–9 . _ -` becomes `_`: no path separators (`/`, `\`), none of
///    Windows' reserved `< > : " | ? *`, no control or invisible characters; the name is plain ASCII.
/// 3. Leading dots are dropped (no hidden file, no `.`/`..`), and the result is cut to 64 characters.
/// 4. A result whose part before the first dot is a Windows device name (`CON`, `PRN`, `AUX`, `NUL`,
///    `COM0–9`, `LPT0–9`, any letter case) gets a leading `_`.
/// 5. If steps 2–4 changed anything, or left nothing, `~` and the first 12 hex digits of the SHA-256 of
///    the NFC reference are appended: `a/b`, `a:b`, `a\b`, `a|b` and `a"b` all reduce to `a_b` but get
///    different names, and `.`, `..`, `...` no longer collide. A reference that is already safe (the
///    usual `SD-2026-00417`) is kept exactly, so names stay readable and stable.
/// Names that still clash (the same reference twice, or names that differ only in letter case, which
/// Windows and macOS store as one file) are caught by the batch and reported with the reason.
public enum DocumentFileName {
    /// Longest reference part kept, in characters (all ASCII).
    public static let maximumReferenceLength = 64

    /// The file name without `.odt`; a nil reference gives `TEMPLATE-LANGUAGE`.
    public static func stem(reference: String?, template: String, language: String) -> String {
        guard let reference else { return "\(template)-\(language)" }
        return "\(safeReference(reference))-\(template)-\(language)"
    }

    /// Steps 1–5 for the reference alone.
    public static func safeReference(_ reference: String) -> String {
        let nfc = reference.precomposedStringWithCanonicalMapping
        var safe: [UInt8] = []
        safe.reserveCapacity(nfc.utf8.count)
        for scalar in nfc.unicodeScalars { safe.append(isSafe(scalar) ? UInt8(scalar.value) : UInt8(ascii: "_")) }
        var kept = Array(safe.drop { $0 == UInt8(ascii: ".") }.prefix(maximumReferenceLength))
        if isWindowsDeviceName(kept) { kept.insert(UInt8(ascii: "_"), at: 0) }
        let text = String(decoding: kept, as: UTF8.self)
        guard text != nfc || text.isEmpty else { return text }
        let digest = SHA256.hex(Array(nfc.utf8)).prefix(12)
        return (text.isEmpty ? "_" : text) + "~" + digest
    }

    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }

    /// Windows refuses these as a name's base, whatever the extension ("Naming Files, Paths, and
    /// Namespaces", Microsoft Learn).
    private static func isWindowsDeviceName(_ bytes: [UInt8]) -> Bool {
        let base = String(decoding: bytes.prefix { $0 != UInt8(ascii: ".") }, as: UTF8.self).uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(base) { return true }
        guard base.count == 4, base.hasPrefix("COM") || base.hasPrefix("LPT"), let last = base.last else { return false }
        return last.isASCII && last.isNumber
    }
}
