/// Lengths as ODF attribute values.
extension Length {
    /// `2.5cm`: centimetres with at most three decimals (0.01 mm), trailing zeros dropped. Integer
    /// arithmetic, so the text never depends on the locale or on float printing.
    var odf: String {
        let hundredthsOfMM = Int((millimetres * 100).rounded())
        let negative = hundredthsOfMM < 0
        let magnitude = negative ? -hundredthsOfMM : hundredthsOfMM
        var fraction = magnitude % 1000
        var digits = 3
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var out = negative ? "-" : ""
        out += String(magnitude / 1000)
        if digits > 0 {
            let f = String(fraction)
            out += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return out + "cm"
    }

    /// The length in 0.01 mm, the precision the writer keeps (used as a style key).
    var hundredthsOfMillimetre: Int { Int((millimetres * 100).rounded()) }

    /// Whether the length is a finite number greater than zero.
    var isPositive: Bool { millimetres.isFinite && millimetres > 0 }

    /// Whether the length is a finite number not below zero.
    var isNonNegative: Bool { millimetres.isFinite && millimetres >= 0 }
}
