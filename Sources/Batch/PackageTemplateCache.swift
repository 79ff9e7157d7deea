import Foundation
import ODF

/// One `PackageTemplate` per distinct set of shared aspects (language, direction, page setup, images), so
/// styles, manifest and images are serialized and deflated once per language in a run, not once per letter.
final class PackageTemplateCache: @unchecked Sendable {
    private struct Key: Equatable {
        let language: LanguageTag
        let direction: TextDirection
        let pageSetup: PageSetup
        let images: [Image]
        init(_ d: Document) {
            language = d.metadata.language
            direction = d.direction
            pageSetup = d.pageSetup
            images = d.images
        }
    }
    private let lock = NSLock()
    private var entries: [(key: Key, template: PackageTemplate)] = []

    /// The template for a document's shared aspects, created on first use.
    func template(for document: Document) throws(ODFError) -> PackageTemplate {
        let key = Key(document)
        lock.lock()
        defer { lock.unlock() }
        if let hit = entries.first(where: { $0.key == key }) { return hit.template }
        let made = try PackageTemplate(prototype: document)
        entries.append((key, made))
        return made
    }
}
