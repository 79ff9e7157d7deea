/// The organisation's lines in a letter's letterhead and footer (domain.md §5), composed from the
/// profile once when it loads rather than for every letter.
struct Letterhead: Sendable {
    /// `org.name` (empty when the profile has none; the profile then has an error anyway).
    let name: String
    /// `Postbus 100, 1230 AA Voorbeeldstad` for the postal and then the visiting address, where given.
    let addressLines: [String]
    /// Phone and website, where given, in that order.
    let contact: [String]
    /// `org.website`, for the first page's footer.
    let website: String?

    init(_ values: [String: String]) {
        name = values["org.name"] ?? ""
        addressLines = ["org.postal-address", "org.visiting-address"].compactMap { Self.addressLine(values, $0) }
        contact = ["org.phone", "org.website"].compactMap { values[$0] }
        website = values["org.website"]
    }

    /// `Postbus 100, 1230 AA Voorbeeldstad`.
    private static func addressLine(_ values: [String: String], _ prefix: String) -> String? {
        let street = values["\(prefix).street"]
        let place = [values["\(prefix).postcode"], values["\(prefix).city"]].compactMap { $0 }.joined(separator: " ")
        let parts = [street, place.isEmpty ? nil : place].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
