import Assembly
import DocumentOutput
import Foundation
import ODF
import PrivdocDiagnostics

/// One chunk: assemble and package in parallel, claim names in row order, write in parallel.
extension BatchRunner {
    /// The result of one row before its file is written.
    struct RowResult {
        let line: Int
        var outcome: Outcome
        var document: Document?
        var bytes: [UInt8] = []
        var stem = ""
        var reference = ""
        var warnings: [Diagnostic] = []
        enum Outcome {
            case written(ManifestEntry, fresh: Bool)
            case rejected([RowProblem])
        }
    }

    /// Assembles and packages every row of the chunk in parallel (phase 1).
    func process(_ rows: [InputRow], shortfall: inout ParallelFor.Shortfall?) -> [RowResult] {
        let results = Slots<RowResult?>(count: rows.count, initial: nil)
        defer { results.deallocate() }
        let keepModel = options.combined != nil
        let refused = ParallelFor.run(count: rows.count, workers: options.jobs, starter: threads) { i in
            results.buffer[i] = self.render(rows[i], keepModel: keepModel)
        }
        shortfall = ParallelFor.worse(shortfall, refused)
        return results.buffer.map { $0! }
    }

    /// Claims file names in row order (so of two rows with the same name the earlier always wins, whatever
    /// the thread timing), then writes the files in parallel (phases 2 and 3).
    func finalize(_ results: [RowResult], claims: inout FileNameClaims, shortfall: inout ParallelFor.Shortfall?) -> [RowResult] {
        var results = results
        for i in results.indices {
            guard case .written = results[i].outcome else { continue }
            if let clash = claims.claim(results[i].stem, reference: results[i].reference, row: results[i].line) {
                results[i].outcome = .rejected([RowProblem(field: "reference", reason: clash)])
                results[i].document = nil
            }
        }
        let slots = Slots<RowResult>(copying: results)
        defer { slots.deallocate() }
        let refused = ParallelFor.run(count: results.count, workers: options.jobs, starter: threads) { i in
            self.write(&slots.buffer[i])
        }
        shortfall = ParallelFor.worse(shortfall, refused)
        return Array(slots.buffer)
    }

    /// Assembles and packages one row; never throws: every problem becomes a rejection.
    private func render(_ row: InputRow, keepModel: Bool) -> RowResult {
        switch row {
        case .malformed(let line, let reason):
            return RowResult(line: line, outcome: .rejected([RowProblem(field: "", reason: reason)]))
        case .data(let data, let line):
            // Defaults are passed, never written into the row (decision 012).
            let renderOptions = RenderOptions(defaultLanguage: options.language, dateOverride: options.date,
                                              defaultDate: options.defaultDate, strict: options.strict)
            switch assembler.assemble(template: options.templateID, data: data, options: renderOptions) {
            case .failure(let diagnostics):
                let problems = diagnostics.items.filter { $0.severity == .error }.map { RowProblem(field: $0.field ?? "", reason: $0.message) }
                return RowResult(line: line, outcome: .rejected(problems))
            case .success(let assembled):
                do {
                    let template = try templates.template(for: assembled.document, styleSheet: assembled.styleSheet)
                    let bytes = try template.package(assembled.document)
                    let reference = assembled.reference ?? ""
                    let entry = ManifestEntry(row: line, reference: reference,
                                              language: assembled.provenance.language, file: assembled.fileStem + ".odt",
                                              sha256: SHA256.hex(bytes), size: bytes.count, provenance: assembled.provenance)
                    // Unknown fields are reported once per run by `FieldCheck`, not once per row.
                    let warnings = assembled.warnings.filter { $0.code != .fieldUnknown }
                    return RowResult(line: line, outcome: .written(entry, fresh: true), document: keepModel ? assembled.document : nil,
                                     bytes: bytes, stem: assembled.fileStem, reference: reference, warnings: warnings)
                } catch {
                    return RowResult(line: line, outcome: .rejected([RowProblem(field: "", reason: "cannot be written as ODF: \(error)")]))
                }
            }
        }
    }

    /// Writes one packaged document atomically (phase 3).
    private func write(_ result: inout RowResult) {
        guard case .written(let entry, _) = result.outcome else { return }
        let url = options.outputFolder.appendingPathComponent(entry.file)
        do {
            switch try AtomicFileWriter.write(result.bytes, to: url, overwrite: options.force) {
            case .written, .replaced: result.outcome = .written(entry, fresh: true)
            case .unchanged: result.outcome = .written(entry, fresh: false)
            case .existsDifferent:
                result.outcome = .rejected([RowProblem(field: "", reason: "\(entry.file) exists with other content; not overwritten (use --force)")])
                result.document = nil
            }
        } catch {
            // The file name only, never the machine path (issue 15): reports travel beyond this machine.
            result.outcome = .rejected([RowProblem(field: "", reason: "\(entry.file): cannot be written (\(String(cString: strerror(error.errno))))")])
            result.document = nil
        }
        result.bytes = []
    }
}
