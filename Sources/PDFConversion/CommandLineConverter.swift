import Foundation

/// Converts by starting `soffice --headless --convert-to` once per call: about 1 s a letter. The fallback
/// when python3-uno is missing, and the baseline `privdoc bench pdf` compares the pool with. Like a user's
/// LibreOffice, it keeps one private profile for its lifetime: the first call creates it (soffice exits
/// with 81 once and is started again), later calls start soffice on the initialised profile. `convertAll`
/// feeds one soffice many files, the middle option measured in decision 060.
public final class CommandLineConverter: DocumentConverter, @unchecked Sendable {
    private let office: LibreOffice
    private var folder: PrivateFolder?

    /// A converter for an installation.
    public init(office: LibreOffice) { self.office = office }

    deinit { stop() }

    public func start() throws(ConversionError) {
        if folder == nil { folder = try PrivateFolder(prefix: "lo1") }
    }

    /// Removes the profile (a converter that crashed starts again on a fresh one).
    public func stop() {
        folder?.remove()
        folder = nil
    }

    public func convert(_ job: ConversionJob, timeout: Double) throws(ConversionError) -> ConversionReport {
        try start()
        guard let folder else { throw .crashed("no profile") }
        let outdir = folder.url.appendingPathComponent("out", isDirectory: true)
        // `--convert-to` takes one filter per start: one start per format.
        for output in job.outputs {
            try Self.run(office: office, inputs: [job.input], format: output.format, outdir: outdir, profile: folder.url, timeout: timeout)
            let produced = outdir.appendingPathComponent(job.input.deletingPathExtension().lastPathComponent + ".pdf")
            guard FileManager.default.fileExists(atPath: produced.path) else { throw .failed("soffice wrote no PDF") }
            try? FileManager.default.removeItem(at: output.url)
            do { try FileManager.default.moveItem(at: produced, to: output.url) } catch { throw .failed("cannot move the PDF into place") }
        }
        return ConversionReport(pages: 0)
    }

    /// Converts many files with one `soffice` start on this converter's profile; the PDFs land in `outdir`
    /// under the inputs' stems.
    public func convertAll(inputs: [URL], format: OutputFormat, outdir: URL, timeout: Double) throws(ConversionError) {
        try start()
        guard let folder else { throw .crashed("no profile") }
        try Self.run(office: office, inputs: inputs, format: format, outdir: outdir, profile: folder.url, timeout: timeout)
    }

    private static func run(office: LibreOffice, inputs: [URL], format: OutputFormat, outdir: URL, profile: URL, timeout: Double) throws(ConversionError) {
        // soffice.bin exits with 81 ("restart") after creating a fresh profile, before converting anything;
        // the soffice script's oosplash would start it again, so do the same, once.
        if try runOnce(office: office, inputs: inputs, format: format, outdir: outdir, profile: profile, timeout: timeout) == 81 {
            let status = try runOnce(office: office, inputs: inputs, format: format, outdir: outdir, profile: profile, timeout: timeout)
            guard status == 0 else { throw .crashed("soffice exited with status \(status)") }
        }
    }

    /// One soffice run; returns its exit status (0 or 81), throws on a timeout or another failure.
    private static func runOnce(office: LibreOffice, inputs: [URL], format: OutputFormat, outdir: URL, profile: URL, timeout: Double) throws(ConversionError) -> Int32 {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.path
        let arguments = ["-env:UserInstallation=\(profile.appendingPathComponent("profile").absoluteString)",
                         "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                         "--convert-to", PDFExportFilter(format: format).commandLineFilter, "--outdir", outdir.path]
            + inputs.map(\.path)
        let child = try ChildProcess(executable: office.program, arguments: arguments, environment: environment)
        child.closeInput()
        // soffice prints one "convert … -> …" line per file; wait for its stdout to close, within the limit.
        let deadline = DispatchTime.now().uptimeNanoseconds + ChildProcess.nanoseconds(timeout)
        while true {
            let left = Double(deadline &- DispatchTime.now().uptimeNanoseconds) / 1e9
            switch child.readLine(timeout: left > 0 && left < timeout + 1 ? left : 0) {
            case .line: continue
            case .timedOut: child.kill(); throw .timedOut(seconds: timeout)
            case .closed:
                guard child.waitForExit(timeout: max(1, left)) else { child.kill(); throw .timedOut(seconds: timeout) }
                child.kill()
                let raw = child.exitStatus ?? 0
                let status: Int32 = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
                guard status == 0 || status == 81 else { throw .crashed("soffice exited with status \(status)") }
                return status
            }
        }
    }
}
