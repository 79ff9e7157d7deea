/// ODF lengths as text (ODF 1.3 part 3, §18.3.18 `length`: a number and `cm`, `mm`, `in`, `pt`, `pc` or `px`).
extension Length {
    /// Parses `2cm`, `20mm`, `0.5in`, `72pt`, `6pc`, `96px` (CSS: 96 px to the inch); nil for anything else.
    public init?(odf text: String) {
        let units: [(String, Double)] = [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72), ("pc", 25.4 / 6),
                                         ("px", 25.4 / 96)]
        let t = text.trimmingSpaces
        guard let (unit, factor) = units.first(where: { t.hasSuffix($0.0) }),
              let value = Double(t.dropLast(unit.count)), value.isFinite else { return nil }
        self.init(millimetres: value * factor)
    }

    /// Lengths separated by spaces: `20mm 50mm 85mm 35mm`; nil if any is not a length.
    public static func list(_ text: String) -> [Length]? {
        var out: [Length] = []
        for part in text.split(separator: " ", omittingEmptySubsequences: true) {
            guard let length = Length(odf: String(part)) else { return nil }
            out.append(length)
        }
        return out
    }
}

extension String {
    /// Without leading and trailing ASCII spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
