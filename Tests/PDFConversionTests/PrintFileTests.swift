import Foundation
import XCTest
@testable import PDFConversion

final class PrintFileTests: XCTestCase {
    func testDuplexStartsEveryLetterOnAnOddPage() {
        let plan = PrintFile.plan(pages: [(2, 2), (3, 3), (4, 1), (5, 2)], duplex: true)
        XCTAssertEqual(plan.map(\.firstPage), [1, 3, 7, 9])
        XCTAssertEqual(plan.map(\.lastPage), [2, 5, 7, 10])
        XCTAssertEqual(plan.map(\.blankAfter), [false, true, true, false])
        XCTAssertTrue(plan.allSatisfy { $0.firstPage % 2 == 1 })
    }

    func testSimplexPacksLettersWithoutBlanks() {
        let plan = PrintFile.plan(pages: [(2, 3), (3, 1)], duplex: false)
        XCTAssertEqual(plan.map(\.firstPage), [1, 4])
        XCTAssertFalse(plan.contains(where: \.blankAfter))
    }
}
