import PrivdocDiagnostics

/// Warnings for values a reviewer would question (decision 072, thresholds in
/// `templates/data/plausibility.yaml`). Printed; the document is still written.
struct PlausibilityCheck {
    let thresholds: PlausibilityThresholds
    let data: CaseData

    func run(_ values: Values, invalid: Set<String>, bag: inout DiagnosticBag) {
        if !invalid.contains("breach.notify-hours"), case .integer(let hours)? = values["breach.notify-hours"],
           hours > thresholds.maximumNotifyHours {
            warn("breach.notify-hours", &bag,
                 "\(hours) hours leaves the controller less than its \(thresholds.marginHours)-hour working margin within the \(thresholds.legalMaximumHours) hours of GDPR art. 33(1); agree at most \(thresholds.maximumNotifyHours)")
        }
        if !invalid.contains("return-or-delete.term-days"), case .integer(let days)? = values["return-or-delete.term-days"],
           days > thresholds.maximumReturnDays {
            warn("return-or-delete.term-days", &bag,
                 "\(days) days to return or delete the data is longer than the usual \(thresholds.maximumReturnDays) (GDPR art. 28(3)(g)); check it")
        }
        // The purposes and the service description, in every language given (the raw values: the
        // document's language alone might be the one version that does not say it).
        let text = (["purposes", "service"].flatMap { rawTexts(data.values[$0]) }
            + data.values.keys.filter { $0.hasPrefix("purposes.") || $0.hasPrefix("service.") }.sorted().flatMap { rawTexts(data.values[$0]) })
            .joined(separator: "\n").lowercased()
        if !flag("special-categories.processed", values), let word = thresholds.specialCategoryWords.first(where: text.contains) {
            warn("special-categories.processed", &bag,
                 "special categories are marked absent, but the purposes or the service name a benefits file (\"\(word)\"), which usually holds health data (GDPR art. 9); check it")
        }
        if !flag("criminal-data", values), let word = thresholds.criminalDataWords.first(where: text.contains) {
            warn("criminal-data", &bag,
                 "criminal data are marked absent, but the purposes or the service name a fraud file (\"\(word)\"), which usually holds data on offences (GDPR art. 10); check it")
        }
    }

    private func flag(_ path: String, _ values: Values) -> Bool {
        if case .boolean(true)? = values[path] { return true }
        return false
    }

    private func rawTexts(_ raw: RawValue?) -> [String] {
        switch raw {
        case .scalar(let s)?: return [s]
        case .list(let items)?: return items.flatMap { rawTexts($0) }
        case .map(let entries)?: return entries.flatMap { rawTexts($0.value) }
        case nil: return []
        }
    }

    private func warn(_ path: String, _ bag: inout DiagnosticBag, _ message: String) {
        bag.warning(.plausibility, at: data.location(of: path), field: path, message)
    }
}
