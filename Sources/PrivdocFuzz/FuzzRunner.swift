import Foundation

/// Runs one target for a time budget: every corpus input first, then mutations of them.
final class FuzzRunner {
    struct Result {
        var executions = 0
        var seconds = 0.0
        var outcomes = 0
        var violations: [String] = []
        var saved = 0
    }

    private let target: FuzzTarget
    private let corpusFolder: URL
    private var corpus: [[UInt8]] = []
    private var mutator: Mutator
    private let saveInteresting: Bool
    private var seen = Set<String>()

    init(target: FuzzTarget, corpus folder: URL, seed: UInt64, saveInteresting: Bool) {
        self.target = target
        corpusFolder = folder
        mutator = Mutator(seed: seed, dictionary: target.dictionary, maximumLength: target.maximumLength)
        self.saveInteresting = saveInteresting
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        for file in files where !file.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) { corpus.append(Array(data)) }
        }
        if corpus.isEmpty { corpus = [[]] }
        CrashGuard.install(savingTo: "fuzz-crash-\(target.name)", capacity: target.maximumLength + 1)
    }

    /// Adds a seed input (not saved).
    func add(seed: [UInt8]) { corpus.append(seed) }

    func run(seconds budget: Double) -> Result {
        var result = Result()
        let start = Date()
        var index = 0
        let initial = corpus.count
        run: while true {
            let elapsed = Date().timeIntervalSince(start)
            if elapsed >= budget && index >= initial { break }
            let input: [UInt8]
            if index < initial {
                input = corpus[index]
            } else {
                let base = corpus.randomElement(using: &mutator.rng)!, other = corpus.randomElement(using: &mutator.rng)!
                input = mutator.mutate(base, other: other)
            }
            index += 1
            CrashGuard.set(input)
            switch target.run(input) {
            case .held(let signature):
                if seen.insert(signature).inserted && index > initial && corpus.count < 2_000 {
                    // A new outcome: keep the input to mutate further (and, if asked, in the committed corpus).
                    corpus.append(input)
                    if saveInteresting && result.saved < 12 && input.count <= 4096 { save(input); result.saved += 1 }
                }
            case .violated(let message):
                result.violations.append(message)
                save(input, name: "violation-\(result.violations.count)")
                if result.violations.count >= 5 { break run }
            }
            result.executions += 1
        }
        result.seconds = Date().timeIntervalSince(start)
        result.outcomes = seen.count
        return result
    }

    private func save(_ input: [UInt8], name: String? = nil) {
        try? FileManager.default.createDirectory(at: corpusFolder, withIntermediateDirectories: true)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325   // FNV-1a: a stable file name from the content
        for b in input { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        let file = corpusFolder.appendingPathComponent(name ?? String(hash, radix: 16))
        FileManager.default.createFile(atPath: file.path, contents: Data(input))
    }
}
