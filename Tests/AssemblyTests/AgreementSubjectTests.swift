import ODF
import XCTest
@testable import Assembly

/// Every document has a subject in its metadata (dc:subject, which LibreOffice makes the PDF's /Subject;
/// issue 14): an agreement, which prints no subject line, takes it from its template's `subject:` clause —
/// a fixed sentence, no names or references of the case (decision 064).
final class AgreementSubjectTests: XCTestCase {
    func testTheAgreementHasASubjectWithoutCaseDataInEveryLanguage() throws {
        let yaml = ProcessorAgreementTests.saas
        for language in ["nl", "en"] {
            let data = try YAMLCaseReader.read(yaml, file: "case.yaml")
            guard case .success(let doc) = Assembler(library: ProcessorAgreementTests.library)
                .assemble(template: "processor-agreement", data: data, options: RenderOptions(language: language)) else {
                return XCTFail("the SaaS example in \(language) does not assemble")
            }
            let subject = doc.document.metadata.subject
            XCTAssertTrue(subject.contains("28"), "\(language): \(subject)")
            for value in ["CaseFlow", "VWO-2026", "B.V."] { XCTAssertFalse(subject.contains(value), "\(language): \(subject)") }
            XCTAssertNotEqual(subject, doc.document.metadata.title)
        }
    }
}
