/// The pixel size of a logo file, read from its header: PNG or JPEG, the two formats ODF packages carry as
/// they are (ODF 1.3 part 2 §3: any media type; LibreOffice reads both). Nothing is decoded or re-encoded.
enum LogoImage {
    enum Format: Equatable {
        case png, jpeg
        /// The picture's name inside the package.
        var fileName: String { self == .png ? "logo.png" : "logo.jpg" }
    }

    /// Why a file is not a usable logo.
    enum Problem: Error, Equatable {
        case unsupported
        case damaged
        case empty
    }

    /// Format and size in pixels.
    static func inspect(_ bytes: [UInt8]) -> Result<(format: Format, width: Int, height: Int), Problem> {
        func be(_ at: Int, _ n: Int) -> Int { bytes[at..<(at + n)].reduce(0) { $0 << 8 | Int($1) } }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if bytes.starts(with: png) {
            // PNG §11.2.2: the first chunk is IHDR; width and height big-endian at bytes 16–23.
            guard bytes.count > 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return .failure(.damaged) }
            return sized(.png, be(16, 4), be(20, 4))
        }
        if bytes.starts(with: [0xFF, 0xD8]) {
            // JPEG (ITU T.81 §B.2): segments FF xx with a big-endian length; the frame header (SOF0–SOF15,
            // not DHT C4, JPG C8 or DAC CC) holds height and width at offsets 5 and 7.
            var at = 2
            while at + 4 <= bytes.count {
                guard bytes[at] == 0xFF else { return .failure(.damaged) }
                let marker = bytes[at + 1]
                if marker == 0xFF { at += 1; continue }                 // fill byte
                if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { at += 2; continue }
                if marker == 0xD9 || marker == 0xDA { break }           // end of image, start of scan: no frame header
                let length = be(at + 2, 2)
                guard length >= 2, at + 2 + length <= bytes.count else { return .failure(.damaged) }
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    guard length >= 7 else { return .failure(.damaged) }
                    return sized(.jpeg, be(at + 7, 2), be(at + 5, 2))
                }
                at += 2 + length
            }
            return .failure(.damaged)
        }
        return .failure(.unsupported)
    }

    private static func sized(_ format: Format, _ width: Int, _ height: Int) -> Result<(format: Format, width: Int, height: Int), Problem> {
        width > 0 && height > 0 ? .success((format, width, height)) : .failure(.empty)
    }
}
