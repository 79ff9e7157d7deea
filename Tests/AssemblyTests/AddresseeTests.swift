import Foundation
import PrivdocDiagnostics
import XCTest
@testable import Assembly

/// Decision 160: `addressee.*` is the representative when there is one, else the data subject, with the
/// name given whole or in parts; inconsistent name fields are located input errors that never quote a value.
final class AddresseeTests: XCTestCase {
    static let example = "acknowledgement-rectification-representative-nl"

    /// The case of the example, changed: `nil` removes a key.
    func data(_ changes: [String: String?]) throws -> CaseData {
        var data = try CaseData.load(file: MandatoryElementsTests.root.appendingPathComponent("templates/examples/\(Self.example).yaml"))
        for (path, value) in changes {
            data.set(path, value ?? "")   // blank is absent (the one blank rule)
        }
        return data
    }

    /// The `addressee.*` values the template computes, by part.
    func addressee(_ changes: [String: String?], file: StaticString = #filePath, line: UInt = #line) throws -> [String: String] {
        let library = MandatoryElementsTests.library
        let preparation = DocumentPreparation(library: library, template: library.templates["dsr-acknowledgement"]!)
        switch preparation.prepare(try data(changes), options: RenderOptions()) {
        case .failure(let problems):
            XCTFail("\(problems)", file: file, line: line)
            return [:]
        case .success(let (context, _)):
            var out: [String: String] = [:]
            for (part, _) in ComputedField.addresseeParts {
                if case .text(let t)? = context.value("addressee.\(part)") { out[part] = t }
            }
            return out
        }
    }

    func problems(_ changes: [String: String?]) throws -> [String] {
        let library = MandatoryElementsTests.library
        let preparation = DocumentPreparation(library: library, template: library.templates["dsr-acknowledgement"]!)
        guard case .failure(let problems) = preparation.prepare(try data(changes), options: RenderOptions()) else {
            XCTFail("expected input errors")
            return []
        }
        return problems.items.map { "\($0.field ?? ""): \($0.message)" }
    }

    func testTheRepresentativeWhenThereIsOneElseTheDataSubject() throws {
        XCTAssertEqual(try addressee([:]),
                       ["salutation": "ms", "name": "S. Bakker", "surname": "Bakker", "initials": "S."])
        let own = try addressee(["representative.name": nil, "representative.salutation": nil, "representative.street": nil,
                                 "representative.postcode": nil, "representative.city": nil])
        XCTAssertEqual(own, ["salutation": "mr", "name": "H. Demir", "surname": "Demir", "initials": "H."])
    }

    func testNameWholeOrInParts() throws {
        let noRep: [String: String?] = ["representative.name": nil, "representative.salutation": nil, "representative.street": nil,
                                        "representative.postcode": nil, "representative.city": nil]
        func with(_ c: [String: String?]) -> [String: String?] { noRep.merging(c) { $1 } }
        // Initials and a surname with a particle: the surname is what follows the initials.
        XCTAssertEqual(try addressee(with(["recipient.name": "A.J. de Vries"]))["surname"], "de Vries")
        XCTAssertEqual(try addressee(with(["recipient.name": "A.J. de Vries"]))["initials"], "A.J.")
        // A name that does not start with initials cannot be split: the salutation keeps the whole name.
        XCTAssertEqual(try addressee(with(["recipient.name": "Anna Jansen"]))["surname"], "Anna Jansen")
        XCTAssertNil(try addressee(with(["recipient.name": "Anna Jansen"]))["initials"])
        // Surname and initials: the envelope name is made from them.
        XCTAssertEqual(try addressee(with(["recipient.name": nil, "recipient.surname": "Jansen", "recipient.initials": "A."])),
                       ["salutation": "mr", "name": "A. Jansen", "surname": "Jansen", "initials": "A."])
        // Given name and surname.
        XCTAssertEqual(try addressee(with(["recipient.name": nil, "recipient.surname": "Jansen", "recipient.given-name": "Anna"])),
                       ["salutation": "mr", "name": "Anna Jansen", "surname": "Jansen", "given-name": "Anna"])
        // All three: initials on the envelope, the given name still available.
        XCTAssertEqual(try addressee(with(["recipient.name": nil, "recipient.surname": "Jansen", "recipient.given-name": "Anna",
                                           "recipient.initials": "A.M."])),
                       ["salutation": "mr", "name": "A.M. Jansen", "surname": "Jansen", "given-name": "Anna", "initials": "A.M."])
        // The whole name and the surname, consistent.
        XCTAssertEqual(try addressee(with(["recipient.name": "Anna de Vries", "recipient.surname": "de Vries"]))["surname"], "de Vries")
        // The representative named in parts.
        XCTAssertEqual(try addressee(["representative.name": nil, "representative.surname": "Bakker", "representative.initials": "S.T."])["name"],
                       "S.T. Bakker")
    }

    func testInconsistentNameFieldsAreLocatedErrorsWithoutValues() throws {
        XCTAssertEqual(try problems(["recipient.name": nil, "recipient.initials": "A."]), [
            "recipient.initials: give recipient.surname too (or the whole name as recipient.name)",
            "recipient.name: required (or recipient.surname with initials or given-name)",
        ])
        XCTAssertEqual(try problems(["recipient.name": nil, "recipient.surname": "Zwaneveld"]),
                       ["recipient.surname: give recipient.initials or recipient.given-name with it (or the whole name as recipient.name)"])
        XCTAssertEqual(try problems(["recipient.surname": "Zwaneveld"]),
                       ["recipient.surname: does not occur in recipient.name: give the same person's name in both, or only one of them"])
        XCTAssertEqual(try problems(["representative.name": nil, "representative.surname": "Zwaneveld", "representative.initials": "Zwaneveld"]),
                       ["representative.initials: expected initials like A.J. or Th. (letters, each group ending in a full stop)"])
        let all = try problems(["recipient.name": "Q. Zwaneveld", "recipient.surname": "Xylander", "recipient.given-name": "Quirina"])
        XCTAssertFalse(all.joined().contains("Zwaneveld") || all.joined().contains("Xylander") || all.joined().contains("Quirina"))
    }

    func testInitialsRule() {
        for ok in ["A.", "A.J.", "Th.", "IJ.", "Chr.", "Ş."] { XCTAssertTrue(PersonName.isInitials(Substring(ok)), ok) }
        for bad in ["A", "Anna.", "A..", ".", "1.", "de"] { XCTAssertFalse(PersonName.isInitials(Substring(bad)), bad) }
    }
}
