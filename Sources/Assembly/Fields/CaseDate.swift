import LegalCalendar

/// The one reader of dates in case data: ISO 8601 (`2026-03-15`) and the Dutch `d-m-jjjj` that Excel in
/// Dutch writes into a CSV export (`15-3-2026`, `15-03-2026`).
///
/// The two forms cannot be confused: ISO starts with a four-digit year, the Dutch form ends with one. A
/// two-digit year (`15-3-26`) is refused, because the century is a guess; so are `/` and `.` separators,
/// which Excel writes only under other regional settings, where `3/4/2026` may be 3 April or 4 March
/// (decision 021, docs/case-data.md).
public enum CaseDate {
    /// The date, or nil when `text` is no existing date in either form.
    public static func parse(_ text: String) -> CivilDate? {
        let text = text.trimmingBlanks
        if let iso = CivilDate(iso: text) { return iso }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The message for a value that is no date.
    public static let expected = "expected a date like 2026-03-15 or 15-3-2026"
}
