import Foundation

/// A LibreOffice installation found on this machine: the `soffice` program and, when python3-uno is
/// installed, a Python that can `import uno` (needed for the long-lived UNO converters).
public struct LibreOffice: Sendable, Equatable {
    /// The program to run: `soffice.bin` next to the `soffice` script when present (see `resolveProgram`).
    public let program: String
    /// A Python interpreter with the `uno` module, or nil (then only one-shot `--convert-to` conversion works).
    public let python: String?

    /// What to install, printed with exit code 69 when LibreOffice is missing.
    public static let installHint = """
        install LibreOffice Writer and its Python bridge (Debian/Ubuntu: apt-get install libreoffice-writer-nogui python3-uno), \
        or name the program with --soffice PATH or PRIVDOC_SOFFICE
        """

    /// Finds LibreOffice: `explicit` (from `--soffice`), else `$PRIVDOC_SOFFICE`, else `soffice` or
    /// `libreoffice` on `$PATH`. Throws `.unavailable` with what to install.
    public static func locate(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConversionError) -> LibreOffice {
        let named = explicit ?? environment["PRIVDOC_SOFFICE"].flatMap { $0.isEmpty ? nil : $0 }
        let found: String
        if let named {
            guard let path = executable(named, environment: environment) else {
                throw .unavailable("\(named) is not an executable program; \(installHint)")
            }
            found = path
        } else {
            guard let path = ["soffice", "libreoffice"].lazy.compactMap({ executable($0, environment: environment) }).first else {
                throw .unavailable("soffice was not found on PATH; \(installHint)")
            }
            found = path
        }
        let program = resolveProgram(found)
        return LibreOffice(program: program, python: try findPython(program: program, environment: environment))
    }

    /// Creates an installation from known paths (tests, benchmarks).
    public init(program: String, python: String?) {
        self.program = program
        self.python = python
    }

    /// `soffice` on Linux is a shell script that starts `oosplash`, which starts `soffice.bin`. Running
    /// `soffice.bin` directly leaves one process per converter instead of three, and a kill reaches the
    /// process that does the work.
    static func resolveProgram(_ path: String) -> String {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let bin = real.deletingLastPathComponent().appendingPathComponent("soffice.bin").path
        if real.lastPathComponent == "soffice", FileManager.default.isExecutableFile(atPath: bin) { return bin }
        return real.path
    }

    /// The first of: `$PRIVDOC_PYTHON`, LibreOffice's own bundled `python`, `/usr/bin/python3`, `python3` on
    /// PATH, that can import `uno`. (A pyenv or virtualenv python3 on PATH usually cannot: python3-uno
    /// installs into the system Python.) A Python that cannot be started because the system has no
    /// processes left is no missing python3-uno: that throws `.resources` (issue 15).
    static func findPython(program: String, environment: [String: String]) throws(ConversionError) -> String? {
        var candidates: [String] = []
        if let p = environment["PRIVDOC_PYTHON"], !p.isEmpty { candidates.append(p) }
        candidates.append(URL(fileURLWithPath: program).deletingLastPathComponent().appendingPathComponent("python").path)
        candidates.append("/usr/bin/python3")
        candidates.append("python3")
        for candidate in candidates {
            guard let path = executable(candidate, environment: environment) else { continue }
            if try canImportUNO(path) { return path }
        }
        return nil
    }

    private static func canImportUNO(_ python: String) throws(ConversionError) -> Bool {
        let child: ChildProcess
        do { child = try ChildProcess(executable: python, arguments: ["-c", "import uno; print('ok')"]) } catch {
            if case .resources = error { throw error }
            return false
        }
        child.closeInput()
        let answer = child.readLine(timeout: 20)
        _ = child.waitForExit(timeout: 5)
        child.kill()
        return answer == .line("ok")
    }

    /// An absolute path to an executable: `name` itself if it contains a slash, else searched on PATH.
    static func executable(_ name: String, environment: [String: String]) -> String? {
        let fm = FileManager.default
        if name.contains("/") {
            let absolute = URL(fileURLWithPath: name).path
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: absolute, isDirectory: &isDirectory) && !isDirectory.boolValue && fm.isExecutableFile(atPath: absolute) ? absolute : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
