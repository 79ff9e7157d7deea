/// The parts of a document that `styles.xml`, the manifest and the pictures depend on. Documents with
/// equal shared aspects can share one `PackageTemplate`.
struct SharedAspects: Equatable, Sendable {
    var pageSetup: PageSetup
    var images: [Image]
    var direction: TextDirection
    var language: LanguageTag

    init(_ document: Document) {
        pageSetup = document.pageSetup
        images = document.images
        direction = document.direction
        language = document.metadata.language
    }

    /// Checks what the schema or the package needs of these aspects.
    func validate() throws(ODFError) {
        try LanguageCodes.validate(language)
        let p = pageSetup
        guard p.width.isPositive, p.height.isPositive else {
            throw .invalidModel("the page size must be above zero")
        }
        for m in [p.firstPageMargins, p.margins] {
            guard [m.top, m.bottom, m.left, m.right].allSatisfy(\.isNonNegative) else {
                throw .invalidModel("page margins must be zero or more")
            }
        }
        var names = Set<String>()
        for (i, image) in images.enumerated() {
            try XMLCharacters.check(image.name, "name of image \(i + 1)")
            try OpenDocumentPackage.validatePictureName(image.name)
            guard names.insert(image.name).inserted else {
                throw .invalidModel("image \"\(image.name)\" is listed twice")
            }
        }
    }
}
