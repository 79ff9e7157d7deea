import ODF
import Synchronization

/// One `PackageTemplate` per `PackageTemplate.Key` (language, direction, page setup, images, style sheet), so styles,
/// manifest and images are serialized and deflated once per language in a run, not once per letter.
final class PackageTemplateCache: Sendable {
    private let entries = Mutex<[PackageTemplate.Key: PackageTemplate]>([:])

    /// The template for a document's shared aspects, created on first use. Creation happens under the
    /// lock: it is rare (once per language) and two threads must not both build the same template.
    func template(for document: Document, styleSheet: StyleSheet) throws(ODFError) -> PackageTemplate {
        let key = PackageTemplate.Key(document, styleSheet: styleSheet)
        return try entries.withLock { (entries) throws(ODFError) -> PackageTemplate in
            if let hit = entries[key] { return hit }
            let made = try PackageTemplate(prototype: document, styleSheet: styleSheet)
            entries[key] = made
            return made
        }
    }
}
