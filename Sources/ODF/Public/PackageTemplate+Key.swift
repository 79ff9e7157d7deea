extension PackageTemplate {
    /// What makes two documents share one `PackageTemplate`: their page setup, images, direction,
    /// language and style sheet (`SharedAspects`). The one public notion of "shared parts": a batch keeps a dictionary on it
    /// instead of its own copy of the aspects (issue 10).
    public struct Key: Hashable, Sendable {
        let aspects: SharedAspects

        /// The key of `document`'s shared aspects, written in `styleSheet`.
        public init(_ document: Document, styleSheet: StyleSheet) { aspects = SharedAspects(document, styleSheet: styleSheet) }

        init(aspects: SharedAspects) { self.aspects = aspects }

        public static func == (a: Key, b: Key) -> Bool { a.aspects == b.aspects }

        /// Hashes the cheap, discriminating part (language, direction, image names and sizes); equality
        /// still compares everything, so keys that hash alike but differ stay apart. Hashing a page setup
        /// or the image bytes per row would cost more than it separates.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(aspects.language)
            hasher.combine(aspects.direction)
            hasher.combine(aspects.translation?.language)
            hasher.combine(aspects.styleSheet)   // a precomputed hash: cheap
            hasher.combine(aspects.images.count)
            for image in aspects.images {
                hasher.combine(image.name)
                hasher.combine(image.data.count)
            }
        }
    }
}
