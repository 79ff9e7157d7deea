/// Which lists continue which (ODF 1.3 §5.3.1 `text:continue-list`, §19.880 `xml:id`).
///
/// Every `text:list` restarts its numbering; a list with `continuesPrevious` names the previous list of
/// the same kind at the same nesting depth with `text:continue-list`, which therefore needs an
/// `xml:id`. Ids are `list<n>`, n counting the lists in document order, so they are deterministic. A
/// first pass (`continuedLists`) finds the lists that need one; it walks blocks in exactly the order
/// the writer does.
struct ListNumbering {
    /// Ordinals of the lists some later list continues.
    let continued: Set<Int>
    /// Lists met so far.
    private(set) var count = 0
    /// Last list ordinal per kind and depth.
    private var last: [Key: Int] = [:]

    private struct Key: Hashable {
        let kind: Int
        let depth: Int
        init(_ kind: List.Kind, _ depth: Int) {
            switch kind {
            case .bulleted: self.kind = 0
            case .numbered: self.kind = 1
            case .lettered: self.kind = 2
            case .labelled: self.kind = 3
            }
            self.depth = depth
        }
    }

    init(continued: Set<Int> = []) {
        self.continued = continued
    }

    /// Registers the next list; returns its id (if some list continues it) and the id it continues.
    mutating func register(_ list: List, depth: Int) -> (id: String?, continues: String?) {
        count += 1
        let ordinal = count
        let key = Key(list.kind, depth)
        let previous = list.continuesPrevious ? last[key] : nil
        last[key] = ordinal
        return (continued.contains(ordinal) ? Self.id(ordinal) : nil, previous.map(Self.id))
    }

    /// A translated part begins: its lists continue none of the part before (`PageBreak.startsTranslation`).
    mutating func startPart() { last = [:] }

    static func id(_ ordinal: Int) -> String { "list" + String(ordinal) }

    /// Whether the writer writes this list at all (an empty list leaves nothing behind).
    static func isWritten(_ list: List) -> Bool { !list.items.isEmpty }

    /// The ordinals of the lists that a later list continues.
    static func continuedLists(in blocks: [Block]) -> Set<Int> {
        var numbering = ListNumbering()
        var result = Set<Int>()
        func walk(_ blocks: [Block], depth: Int) {
            for block in blocks {
                switch block {
                case .list(let list):
                    guard isWritten(list) else { continue }
                    let key = Key(list.kind, depth)
                    let previous = list.continuesPrevious ? numbering.last[key] : nil
                    numbering.count += 1
                    numbering.last[key] = numbering.count
                    if let previous { result.insert(previous) }
                    for item in list.items { walk(item.blocks, depth: depth + 1) }
                case .table(let table):
                    for row in table.headerRows + table.rows {
                        for cell in row.cells { walk(cell.blocks, depth: 0) }
                    }
                case .pageBreak(let pageBreak):
                    if pageBreak.startsTranslation { numbering.startPart() }
                case .paragraph, .heading:
                    break
                }
            }
        }
        walk(blocks, depth: 0)
        return result
    }
}
