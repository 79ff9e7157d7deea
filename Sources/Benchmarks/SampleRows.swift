import Batch
import DelimitedText
import Foundation
import LegalCalendar

/// Generates realistic, fictional extension-notice rows (Dutch names and addresses, some representatives)
/// from a seed: the same seed gives the same file, for the benchmark and the batch tests.
public struct SampleRows {
    /// Ways a row can be broken on purpose (the batch must reject exactly these rows).
    public enum Defect: String, CaseIterable, Sendable {
        case missingField, badDate, unknownRequestType, unknownLanguage, illegalCharacter, unbalancedQuote
        case wrongFieldCount, impossibleDate, tooLate, duplicateReference, badPostcode, badSalutation
    }

    /// The column headers (dotted field names).
    public static let header = [
        "reference", "language", "recipient.salutation", "recipient.name", "recipient.street", "recipient.postcode",
        "recipient.city", "representative.name", "representative.street", "representative.postcode", "representative.city",
        "request.type", "request.received", "request.reference", "request.channel", "extension.ground", "extension.reason",
        "caseworker.name", "caseworker.phone", "caseworker.email",
    ]

    private var rng: SplitMix64
    private let date: CivilDate
    private let languages: [String]
    /// Language of the first row, so a duplicated reference really clashes (same reference and language).
    private var firstLanguage = ""

    /// A generator for letters dated `date`, in the given languages (weighted towards the first).
    public init(seed: UInt64, date: CivilDate, languages: [String] = ["nl"]) {
        rng = SplitMix64(seed: seed)
        self.date = date
        self.languages = languages
    }

    /// Writes `count` rows to `url` as comma-separated CSV; rows at the given 0-based positions get a defect.
    public mutating func writeCSV(to url: URL, count: Int, defects: [Int: Defect] = [:]) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else { throw BatchError.cannotWrite(url.path) }
        defer { try? handle.close() }
        var buffer = Array((Self.header.joined(separator: ",") + "\n").utf8)
        for i in 0..<count {
            buffer.append(contentsOf: line(index: i, defect: defects[i]).utf8)
            if buffer.count > 1 << 16 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
    }

    /// One CSV line (with its newline).
    mutating func line(index: Int, defect: Defect?) -> String {
        let surname = pick(Self.surnames), city = pick(Self.cities)
        let represented = rng.next() % 20 == 0
        // Received 5–27 days before the letter date, so an extension notice dated `date` is within the first month.
        let received = date.adding(days: -Int(5 + rng.next() % 23))
        var f: [String: String] = [
            "reference": String(format: "SD-%04ld-%06ld", date.year, index + 1),
            "language": languages.count == 1 || rng.next() % 4 != 0 ? languages[0] : pick(languages),
            "recipient.salutation": pick(["mr", "ms", "none"]),
            "recipient.name": "\(pick(Self.initials)) \(surname)",
            "recipient.street": "\(pick(Self.streets)) \(1 + rng.next() % 180)",
            "recipient.postcode": "\(1000 + rng.next() % 8999) \(pick(Self.letterPairs))",
            "recipient.city": city,
            "request.type": pick(["access", "access", "access", "rectification", "erasure", "objection"]),
            "request.received": received.iso,
            "request.channel": pick(["digid", "digid", "paper", "email", "counter"]),
            "extension.ground": pick(["complexity", "number-of-requests"]),
            "extension.reason": "",
            "caseworker.name": "\(pick(["S.", "M.", "R.", "E."])) \(pick(Self.surnames))",
            "caseworker.phone": "14 0123",
            "caseworker.email": "privacy@sdvoorbeeldregio.nl",
        ]
        f["extension.reason"] = pick(Self.reasons[f["language"]!] ?? Self.reasons["en"]!)
        if index == 0 { firstLanguage = f["language"]! }
        if rng.next() % 3 == 0 { f["request.reference"] = "UW-\(100_000 + rng.next() % 900_000)" }
        if represented {
            f["representative.name"] = "Mr. \(pick(Self.initials)) \(pick(Self.surnames))"
            f["representative.street"] = "\(pick(Self.streets)) \(1 + rng.next() % 90)"
            f["representative.postcode"] = "\(1000 + rng.next() % 8999) \(pick(Self.letterPairs))"
            f["representative.city"] = pick(Self.cities)
        }
        var raw: String?
        switch defect {
        case nil: break
        case .missingField?: f["recipient.postcode"] = nil
        case .badDate?: f["request.received"] = "15-03-26"
        case .impossibleDate?: f["request.received"] = "2026-02-30"
        case .unknownRequestType?: f["request.type"] = "portability"
        case .unknownLanguage?: f["language"] = "fr"
        case .illegalCharacter?: f["recipient.name"] = "A.\u{0007} Jansen"
        case .badPostcode?: f["recipient.postcode"] = "12345"
        case .badSalutation?: f["recipient.salutation"] = "dr"
        case .tooLate?: f["request.received"] = date.adding(days: -45).iso
        case .duplicateReference?:
            f["reference"] = String(format: "SD-%04ld-%06ld", date.year, 1)
            f["language"] = firstLanguage
            f["extension.reason"] = pick(Self.reasons[firstLanguage] ?? Self.reasons["en"]!)
        case .wrongFieldCount?: raw = Self.header.map { CSVField.quoted(f[$0] ?? "") }.joined(separator: ",") + ",extra\n"
        case .unbalancedQuote?:
            raw = Self.header.map { $0 == "recipient.street" ? "\"" + (f[$0] ?? "") : CSVField.quoted(f[$0] ?? "") }
                .joined(separator: ",") + "\n"
        }
        return raw ?? Self.header.map { CSVField.quoted(f[$0] ?? "") }.joined(separator: ",") + "\n"
    }

    private mutating func pick<T>(_ options: [T]) -> T { options[Int(rng.next() % UInt64(options.count))] }

    static let initials = ["A.", "B.", "C.J.", "D.", "E.M.", "F.", "G.", "H.A.", "I.", "J.", "J.P.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W."]
    static let surnames = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
                           "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
                           "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Yılmaz", "Kaya",
                           "El Amrani", "Kowalski", "Nowak", "Bouzid", "Öztürk", "Kovalenko", "Schmidt", "Doğan"]
    static let streets = ["Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Schoolstraat", "Julianastraat",
                          "Beatrixlaan", "Wilhelminastraat", "Nieuwstraat", "Marktplein", "Sportlaan", "Irenestraat",
                          "Parallelweg", "Eikenlaan", "Populierenlaan", "Van 't Hoffstraat"]
    static let cities = ["Voorbeeldstad", "Dorpwijk", "Molenveen"]
    static let letterPairs = ["AB", "BC", "CD", "EK", "GH", "JL", "KM", "LN", "MR", "PT", "RV", "TX", "VZ", "XB"]
    static let reasons = [
        "nl": [
        "Uw verzoek gaat over gegevens uit zes jaar en drie verschillende regelingen. Die moeten wij in meerdere systemen opzoeken.",
        "Wij hebben deze maand veel verzoeken ontvangen. Wij willen uw verzoek zorgvuldig behandelen.",
        "Een deel van de gegevens ligt in ons archief. Wij moeten die eerst opvragen.",
        "In uw dossier staan ook gegevens over andere mensen. Die moeten wij eerst afschermen.",
        ],
        "en": [
        "Your request covers six years of data under three different schemes, which we must look up in several systems.",
        "We have received many requests this month and want to handle yours with care.",
        "Part of the data is in our archive and has to be retrieved first.",
        "Your file also holds data about other people, which we must shield first.",
        ],
    ]
}

/// A small, fast, seedable generator (SplitMix64), so sample files are the same on every machine.
struct SplitMix64 {
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
