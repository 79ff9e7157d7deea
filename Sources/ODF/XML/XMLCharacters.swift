import XMLSupport

/// The writer's use of the one XML-character check (XMLSupport): a character XML 1.0 cannot carry is
/// refused with where it is, never written (decision 002).
extension XMLCharacters {
    /// Throws `illegalCharacter` with `context` if `text` holds a character XML 1.0 cannot carry.
    static func check(_ text: String, _ context: @autoclosure () -> String) throws(ODFError) {
        if let scalar = firstIllegal(in: text) {
            throw .illegalCharacter(scalar: scalar, context: context())
        }
    }
}

/// The one error policy of the libxml2 wrapper, as the ODF writer reports it.
extension XMLWriter {
    /// `finishDocument()`, a libxml2 failure as `ODFError.writerFailure`.
    func finish() throws(ODFError) -> [UInt8] {
        do { return try finishDocument() } catch { throw .writerFailure(error.description) }
    }

    /// `takeFragment()`, a libxml2 failure as `ODFError.writerFailure`.
    func fragment() throws(ODFError) -> [UInt8] {
        do { return try takeFragment() } catch { throw .writerFailure(error.description) }
    }
}
