import TestSupport
import XCTest

/// The fixture libraries carry a copy of the built-in house style (a library root is self-contained);
/// the copies must not drift from the shipped one.
final class HouseStyleFixtureTests: XCTestCase {
    func testFixtureCopiesOfTheBuiltInHouseStyleAreTheShippedOne() throws {
        let file = "templates/house-style/house-style.fodt"
        let shipped = try Data(contentsOf: HouseStyleFixture.repositoryRoot.appendingPathComponent(file))
        for fixture in ["basic", "gaps"] {
            let copy = try Data(contentsOf: Fixture.folder.appendingPathComponent(fixture).appendingPathComponent(file))
            XCTAssertTrue(copy == shipped, "Tests/AssemblyTests/Fixtures/\(fixture)/\(file) differs from \(file): copy it again")
        }
    }
}
