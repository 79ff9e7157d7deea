import PrivdocDiagnostics
import ODF

/// Where the parts of a letter go on the page, in one place (issue 10): read from the house style's
/// page layouts and its presentation properties (`privdoc:envelope-window`, `privdoc:body-top`,
/// `privdoc:logo-box`), and checked when the house style loads.
struct LetterGeometry: Sendable, Equatable {
    /// The envelope window, measured from the top-left corner of the page (physical: it does not mirror
    /// in a right-to-left letter). NEN 1026 / PostNL in the built-in house style: 20 mm from the left,
    /// 50 mm from the top, 85 × 35 mm.
    var window: (x: Length, y: Length, width: Length, height: Length)
    /// Where the body of page 1 starts, from the top of the page: at or below the window's bottom edge,
    /// so the reference line always prints under the address.
    var bodyTop: Length
    /// The box a logo is scaled into, keeping its aspect ratio.
    var logoBox: (width: Length, height: Length)
    /// Top margin of page 1 (the header starts there).
    var firstPageTop: Length
    /// The text width of page 1 and of the following pages.
    var firstPageTextWidth: Length
    var followingTextWidth: Length

    static func == (a: LetterGeometry, b: LetterGeometry) -> Bool {
        a.window == b.window && a.bodyTop == b.bodyTop && a.logoBox == b.logoBox && a.firstPageTop == b.firstPageTop
            && a.firstPageTextWidth == b.firstPageTextWidth && a.followingTextWidth == b.followingTextWidth
    }

    /// The width tables may take on any page.
    var textWidth: Length { min(firstPageTextWidth, followingTextWidth) }

    /// The room the first page's header must take so the body starts at `bodyTop`.
    var minimumHeaderHeight: Length { .mm(bodyTop.millimetres - firstPageTop.millimetres) }

    static let windowProperty = "privdoc:envelope-window"
    static let bodyTopProperty = "privdoc:body-top"
    static let logoBoxProperty = "privdoc:logo-box"

    /// Reads and checks the geometry of `sheet` (from `file`): a window on the page, inside the left and
    /// right edges, a body that starts below the window, a logo box that ends above it.
    static func read(_ sheet: StyleSheet, file: String) -> Result<LetterGeometry, Diagnostics> {
        var bag = DiagnosticBag()
        let at = SourceLocation(file: file)
        func lengths(_ name: String, count: Int) -> [Length]? {
            guard let text = sheet.property(name) else {
                bag.error(.styleGeometry, at: at, field: name, "the house style does not give \(name)")
                return nil
            }
            guard let list = Length.list(text), list.count == count, list.allSatisfy({ $0.millimetres >= 0 }) else {
                bag.error(.styleGeometry, at: at, field: name, "\(name) must be \(count) lengths of zero or more, such as 20mm")
                return nil
            }
            return list
        }
        let page = sheet.firstPage
        guard let w = lengths(windowProperty, count: 4), let top = lengths(bodyTopProperty, count: 1)?.first,
              let box = lengths(logoBoxProperty, count: 2) else { return .failure(Diagnostics(bag.items)) }
        let geometry = LetterGeometry(window: (w[0], w[1], w[2], w[3]), bodyTop: top, logoBox: (box[0], box[1]),
                                      firstPageTop: page.margins.top, firstPageTextWidth: page.textWidth,
                                      followingTextWidth: sheet.followingPages.textWidth)
        let windowBottom = w[1].millimetres + w[3].millimetres
        if w[2].millimetres <= 0 || w[3].millimetres <= 0 {
            bag.error(.styleGeometry, at: at, field: windowProperty, "the envelope window needs a width and a height above zero")
        } else if w[0].millimetres + w[2].millimetres > page.width.millimetres || windowBottom > page.height.millimetres {
            bag.error(.styleGeometry, at: at, field: windowProperty,
                      "the envelope window (\(number(w[0].millimetres))–\(mm(w[0].millimetres + w[2].millimetres)) across, \(number(w[1].millimetres))–\(mm(windowBottom)) down) lies outside the \(number(page.width.millimetres)) × \(mm(page.height)) page")
        }
        if top.millimetres < windowBottom {
            bag.error(.styleGeometry, at: at, field: bodyTopProperty,
                      "the body of page 1 would start at \(mm(top)), above the bottom of the envelope window at \(mm(windowBottom))")
        }
        if top.millimetres >= page.height.millimetres - page.margins.bottom.millimetres {
            bag.error(.styleGeometry, at: at, field: bodyTopProperty, "the body of page 1 would start below the bottom margin")
        }
        if top.millimetres < page.margins.top.millimetres {
            bag.error(.styleGeometry, at: at, field: bodyTopProperty, "the body of page 1 would start in the top margin")
        }
        if box[0].millimetres <= 0 || box[1].millimetres <= 0 || box[0].millimetres > page.textWidth.millimetres {
            bag.error(.styleGeometry, at: at, field: logoBoxProperty, "the logo box needs a size above zero and at most the text width")
        } else if page.margins.top.millimetres + box[1].millimetres > w[1].millimetres {
            bag.error(.styleGeometry, at: at, field: logoBoxProperty,
                      "a logo \(mm(box[1])) high below the \(mm(page.margins.top)) top margin would reach into the envelope window at \(mm(w[1]))")
        }
        return bag.hasErrors ? .failure(Diagnostics(bag.items)) : .success(geometry)
    }

    /// `20 mm`, `12.5 mm`.
    private static func mm(_ l: Length) -> String { mm(l.millimetres) }
    private static func mm(_ v: Double) -> String { number(v) + " mm" }
    private static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
