/// Language and country codes as the schema types them (`languageCode` = 1–8 letters, `countryCode` =
/// 1–8 letters or digits).
enum LanguageCodes {
    static func validate(_ tag: LanguageTag) throws(ODFError) {
        func ok(_ s: String, digits: Bool) -> Bool {
            !s.isEmpty && s.utf8.count <= 8 && s.utf8.allSatisfy {
                ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || (digits && $0 >= 0x30 && $0 <= 0x39)
            }
        }
        guard ok(tag.language, digits: false) else {
            throw .invalidModel("language code \"\(tag.language)\" is not 1–8 letters")
        }
        if let country = tag.country, !ok(country, digits: true) {
            throw .invalidModel("country code \"\(country)\" is not 1–8 letters or digits")
        }
    }
}
