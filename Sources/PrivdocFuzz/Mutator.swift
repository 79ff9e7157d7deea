/// SplitMix64: a tiny seeded generator, so a fuzz run is reproducible from its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutations of corpus inputs, in the manner of libFuzzer's: byte flips, insertions and deletions,
/// copies of a range, splices of two inputs, dictionary tokens, and tokens repeated thousands of times
/// (the depth and size attacks of issue 15).
struct Mutator {
    var rng: SplitMix64
    let dictionary: [[UInt8]]
    let maximumLength: Int

    init(seed: UInt64, dictionary: [String], maximumLength: Int) {
        rng = SplitMix64(seed: seed)
        self.dictionary = dictionary.map { Array($0.utf8) }
        self.maximumLength = maximumLength
    }

    /// A new input from `base`, with 1–8 mutations; `other` is a second corpus input to splice from.
    mutating func mutate(_ base: [UInt8], other: [UInt8]) -> [UInt8] {
        var data = base
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            switch Int.random(in: 0..<10, using: &rng) {
            case 0 where !data.isEmpty:   // flip a bit
                let i = Int.random(in: 0..<data.count, using: &rng)
                data[i] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
            case 1:   // a random byte
                data.insert(UInt8.random(in: 0...255, using: &rng), at: Int.random(in: 0...data.count, using: &rng))
            case 2 where !data.isEmpty:   // delete a range
                let i = Int.random(in: 0..<data.count, using: &rng)
                data.removeSubrange(i..<min(data.count, i + Int.random(in: 1...16, using: &rng)))
            case 3 where !data.isEmpty:   // copy a range elsewhere
                let i = Int.random(in: 0..<data.count, using: &rng)
                let piece = data[i..<min(data.count, i + Int.random(in: 1...32, using: &rng))]
                data.insert(contentsOf: piece, at: Int.random(in: 0...data.count, using: &rng))
            case 4 where !other.isEmpty:   // splice with another input
                let cut = Int.random(in: 0...data.count, using: &rng), from = Int.random(in: 0..<other.count, using: &rng)
                data = Array(data[..<cut]) + other[from...]
            case 5, 6, 7 where !dictionary.isEmpty:   // a token
                data.insert(contentsOf: dictionary.randomElement(using: &rng)!, at: Int.random(in: 0...data.count, using: &rng))
            case 8 where !dictionary.isEmpty:   // a token many times: nesting and size
                let token = dictionary.randomElement(using: &rng)!
                let times = [10, 100, 1_000, 5_000].randomElement(using: &rng)!
                let repeated = Array(repeating: token, count: times).flatMap { $0 }
                data.insert(contentsOf: repeated.prefix(maximumLength), at: Int.random(in: 0...data.count, using: &rng))
            default:   // a random ASCII byte (most syntax is ASCII)
                data.insert(UInt8.random(in: 0x09...0x7E, using: &rng), at: Int.random(in: 0...data.count, using: &rng))
            }
        }
        if data.count > maximumLength { data.removeSubrange(maximumLength...) }
        return data
    }
}
