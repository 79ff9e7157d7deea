import Foundation
import ODF

/// Checks office files for a reference to the privacy statement (`privdoc check-reference`): the
/// policy's art. 4(2) asks it of *all* official correspondence, and art. 15(2) has the privacy officer
/// evaluate the agency's templates yearly, most of which other systems and Word make.
///
/// Files privdoc did not write may be broken, encrypted or hostile: each problem is one report line,
/// never a crash, and the run goes on (`Limits`).
public struct ReferenceChecker: Sendable {
    /// Caps on what one file may cost.
    public struct Limits: Sendable {
        /// The largest file read at all.
        public var maxFileSize: Int
        /// Caps on the package's XML parts.
        public var package: PackageReader.Limits

        public init(maxFileSize: Int, package: PackageReader.Limits) {
            self.maxFileSize = maxFileSize
            self.package = package
        }

        /// 64 MiB a file, 32 MiB a part, 128 MiB of XML a file: a letter template is a few hundred KiB.
        public static let standard = Limits(maxFileSize: 64 << 20,
                                            package: .init(maxEntries: 10_000, maxEntrySize: 32 << 20, maxTotalSize: 128 << 20))
    }

    public var needles: ReferenceNeedles
    public var limits: Limits

    public init(needles: ReferenceNeedles, limits: Limits = .standard) {
        self.needles = needles
        self.limits = limits
    }

    /// Checks every path: a file as it is, a folder by the office files below it (sorted, hidden files and
    /// office lock files skipped). One report a file, in the order given.
    public func check(paths: [String]) -> [FileReport] {
        var reports: [FileReport] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                reports.append(FileReport(path: path, status: .unreadable("no such file or folder")))
                continue
            }
            if isFolder.boolValue {
                for file in Self.officeFiles(under: path) { reports.append(check(file: file)) }
            } else {
                reports.append(check(file: path))
            }
        }
        return reports
    }

    /// The office files below `folder`, sorted by path.
    static func officeFiles(under folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles, .skipsPackageDescendants]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            // `~$name.docx` (Word) and `.~lock.name#` (LibreOffice) are lock files, not documents.
            guard OfficeFileKind(fileName: name) != nil, !name.hasPrefix("~$"),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : name
            found.append((folder.hasSuffix("/") ? folder : folder + "/") + relative)
        }
        return found.sorted()
    }

    /// Checks one file.
    public func check(file path: String) -> FileReport {
        FileReport(path: path, status: status(of: path))
    }

    private func status(of path: String) -> FileReport.Status {
        guard let kind = OfficeFileKind(fileName: (path as NSString).lastPathComponent) else {
            return .unreadable("not an .odt, .ott, .docx or .dotx file")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue else { return .unreadable("cannot read the file") }
        guard size <= limits.maxFileSize else { return .unreadable("larger than \(limits.maxFileSize >> 20) MiB") }
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() else {
            return .unreadable("cannot read the file")
        }
        try? handle.close()
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // MS-OFFCRYPTO §2.3: a password-protected .docx is an OLE compound file, not a ZIP package.
            return .unreadable("password-protected or an old binary Word file (OLE compound file, not a ZIP package)")
        }
        let package: PackageReader
        do {
            package = try PackageReader.read(bytes, limits: limits.package) { name in
                name == "META-INF/manifest.xml" || kind.place(ofPart: name) != nil
            }
        } catch {
            return .unreadable(error.description)
        }
        if kind.isOpenDocument, let manifest = package.entry("META-INF/manifest.xml"),
           Self.contains(manifest, "encryption-data") {
            // ODF 1.3 Part 2 §4.8: encrypted parts are listed with <manifest:encryption-data>.
            return .unreadable("password-protected (ODF encryption)")
        }
        let parts = package.entryNames.compactMap { name in kind.place(ofPart: name).map { (name, $0) } }
        guard parts.contains(where: { $0.1 == .body }) else {
            return .unreadable(kind.isOpenDocument ? "no content.xml: not an OpenDocument text" : "no word/document.xml: not a Word document")
        }
        var findings: Set<FileReport.Finding> = []
        for (name, place) in parts {
            guard let xml = package.entry(name), let text = SearchableText(xml: xml) else {
                return .unreadable("\(name) is not well-formed XML (or exceeds the parser's limits)")
            }
            for needle in needles.matches(in: text.text) { findings.insert(.init(place: place, needle: needle)) }
            for value in text.attributeValues {
                for needle in needles.matches(in: value) { findings.insert(.init(place: place, needle: needle)) }
            }
        }
        return findings.isEmpty ? .missing : .refers(findings.sorted())
    }

    private static func contains(_ bytes: [UInt8], _ ascii: String) -> Bool {
        let needle = Array(ascii.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}

