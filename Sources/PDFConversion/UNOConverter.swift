import DocumentOutput
import Foundation

/// A long-lived LibreOffice converter: one `soffice` (with its own private profile) driven through the UNO
/// bridge, fed one document after another. Starting LibreOffice costs about 1.5 s; a letter then costs tens
/// of milliseconds (docs/decisions/060-pdf-conversion.md).
public final class UNOConverter: DocumentConverter, @unchecked Sendable {
    private let office: LibreOffice
    private let python: String
    private let startTimeout: Double
    private var folder: PrivateFolder?
    private var bridge: ChildProcess?
    private static let counter = AtomicCounter()

    /// A converter for an installation; throws `.unavailable` when it has no Python with `uno`.
    public init(office: LibreOffice, startTimeout: Double = 120) throws(ConversionError) {
        guard let python = office.python else {
            throw .unavailable("LibreOffice's Python bridge is missing (Debian/Ubuntu: apt-get install python3-uno)")
        }
        self.office = office
        self.python = python
        self.startTimeout = startTimeout
    }

    deinit { stop() }

    /// The bridge's process group id while running (tests use it to check nothing is left).
    public var processGroup: Int32? { bridge?.pid }

    /// Starts LibreOffice. A start that fails quickly (soffice or the bridge exits, or says it cannot) is
    /// tried once more with a fresh profile: LibreOffice's first start after installation once failed for one
    /// of two converters started together and never again. A start that hangs is not tried again (it would
    /// cost the start limit twice), nor one the system refused for lack of processes.
    public func start() throws(ConversionError) {
        guard bridge == nil else { return }
        do throws(StartFailure) {
            try startOnce()
        } catch .quick {
            do throws(StartFailure) { try startOnce() } catch { throw error.error }
        } catch {
            throw error.error
        }
    }

    /// How a start failed: `quick` may be tried again.
    private enum StartFailure: Error {
        case quick(ConversionError), final(ConversionError)
        var error: ConversionError { switch self { case .quick(let e), .final(let e): e } }
    }

    private func startOnce() throws(StartFailure) {
        let folder: PrivateFolder
        do throws(ConversionError) { folder = try PrivateFolder(prefix: "lo") } catch { throw .final(error) }
        let script = folder.url.appendingPathComponent("bridge.py")
        let profile = folder.url.appendingPathComponent("profile", isDirectory: true)
        do { try Data(UNOBridgeScript.source.utf8).write(to: script) } catch { throw .final(.unavailable("cannot write to \(folder.url.path)")) }
        let pipeName = "privdoc-\(getpid())-\(Self.counter.increment())"
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.url.path   // LibreOffice and fontconfig caches never touch the user's home
        environment.removeValue(forKey: "PYTHONPATH")
        let child: ChildProcess
        do throws(ConversionError) {
            child = try ChildProcess(executable: python, arguments: [script.path, office.program, profile.path, pipeName],
                                     environment: environment, stderrPath: folder.url.appendingPathComponent("bridge.log").path)
        } catch { throw .final(error) }
        switch child.readLine(timeout: startTimeout) {
        case .line(let line) where line.contains("\"ready\": true"):
            self.folder = folder
            self.bridge = child
        case .line(let line):
            child.kill()
            let answer = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let why = answer?["error"] as? String
            if answer?["resources"] as? Bool == true, let why { throw .final(.resources(why)) }
            throw .quick(notStarting(why ?? "LibreOffice did not start"))
        case .timedOut:
            child.kill()
            throw .final(notStarting("LibreOffice did not start within \(Int(startTimeout)) s"))
        case .closed:
            child.kill()
            let log = (try? String(contentsOf: folder.url.appendingPathComponent("bridge.log"), encoding: .utf8)) ?? ""
            throw .quick(notStarting("the UNO bridge exited while starting\(log.isEmpty ? "" : ": " + String(log.suffix(300)))"))
        }
    }

    /// A program that was found but does not start as LibreOffice (`--soffice /bin/true`, a broken
    /// install): unavailable, with what to install, as when none is found.
    private func notStarting(_ why: String) -> ConversionError {
        .unavailable("\(office.program) did not start as LibreOffice (\(why)); \(LibreOffice.installHint)")
    }

    public func convert(_ job: ConversionJob, timeout: Double) throws(ConversionError) -> ConversionReport {
        try start()
        guard let bridge else { throw .crashed("not running") }
        let exports: [[String: Any]] = job.outputs.map { output in
            let filter = PDFExportFilter(format: output.format)
            return ["out": output.url.path, "filterName": filter.filterName, "filter": filter.options.map { [$0.name, $0.type, $0.value] }]
        }
        let request: [String: Any] = ["in": job.input.path, "exports": exports]
        let limit = timeout * Double(job.outputs.count)   // the time limit is per PDF written
        guard let json = try? JSONSerialization.data(withJSONObject: request), bridge.writeLine(String(decoding: json, as: UTF8.self)) else {
            stop()
            throw .crashed("the converter no longer reads")
        }
        switch bridge.readLine(timeout: limit) {
        case .timedOut:
            stop()
            throw .timedOut(seconds: limit)
        case .closed:
            stop()
            throw .crashed("LibreOffice exited")
        case .line(let line):
            guard let answer = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                stop()
                throw .crashed("unreadable answer from the bridge")
            }
            if answer["ok"] as? Bool == true { return ConversionReport(pages: answer["pages"] as? Int ?? 0) }
            let error = answer["error"] as? String ?? "unknown error"
            if answer["fatal"] as? Bool == true {
                stop()
                throw .crashed(error)
            }
            throw .failed("LibreOffice: \(error)")
        }
    }

    public func stop() {
        if let bridge {
            bridge.closeInput()                    // the bridge kills soffice and exits on end of input…
            _ = bridge.waitForExit(timeout: 2)
            bridge.kill()                          // …and the group kill catches anything left behind
        }
        bridge = nil
        folder?.remove()
        folder = nil
    }
}
