import ArgumentParser
import LegalCalendar

/// `privdoc deadline`: the deadlines of a data-subject request (GDPR art. 12(3), Regulation 1182/71).
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Print the answer deadline and the extended deadline of a request.")

    @Option(name: .long, help: "Date the request was received, YYYY-MM-DD.")
    var received: String

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    @Flag(name: .long, help: "Show every step: the unrolled dates, each day skipped, both readings of the extension.")
    var explain = false

    func run() throws {
        guard let date = CivilDate(iso: received) else {
            throw ValidationError("--received: expected a date like 2026-03-15")
        }
        let deadlines = LegalCalendar().requestDeadlines(received: date)
        if json {
            print(deadlines.json())
        } else if explain {
            print(deadlines.explanation())
        } else {
            print("received      \(date.iso)")
            print("due           \(deadlines.due.date.iso)")
            print("extended due  \(deadlines.extendedDue.date.iso)")
        }
    }
}
