/// Names and measures of the house style shared by `styles.xml` and `content.xml`.
enum HouseStyle {
    /// Western (and Asian) text face: metric-compatible with Arial, on Debian in `fonts-liberation2`.
    static let westernFont = "Liberation Sans"
    /// Face for complex scripts (Arabic). DejaVu Sans rather than Noto Sans Arabic: both shape Arabic
    /// correctly, but Noto's tall vertical metrics make LibreOffice double the line height of every
    /// line holding an Arabic character (decision 001).
    static let complexFont = "DejaVu Sans"
    /// Size of running text.
    static let bodySize = "10.5pt"

    /// Common graphic styles, parents of the frames' automatic styles.
    static let frameStyle = "Frame"
    static let graphicsStyle = "Graphics"

    /// Character style names.
    static let emphasis = "Emphasis"
    static let strong = "Strong_20_Emphasis"
    static let underline = "Underline"
    static let internetLink = "Internet_20_link"

    /// `Heading_20_1` … `Heading_20_10`.
    static let headingStyleNames: [String] = (1...10).map { "Heading_20_" + String($0) }

    /// The list style of a list kind.
    static func listStyleName(_ kind: List.Kind) -> String {
        switch kind {
        case .bulleted: return "List_20_Bullet"
        case .numbered: return "List_20_Number"
        case .lettered: return "List_20_Letter"
        }
    }

    /// Languages written in a complex (right-to-left) script: their documents also set
    /// `style:language-complex`, which is what spell checking and shaping of Arabic text follow.
    static let complexScriptLanguages: Set<String> = ["ar", "fa", "he", "ur", "ps", "yi", "sd", "ug", "ckb", "dv", "syr"]

    /// Default paragraph alignment. Absolute values for right-to-left documents: LibreOffice 7.4 reads
    /// `start` as *left* and `end` as *right* whatever the writing mode (decision 001), while `right`
    /// and `left` mean the same to every consumer.
    static func startAlignment(_ direction: TextDirection) -> String {
        direction == .rightToLeft ? "right" : "start"
    }

    /// Alignment of the `Right` style (the end edge: date lines).
    static func endAlignment(_ direction: TextDirection) -> String {
        direction == .rightToLeft ? "left" : "end"
    }

    /// Colours.
    static let grey = "#555555"
    static let linkBlue = "#0563C1"
    static let draftRed = "#C00000"
    static let headerShade = "#E8E8E8"
    static let rule = "#000000"
}
