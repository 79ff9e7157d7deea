import Dispatch
import TestSupport
import XCTest
@testable import ODF
import Showcase

/// The template shares styles, manifest and pictures, checks shared aspects, and serves many threads.
final class PackageTemplateTests: XCTestCase {
    func testDocumentsWithOtherSharedAspectsAreRefused() throws {
        let template = try PackageTemplate(prototype: Showcase.onePageLetter(date: testDate, index: 0))
        var other = Showcase.onePageLetter(date: testDate, index: 1)
        XCTAssertNoThrow(try template.package(other))
        other.direction = .rightToLeft
        assertInvalidModel("differ from its package template") { _ = try template.package(other) }
        other = Showcase.onePageLetter(date: testDate, index: 1)
        other.metadata.language = LanguageTag(language: "en", country: "GB")
        assertInvalidModel("differ from its package template") { _ = try template.package(other) }
    }

    func testStatisticsAddUp() throws {
        let letter = Showcase.onePageLetter(date: testDate, index: 3)
        let template = try PackageTemplate(prototype: letter)
        var statistics = WriterStatistics()
        _ = try template.package(letter, statistics: &statistics)
        _ = try template.package(letter, statistics: &statistics)
        XCTAssertEqual(statistics.documents, 2)
        let unzipped = try UnzippedPackage(try template.package(letter))
        XCTAssertEqual(statistics.uncompressedBytes, 2 * (unzipped.bytes("content.xml").count + unzipped.bytes("meta.xml").count))
        XCTAssertGreaterThan(statistics.deflateNanoseconds, 0)
    }

    func testOneTemplateServesManyThreadsWithIdenticalResults() throws {
        let letters = (0..<64).map { Showcase.onePageLetter(date: testDate, index: $0) }
        let template = try PackageTemplate(prototype: letters[0])
        let expected = try letters.map { try template.package($0) }
        /// One slot per letter; each thread writes only its own slot.
        final class Slots: @unchecked Sendable {
            let values: UnsafeMutableBufferPointer<[UInt8]?>
            init(_ n: Int) { values = .allocate(capacity: n); values.initialize(repeating: nil) }
            deinit { values.deinitialize(); values.deallocate() }
        }
        let results = Slots(letters.count)
        DispatchQueue.concurrentPerform(iterations: letters.count) { i in
            results.values[i] = try? template.package(letters[i])
        }
        for i in letters.indices { XCTAssertEqual(results.values[i], expected[i], "letter \(i)") }
    }
}
