/// Which row owns which document name in a run, so two rows never write one file.
///
/// Names are compared without regard to letter case: `SD-1` and `sd-1` are one file on Windows and macOS
/// (and in a zip opened there). The message says what actually clashed — the same reference, a name that
/// differs only in case, or the combined file — instead of always "same reference" (issue 15).
struct FileNameClaims {
    private struct Owner {
        let row: Int
        let reference: String
        let stem: String
    }
    private var owners: [String: Owner] = [:]

    /// Names no row may take (the combined file's), as stems without `.odt`.
    mutating func reserve(_ stems: [String]) {
        for stem in stems { owners[stem.lowercased()] = Owner(row: 0, reference: "", stem: stem) }
    }

    /// Claims `stem` for `row`; the reason it cannot, or nil when it now owns it.
    mutating func claim(_ stem: String, reference: String, row: Int) -> String? {
        let key = stem.lowercased()
        guard let owner = owners[key] else {
            owners[key] = Owner(row: row, reference: reference, stem: stem)
            return nil
        }
        if owner.row == 0 { return "the document name \(stem).odt is the name of the --combined file" }
        if owner.reference == reference {   // String equality is canonical equivalence: NFC and NFD agree
            return "same reference and language as row \(owner.row): both would be \(stem).odt"
        }
        if owner.stem != stem {
            return "the document name \(stem).odt differs from row \(owner.row)'s \(owner.stem).odt only in upper/lower case; " +
                "Windows and macOS would store both as one file"
        }
        return "the reference gives the same document name as row \(owner.row)'s (\(stem).odt)"
    }
}

/// Row warnings counted once per distinct warning, in order of first appearance: a batch prints a warning
/// once with how many rows it concerns, never 10,000 times.
struct WarningTally {
    private var order: [String] = []
    private var seen: [String: (first: Int, rows: Int)] = [:]

    mutating func add(_ warnings: [Diagnostic], row: Int) {
        for w in warnings {
            let text = (w.field.map { "\(SafeText.name($0)): " } ?? "") + w.message
            if let s = seen[text] {
                seen[text] = (s.first, s.rows + 1)
            } else {
                seen[text] = (row, 1)
                order.append(text)
            }
        }
    }

    var lines: [String] {
        order.map { text in
            let s = seen[text]!
            return s.rows == 1 ? "row \(s.first): \(text)" : "\(s.rows) rows (first at row \(s.first)): \(text)"
        }
    }
}

import PrivdocDiagnostics
