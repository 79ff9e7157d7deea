import ODF
import XCTest
@testable import Batch

/// A combined file drops the page-count field from headers and footers (ODF has no per-letter page count,
/// decision 007) and keeps everything else: the first page's minimum header height is what keeps each
/// letter's body below the envelope window under an organisation's letterhead (decision 050).
final class CombinedDocumentPageSetupTests: XCTestCase {
    func testOnlyThePageCountGoes() {
        let footer = Paragraph([.text("Pagina "), .field(.pageNumber), .text(" van "), .field(.pageCount)])
        let first = HeaderFooter(header: [Paragraph([.text("Letterhead")])], footer: [footer],
                                 minimumHeaderHeight: .mm(43), headerFollowsReference: true)
        let combined = CombinedDocument.withoutPageCount(first)
        XCTAssertEqual(combined.minimumHeaderHeight, .mm(43))
        XCTAssertTrue(combined.headerFollowsReference)
        XCTAssertEqual(combined.header, first.header)
        XCTAssertFalse(combined.footer.contains { $0.content.contains(.field(.pageCount)) })
        XCTAssertTrue(combined.footer.contains { $0.content.contains(.field(.pageNumber)) })
    }
}
