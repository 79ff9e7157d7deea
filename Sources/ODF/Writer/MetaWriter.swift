import XMLSupport
import LegalCalendar

/// Writes `meta.xml` (ODF 1.3 part 3, §4): no editing time, no random ids, dates from the document date.
enum MetaWriter {
    static func write(_ metadata: Metadata) throws(ODFError) -> [UInt8] {
        try validate(metadata)
        let xml = XMLWriter(capacity: 2048)
        xml.start("office:document-meta")
        xml.attributes(["xmlns:office": Namespace.office, "xmlns:meta": Namespace.meta, "xmlns:dc": Namespace.dc,
                        "xmlns:xlink": Namespace.xlink])
        xml.attribute("office:version", Namespace.odfVersion)
        xml.start("office:meta")
        xml.textElement("meta:generator", metadata.generator)
        xml.textElement("dc:title", metadata.title)
        if !metadata.subject.isEmpty { xml.textElement("dc:subject", metadata.subject) }
        if !metadata.description.isEmpty { xml.textElement("dc:description", metadata.description) }
        xml.textElement("dc:language", metadata.language.bcp47)
        let date = metadata.date.isoDateTime
        xml.textElement("meta:creation-date", date)
        xml.textElement("dc:date", date)
        for keyword in metadata.keywords { xml.textElement("meta:keyword", keyword) }
        for property in metadata.customProperties {
            xml.start("meta:user-defined")
            xml.attribute("meta:name", property.name)
            xml.attribute("meta:value-type", "string")
            xml.text(property.value)
            xml.end()
        }
        xml.end()
        xml.end()
        return try xml.finish()
    }

    /// Every string is checked before anything is written; the date must exist (xsd:dateTime).
    static func validate(_ metadata: Metadata) throws(ODFError) {
        try XMLCharacters.check(metadata.generator, "metadata generator")
        try XMLCharacters.check(metadata.title, "metadata title")
        try XMLCharacters.check(metadata.subject, "metadata subject")
        try XMLCharacters.check(metadata.description, "metadata description")
        for (i, keyword) in metadata.keywords.enumerated() {
            try XMLCharacters.check(keyword, "metadata keyword \(i + 1)")
        }
        for (i, property) in metadata.customProperties.enumerated() {
            try XMLCharacters.check(property.name, "name of metadata property \(i + 1)")
            try XMLCharacters.check(property.value, "value of metadata property \(i + 1)")
            guard !property.name.isEmpty else { throw .invalidModel("metadata property \(i + 1) has no name") }
        }
        try LanguageCodes.validate(metadata.language)
        let d = metadata.date
        guard (1...9999).contains(d.year), (1...12).contains(d.month),
              CivilDate(year: d.year, month: d.month, day: d.day) != nil else {
            throw .invalidModel("document date \(d.year)-\(d.month)-\(d.day) does not exist")
        }
    }
}
