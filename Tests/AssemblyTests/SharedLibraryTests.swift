import PrivdocDiagnostics
import Dispatch
import ODF
import XCTest
@testable import Assembly

/// The library is loaded once and shared by the batch engine's threads.
final class SharedLibraryTests: XCTestCase {
    func testConcurrentAssemblyGivesTheSameDocuments() throws {
        let data = try caseData(letterCase)
        let assembler = Assembler(library: Fixture.basic)
        // The document of each language, made once on this thread; every concurrent one must equal it.
        var expected: [String: ODF.Document] = [:]
        for language in ["nl", "en", "pl", "ar"] {
            guard case .success(let doc) = assembler.assemble(template: "letter", data: data, options: RenderOptions(language: language)) else {
                return XCTFail(language)
            }
            expected[language] = doc.document
        }
        let reference = expected
        let results = UnsafeResults(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let language = ["nl", "en", "pl", "ar"][i % 4]
            if case .success(let doc) = assembler.assemble(template: "letter", data: data, options: RenderOptions(language: language)) {
                results.set(i, doc.document == reference[language])
            }
        }
        XCTAssertEqual(results.values, Array(repeating: true, count: 64))
    }

    func testSectionHeadingIsKeptWhenItsBodyIs() throws {
        let doc = try assemble("letter", letterCase.replacingOccurrences(of: "received: 2026-11-16}", with: "received: 2026-11-16, channel: paper}")).document
        XCTAssertTrue(doc.body.contains(.heading(Heading(level: 1, [.text("Wat gebeurt er nu?")]))))
        XCTAssertFalse(doc.body.contains(.heading(Heading(level: 1, [.text("Opmerking")]))))
        XCTAssertFalse(doc.body.contains { if case .paragraph(let p) = $0 { return p.content.isEmpty && p.style != .opening } else { return false } },
                       "no empty paragraph")
    }

    func testPartyCompositeExpands() {
        let parts = Composite.Kind.party.expand(name: "processor", required: true, location: SourceLocation(file: "t"))
        XCTAssertEqual(parts.filter(\.required).map(\.name), ["processor.name", "processor.signatory.name", "processor.signatory.function"])
        XCTAssertEqual(parts.first { $0.name == "processor.signature.date" }?.type, .date)
        XCTAssertEqual(parts.first { $0.name == "processor.kvk" }?.format, .number)
    }
}

/// A fixed-size result array written from concurrent iterations (each index once).
final class UnsafeResults: @unchecked Sendable {
    private var storage: [Bool]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: false, count: count) }
    func set(_ i: Int, _ value: Bool) { lock.lock(); storage[i] = value; lock.unlock() }
    var values: [Bool] { lock.lock(); defer { lock.unlock() }; return storage }
}
