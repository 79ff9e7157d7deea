import XMLSupport
/// The parts of a document that `styles.xml`, the manifest and the pictures depend on. Documents with
/// equal shared aspects can share one `PackageTemplate`.
struct SharedAspects: Equatable, Sendable {
    var pageSetup: PageSetup
    var images: [Image]
    var direction: TextDirection
    var language: LanguageTag
    /// The translated part's language, direction and pages (its body is in `content.xml`).
    var translation: Translation?
    var styleSheet: StyleSheet

    init(_ document: Document, styleSheet: StyleSheet) {
        pageSetup = document.pageSetup
        images = document.images
        direction = document.direction
        language = document.metadata.language
        translation = document.translation
        self.styleSheet = styleSheet
    }

    /// The document's images and the style sheet's (the pictures of a reference document's headers).
    var packageImages: [Image] { images + styleSheet.storage.content.images }

    static func == (a: SharedAspects, b: SharedAspects) -> Bool {
        a.direction == b.direction && a.language == b.language && a.styleSheet == b.styleSheet
            && a.images == b.images && a.pageSetup == b.pageSetup && a.translation == b.translation
    }

    /// Checks what the schema or the package needs of these aspects.
    func validate() throws(ODFError) {
        try LanguageCodes.validate(language)
        if let translation { try LanguageCodes.validate(translation.language) }
        var names = Set<String>()
        for (i, image) in packageImages.enumerated() {
            try XMLCharacters.check(image.name, "name of image \(i + 1)")
            try OpenDocumentPackage.validatePictureName(image.name)
            guard names.insert(image.name).inserted else {
                throw .invalidModel("image \"\(image.name)\" is listed twice")
            }
        }
    }
}
