import DocumentOutput
import Foundation

/// One print-ready PDF made of many letters' PDFs, concatenated with qpdf (no PDF is written by hand).
///
/// With `duplex`, every letter starts on an odd page: a letter with an odd number of pages is followed by
/// a blank page (itself a PDF made by LibreOffice from an empty document with the letters' page style),
/// so a duplex printer never prints one letter on the back of another. The placements say which pages
/// belong to which row, so a print shop can check its envelope count against the manifest.
public enum PrintFile {
    /// One letter's PDF in the print file.
    public struct Part: Sendable, Equatable {
        /// The input row it belongs to.
        public let row: Int
        /// The PDF.
        public let file: URL
        /// Its pages (0: count them with qpdf).
        public let pages: Int
        /// Creates a part.
        public init(row: Int, file: URL, pages: Int) {
            self.row = row
            self.file = file
            self.pages = pages
        }
    }

    /// Where one row's letter is in the print file (1-based, inclusive; the blank page is not included).
    public struct Placement: Sendable, Equatable {
        public let row: Int
        public let firstPage: Int
        public let lastPage: Int
        /// Whether a blank page follows (duplex, odd page count).
        public let blankAfter: Bool
        /// Pages of the letter itself.
        public var pages: Int { lastPage - firstPage + 1 }
    }

    /// The page plan: pure arithmetic, tested without qpdf.
    public static func plan(pages: [(row: Int, pages: Int)], duplex: Bool) -> [Placement] {
        var next = 1
        return pages.map { part in
            let blank = duplex && part.pages % 2 == 1
            defer { next += part.pages + (blank ? 1 : 0) }
            return Placement(row: part.row, firstPage: next, lastPage: next + part.pages - 1, blankAfter: blank)
        }
    }

    /// Builds the print file at `output` (atomically: a temporary `.NAME.XXXXXX` next to it, renamed into
    /// place) and returns the placements. `blankPage` is required when `duplex` is set.
    public static func build(parts: [Part], duplex: Bool, blankPage: URL?, output: URL, overwrite: Bool) throws(ConversionError) -> [Placement] {
        let env = ProcessInfo.processInfo.environment
        guard let qpdf = LibreOffice.executable("qpdf", environment: env) else {
            throw .unavailable("qpdf is missing, needed for the combined print file (Debian/Ubuntu: apt-get install qpdf)")
        }
        guard !parts.isEmpty else { throw .failed("no letters to combine") }
        var counted: [(row: Int, pages: Int)] = []
        for part in parts {
            if part.pages > 0 { counted.append((part.row, part.pages)); continue }
            guard let r = ChildProcess.capture(qpdf, ["--show-npages", part.file.path]), r.status == 0, let n = Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw .failed("\(part.file.lastPathComponent): qpdf cannot read it")
            }
            counted.append((part.row, n))
        }
        let placements = plan(pages: counted, duplex: duplex)
        if duplex && placements.contains(where: \.blankAfter) && blankPage == nil { throw .failed("duplex needs a blank page") }
        if !overwrite && FileManager.default.fileExists(atPath: output.path) {
            throw .failed("\(output.lastPathComponent) exists; not overwritten (use --force)")
        }
        // The page list goes through an argument file: thousands of letters would exceed ARG_MAX.
        let scratch = try PrivateFolder(prefix: "print")
        let update = scratch.url.appendingPathComponent("metadata.json")
        try metadataUpdate(qpdf: qpdf, from: parts[0].file, into: update)
        var arguments = ["--empty", "--update-from-json=" + update.path, "--pages"]
        for (part, placement) in zip(parts, placements) {
            arguments += [part.file.path, "1-z"]
            if placement.blankAfter, let blankPage { arguments += [blankPage.path, "1"] }
        }
        arguments.append("--")
        let argfile = scratch.url.appendingPathComponent("args")
        do { try arguments.joined(separator: "\n").write(to: argfile, atomically: false, encoding: .utf8) } catch { throw .failed("cannot write qpdf's argument file") }
        let temporary = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(randomSuffix())")
        ProcessRegistry.shared.addFolder(temporary.path)   // removed on Ctrl-C/kill: no half PDF stays behind
        defer { ProcessRegistry.shared.removeFolder(temporary.path) }
        guard let r = ChildProcess.capture(qpdf, ["@" + argfile.path, temporary.path], timeout: 3600) else {
            try? FileManager.default.removeItem(at: temporary)
            throw .timedOut(seconds: 3600)
        }
        // qpdf exits 3 for warnings (a file that was repaired) with a complete output; 2 is an error.
        guard r.status == 0 || r.status == 3 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed("qpdf could not combine the PDFs (exit \(r.status))")
        }
        guard rename(temporary.path, output.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .failed("cannot write \(output.lastPathComponent)")
        }
        return placements
    }

    /// Six letters and digits, the shape `AtomicFileWriter.temporaryTarget(of:)` recognises, so a batch
    /// re-run removes a temporary that `kill -9` left behind.
    private static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<6).map { _ in alphabet.randomElement()! })
    }
}
