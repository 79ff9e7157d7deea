import Foundation

/// privdoc-fuzz — seeded mutation fuzzing of privdoc's parsers and readers (issue 15, decision 026).
///
///     privdoc-fuzz [all | clause-text | condition | csv | case-data | xliff …] [--seconds S] [--seed N]
///                  [--corpus DIR] [--root DIR] [--save-interesting] [--replay FILE]
///
/// Each target runs for `--seconds` (default 30): inputs are the corpus files (Tests/Fuzz/Corpus/<target>/)
/// and mutations of them. The property of each target is checked on every input; a violation, or a
/// crash (the input is then saved to `fuzz-crash-<target>`), ends the run with exit 1. Prints executions,
/// time, distinct outcomes and violations per target.
struct Options {
    var targets: [String] = []
    var seconds = 30.0
    var seed: UInt64 = 2026
    var corpus = "Tests/Fuzz/Corpus"
    var root = "."
    var saveInteresting = false
    var replay: String?

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var i = 0
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--seconds":
                guard let s = Double(value()), s > 0, s <= 86_400 else { fail("--seconds expects 0 < S ≤ 86400") }
                options.seconds = s
            case "--seed":
                guard let s = UInt64(value()) else { fail("--seed expects a whole number") }
                options.seed = s
            case "--corpus": options.corpus = value()
            case "--root": options.root = value()
            case "--save-interesting": options.saveInteresting = true
            case "--replay": options.replay = value()
            case "-h", "--help":
                print("usage: privdoc-fuzz [all | \(allTargets.joined(separator: " | "))] [--seconds S] [--seed N] [--corpus DIR] [--root DIR] [--save-interesting] [--replay FILE]")
                exit(0)
            case let name where allTargets.contains(name) || name == "all":
                options.targets += name == "all" ? allTargets : [name]
            default: fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
        if options.targets.isEmpty { options.targets = allTargets }
        return options
    }
}

let allTargets = ["clause-text", "condition", "csv", "case-data", "xliff"]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("privdoc-fuzz: \(message)\n".utf8))
    exit(64)
}

func makeTarget(_ name: String, root: URL) -> FuzzTarget {
    switch name {
    case "clause-text": return ClauseTextTarget()
    case "condition": return ConditionTarget()
    case "csv": return CSVTarget()
    case "case-data": return CaseDataTarget()
    default:
        do { return try XLIFFTarget(root: root) } catch { fail("xliff: the library at \(root.path) does not load: \(error)") }
    }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let root = URL(fileURLWithPath: options.root)
var failed = false
for name in options.targets {
    let target = makeTarget(name, root: root)
    if let replay = options.replay {
        guard let bytes = FileManager.default.contents(atPath: replay) else { fail("cannot read \(replay)") }
        switch target.run(Array(bytes)) {
        case .held(let signature): print("\(name): held (\(signature))")
        case .violated(let message): print("\(name): VIOLATED: \(message)"); failed = true
        }
        continue
    }
    let runner = FuzzRunner(target: target, corpus: URL(fileURLWithPath: options.corpus).appendingPathComponent(name),
                            seed: options.seed, saveInteresting: options.saveInteresting)
    if let xliff = target as? XLIFFTarget, let seed = xliff.export("pl") {
        runner.add(seed: seed)
        // Variants that change one translation each: real imports, so the "library still loads" check runs.
        let text = String(decoding: seed, as: UTF8.self)
        for (n, word) in [(1, " (fuzz)"), (7, " **fuzz**"), (30, " [fuzz](https://fuzz.example)")] {
            var parts = text.components(separatedBy: "</target>")
            guard parts.count > n else { continue }
            parts[n - 1] += word
            runner.add(seed: Array(parts.joined(separator: "</target>").utf8))
        }
    }
    let result = runner.run(seconds: options.seconds)
    var line = "\(name): \(result.executions) executions in \(String(format: "%.1f", result.seconds)) s"
        + " (\(Int(Double(result.executions) / max(result.seconds, 0.001)))/s), \(result.outcomes) distinct outcomes,"
        + " \(result.violations.count) violations, 0 crashes"
    if let xliff = target as? XLIFFTarget { line += ", \(xliff.imports) real imports checked by lint (every clause text parses)" }
    if result.saved > 0 { line += ", \(result.saved) inputs added to the corpus" }
    print(line)
    for violation in result.violations.prefix(5) { print("  VIOLATED: \(violation)") }
    if !result.violations.isEmpty { failed = true }
}
exit(failed ? 1 : 0)
