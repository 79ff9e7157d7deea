import XMLSupport
/// An XML element held as a value: what the style sheet keeps of a reference document's styles, page
/// layouts and headers, and what the writer copies into `styles.xml`.
///
/// Names carry the canonical ODF prefix of their namespace (`style:style`, `fo:margin-top`), whatever
/// prefix the source document used (`XMLElementReader`), so the writer can declare them once on the root.
/// Attributes keep their document order: output bytes depend on nothing else.
struct XMLElement: Hashable, Sendable {
    /// `style:style`.
    var name: String
    /// Attributes in document order.
    var attributes: [Attribute]
    /// Child elements and character data.
    var children: [Content]

    struct Attribute: Hashable, Sendable {
        var name: String
        var value: String
    }

    enum Content: Hashable, Sendable {
        case element(XMLElement)
        case text(String)
    }

    init(_ name: String, attributes: [Attribute] = [], children: [Content] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of an attribute.
    subscript(attribute: String) -> String? {
        get { attributes.first { $0.name == attribute }?.value }
        set {
            if let i = attributes.firstIndex(where: { $0.name == attribute }) {
                if let newValue { attributes[i].value = newValue } else { attributes.remove(at: i) }
            } else if let newValue {
                attributes.append(Attribute(name: attribute, value: newValue))
            }
        }
    }

    /// Sets an attribute, inserting a new one right after `predecessor` when that is present (so that a
    /// style written from data keeps the attribute order the writer always had).
    mutating func set(_ attribute: String, _ value: String, after predecessor: String) {
        if self[attribute] != nil {
            self[attribute] = value
        } else if let i = attributes.firstIndex(where: { $0.name == predecessor }) {
            attributes.insert(Attribute(name: attribute, value: value), at: i + 1)
        } else {
            self[attribute] = value
        }
    }

    /// The child elements.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    /// The first child element named `name`.
    func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// Applies `change` to every child element named `name`.
    mutating func updateChildren(_ name: String, _ change: (inout XMLElement) -> Void) {
        for i in children.indices {
            if case .element(var e) = children[i], e.name == name {
                change(&e)
                children[i] = .element(e)
            }
        }
    }

    /// Applies `change` to this element and every element below it, depth first.
    mutating func updateAll(_ change: (inout XMLElement) -> Void) {
        change(&self)
        for i in children.indices {
            if case .element(var e) = children[i] {
                e.updateAll(change)
                children[i] = .element(e)
            }
        }
    }

    /// Calls `visit` on this element and every element below it.
    func forEach(_ visit: (XMLElement) -> Void) {
        visit(self)
        for child in children { if case .element(let e) = child { e.forEach(visit) } }
    }

    /// The prefixes of every element and attribute name in this tree.
    var prefixes: Set<Substring> {
        var out = Set<Substring>()
        forEach { e in
            if let p = e.name.split(separator: ":").first, e.name.contains(":") { out.insert(p) }
            for a in e.attributes where a.name.contains(":") { out.insert(a.name.split(separator: ":")[0]) }
        }
        return out
    }
}

extension XMLWriter {
    /// Writes an element tree; `appending`, already serialized content, after its last child.
    func write(_ element: XMLElement, appending extra: [UInt8] = []) {
        start(named: element.name)
        for a in element.attributes { attribute(named: a.name, a.value) }
        for child in element.children {
            switch child {
            case .element(let e): write(e)
            case .text(let s): text(s)
            }
        }
        if !extra.isEmpty { raw(extra) }
        end()
    }
}
