import Foundation
@testable import PDFConversion

/// A converter that behaves like a real one from the outside — a separate process fed one line per
/// document — but decides by the input's file name: `hang…` never answers, `crash…` exits, `slow…` takes
/// 0.2 s, `flaky…` crashes the first time only (a marker file remembers), anything else writes a one-line
/// "PDF". It lets the pool's timeouts, kills and restarts run against real processes without LibreOffice.
final class FakeConverter: DocumentConverter, @unchecked Sendable {
    static let script = #"""
    while IFS= read -r line; do
      case "$line" in
        *hang*) sleep 600 ;;
        *crash*) exit 3 ;;
        *flaky*) if [ -e "$line.seen" ]; then printf '%%PDF-fake %%%%EOF' > "${line%.odt}.pdf"; echo ok; else : > "$line.seen"; exit 3; fi ;;
        *slow*) sleep 0.2; echo ok ;;
        *) echo ok ;;
      esac
    done
    """#
    private var child: ChildProcess?
    private(set) var pid: Int32?

    func start() throws(ConversionError) {
        guard child == nil else { return }
        let c = try ChildProcess(executable: "/bin/sh", arguments: ["-c", Self.script])
        child = c
        pid = c.pid
    }

    func convert(_ job: ConversionJob, timeout: Double) throws(ConversionError) -> ConversionReport {
        guard let child, child.writeLine(job.input.path) else { stop(); throw .crashed("gone") }
        switch child.readLine(timeout: timeout) {
        case .line:
            for output in job.outputs { FileManager.default.createFile(atPath: output.url.path, contents: Data("%PDF-fake\n%%EOF\n".utf8)) }
            return ConversionReport(pages: 1)
        case .timedOut: stop(); throw .timedOut(seconds: timeout)
        case .closed: stop(); throw .crashed("exited")
        }
    }

    func stop() {
        child?.closeInput()
        child?.kill()
        child = nil
    }
}
