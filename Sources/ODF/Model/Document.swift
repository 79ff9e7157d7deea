/// A text document, independent of how it is serialized.
///
/// The model is made of value types and exhaustive enums so that adding a feature breaks every
/// `switch` that has to handle it (style.md, habit 2). It knows nothing of letters or law.
public struct Document: Equatable, Sendable {
    /// Document metadata written to `meta.xml`.
    public var metadata: Metadata
    /// The headers and footers (sizes and margins are the style sheet's).
    public var pageSetup: PageSetup
    /// The main text flow.
    public var body: [Block]
    /// Images referenced by name from `Inline.frame` or the page setup.
    public var images: [Image]
    /// Text direction of the body (and the default paragraph alignment that follows from it).
    public var direction: TextDirection
    /// The translated part, if the body has one (`PageBreak.startsTranslation`); nil for a document in
    /// one language.
    public var translation: Translation?

    /// Creates a document.
    public init(metadata: Metadata, pageSetup: PageSetup = PageSetup(), body: [Block],
                images: [Image] = [], direction: TextDirection = .leftToRight, translation: Translation? = nil) {
        self.metadata = metadata
        self.pageSetup = pageSetup
        self.body = body
        self.images = images
        self.direction = direction
        self.translation = translation
    }
}

/// The writing direction of paragraphs.
public enum TextDirection: Equatable, Hashable, Sendable {
    case leftToRight
    case rightToLeft
}

/// An image (PNG or JPEG, by the extension of its name) stored in the package under `Pictures/`.
public struct Image: Equatable, Hashable, Sendable {
    /// File name inside `Pictures/`, e.g. `logo.png`; must be unique within a document.
    public var name: String
    /// The image file's bytes, stored as they are.
    public var data: [UInt8]
    /// Creates an image.
    public init(name: String, data: [UInt8]) {
        self.name = name
        self.data = data
    }
}
