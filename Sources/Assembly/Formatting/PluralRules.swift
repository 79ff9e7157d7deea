import ClauseSyntax

/// One language's CLDR cardinal plural rules (UTS #35 Part 3 §5.1), read from CLDR's own rule text in
/// `templates/data/cldr-plurals.yaml` (decision 110): which category — zero, one, two, few, many, other —
/// a number takes, so a clause can agree its noun with it ("1 dzień", "2 dni", "5 dni").
struct PluralRules: Sendable {
    /// The rules in CLDR's order; `other` has no condition and is the fallback.
    let rules: [(category: PluralCategory, condition: PluralCondition?)]

    /// The categories the language uses (every one a `plural:` placeholder must give).
    var categories: [PluralCategory] { rules.map(\.category).sorted() }

    /// The category of `operands` (the first rule that holds, else `other`).
    func category(of operands: PluralOperands) -> PluralCategory {
        for (category, condition) in rules where condition?.holds(operands) ?? false { return category }
        return .other
    }

    func category(of number: Int) -> PluralCategory { category(of: PluralOperands(number)) }

    /// Parses the rules of one language: category → CLDR rule text (samples after `@` are ignored here).
    static func parse(_ texts: [String: String]) -> Result<PluralRules, PluralRuleError> {
        var rules: [(PluralCategory, PluralCondition?)] = []
        for (name, text) in texts {
            guard let category = PluralCategory(rawValue: name) else { return .failure(.init(message: "unknown category \(name)")) }
            let rule = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if rule.trimmingSpaces.isEmpty {
                rules.append((category, nil))
                continue
            }
            switch PluralConditionParser.parse(rule) {
            case .success(let condition): rules.append((category, condition))
            case .failure(let error): return .failure(error)
            }
        }
        if !rules.contains(where: { $0.0 == .other }) { rules.append((.other, nil)) }
        return .success(PluralRules(rules: rules.sorted { $0.0 < $1.0 }))
    }
}

/// The operands of a number (UTS #35 Part 3 §5.1.1), from its decimal digits as written.
struct PluralOperands: Equatable, Sendable {
    /// Absolute value.
    var n: Double
    /// Integer digits.
    var i: Int
    /// Number of visible fraction digits, with and without trailing zeros.
    var v: Int, w: Int
    /// Visible fraction digits as an integer, with and without trailing zeros.
    var f: Int, t: Int

    init(_ number: Int) {
        n = Double(abs(number)); i = abs(number); v = 0; w = 0; f = 0; t = 0
    }

    /// From a decimal written like `1.50` (digits, an optional point, digits); nil for anything else.
    init?(decimal: String) {
        let parts = decimal.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0].hasPrefix("-") ? String(parts[0].dropFirst()) : String(parts[0])) else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber) else { return nil }
        let trimmed = String(fraction.reversed().drop { $0 == "0" }.reversed())
        i = whole
        v = fraction.count
        w = trimmed.count
        f = Int(fraction) ?? 0
        t = Int(trimmed) ?? 0
        n = Double(whole) + (fraction.isEmpty ? 0 : Double("0." + fraction) ?? 0)
    }

    func value(_ operand: Character) -> Double {
        switch operand {
        case "n": return n
        case "i": return Double(i)
        case "v": return Double(v)
        case "w": return Double(w)
        case "f": return Double(f)
        case "t": return Double(t)
        default: return 0 // c and e: the compact exponent, 0 for a number written out
        }
    }
}

struct PluralRuleError: Error, Equatable, Sendable {
    var message: String
}

/// `condition = and_condition ('or' and_condition)*`.
indirect enum PluralCondition: Sendable {
    case or([PluralCondition])
    case and([PluralCondition])
    /// `operand (% modulus)? (= | !=) ranges`.
    case relation(operand: Character, modulus: Int?, equal: Bool, ranges: [ClosedRange<Int>])

    func holds(_ x: PluralOperands) -> Bool {
        switch self {
        case .or(let all): return all.contains { $0.holds(x) }
        case .and(let all): return all.allSatisfy { $0.holds(x) }
        case .relation(let operand, let modulus, let equal, let ranges):
            var value = x.value(operand)
            if let modulus { value = value.truncatingRemainder(dividingBy: Double(modulus)) }
            // A range holds only integers: 2.5 is not in 2..4 (UTS #35 §5.1.2).
            let inRanges = value == value.rounded() && ranges.contains { $0.contains(Int(value)) }
            return inRanges == equal
        }
    }
}

/// Reads CLDR's rule syntax: `v = 0 and i % 10 = 2..4 and i % 100 != 12..14`.
enum PluralConditionParser {
    static func parse(_ text: String) -> Result<PluralCondition, PluralRuleError> {
        let tokens = text.split(whereSeparator: { $0 == " " }).map(String.init)
        var at = 0
        func fail(_ why: String) -> Result<PluralCondition, PluralRuleError> { .failure(.init(message: "\(why) in `\(text)`")) }
        var ors: [PluralCondition] = []
        var ands: [PluralCondition] = []
        while at < tokens.count {
            guard tokens[at].count == 1, let operand = tokens[at].first, "nivwftce".contains(operand) else { return fail("expected an operand") }
            at += 1
            var modulus: Int?
            if at < tokens.count, tokens[at] == "%" || tokens[at] == "mod" {
                guard at + 1 < tokens.count, let m = Int(tokens[at + 1]) else { return fail("expected a modulus") }
                modulus = m
                at += 2
            }
            guard at < tokens.count, tokens[at] == "=" || tokens[at] == "!=" else { return fail("expected = or !=") }
            let equal = tokens[at] == "="
            at += 1
            guard at < tokens.count else { return fail("expected a range") }
            var ranges: [ClosedRange<Int>] = []
            for part in tokens[at].split(separator: ",") {
                let bounds = part.components(separatedBy: "..")
                guard let low = Int(bounds[0]), let high = Int(bounds.count == 2 ? bounds[1] : bounds[0]), low <= high else {
                    return fail("bad range \(part)")
                }
                ranges.append(low...high)
            }
            at += 1
            ands.append(.relation(operand: operand, modulus: modulus, equal: equal, ranges: ranges))
            if at < tokens.count {
                switch tokens[at] {
                case "and": at += 1
                case "or":
                    ors.append(.and(ands)); ands = []; at += 1
                default: return fail("expected and or or")
                }
            }
        }
        guard !ands.isEmpty else { return fail("empty condition") }
        ors.append(.and(ands))
        return .success(.or(ors))
    }
}

private extension StringProtocol {
    func components(separatedBy separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            out.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
