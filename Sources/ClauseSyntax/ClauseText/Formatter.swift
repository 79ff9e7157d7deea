/// The formatters a placeholder may name (templates.md §1.2). A closed set: an unknown name is a parse error.
public enum Formatter: String, Hashable, Sendable, CaseIterable {
    case date, shortdate, label, upper, lower, number, iso
}
