import CZlib
import ODF

/// A small coloured emblem drawn in code and encoded as PNG — deterministic bytes, no binary asset.
public enum EmblemPNG {
    /// 96 × 96 RGBA: a dark-blue disc with a white wave band and a gold sun, edges 4×4 supersampled.
    public static let bytes: [UInt8] = {
        let size = 96
        var rgba = [UInt8](repeating: 0, count: size * size * 4)
        let blue: (UInt8, UInt8, UInt8) = (0x1F, 0x3A, 0x68)
        let white: (UInt8, UInt8, UInt8) = (0xFF, 0xFF, 0xFF)
        let gold: (UInt8, UInt8, UInt8) = (0xE0, 0xA5, 0x26)
        // Work in 1/8 pixels; sample points at odd eighths (4 × 4 per pixel).
        let centre = size * 4, radius = 46 * 8, sunY = 30 * 8, sunRadius = 11 * 8
        for y in 0..<size {
            for x in 0..<size {
                var sums = (r: 0, g: 0, b: 0, a: 0)
                for sy in 0..<4 {
                    for sx in 0..<4 {
                        let px = x * 8 + sx * 2 + 1, py = y * 8 + sy * 2 + 1
                        let dx = px - centre, dy = py - centre
                        guard dx * dx + dy * dy <= radius * radius else { continue }
                        // A band between two offset parabolas reads as a wave.
                        let wave = (dx * dx) / (size * 8 * 3)
                        let top = centre + 6 * 8 - wave, bottom = top + 10 * 8
                        let sdx = px - centre, sdy = py - sunY
                        let colour: (UInt8, UInt8, UInt8)
                        if sdx * sdx + sdy * sdy <= sunRadius * sunRadius {
                            colour = gold
                        } else if py >= top && py < bottom {
                            colour = white
                        } else {
                            colour = blue
                        }
                        sums.r += Int(colour.0); sums.g += Int(colour.1); sums.b += Int(colour.2); sums.a += 255
                    }
                }
                let i = (y * size + x) * 4
                let covered = sums.a / 255
                if covered > 0 {
                    rgba[i] = UInt8(sums.r / covered)
                    rgba[i + 1] = UInt8(sums.g / covered)
                    rgba[i + 2] = UInt8(sums.b / covered)
                    rgba[i + 3] = UInt8(sums.a / 16)
                }
            }
        }
        return encode(width: size, height: size, rgba: rgba)
    }()

    /// A PNG (colour type 6, 8 bits, no interlace, filter 0 on every row).
    public static func encode(width: Int, height: Int, rgba: [UInt8]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(height * (width * 4 + 1))
        for y in 0..<height {
            raw.append(0)
            raw.append(contentsOf: rgba[(y * width * 4)..<((y + 1) * width * 4)])
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        let status = compress2(&compressed, &compressedLength, raw, uLong(raw.count), 9)
        precondition(status == Z_OK, "zlib compress2 failed")
        compressed.removeSubrange(Int(compressedLength)...)

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func chunk(_ type: String, _ data: [UInt8]) {
            png.be32(UInt32(data.count))
            let typed = Array(type.utf8) + data
            png.append(contentsOf: typed)
            png.be32(typed.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) })
        }
        var header: [UInt8] = []
        header.be32(UInt32(width))
        header.be32(UInt32(height))
        header.append(contentsOf: [8, 6, 0, 0, 0])
        chunk("IHDR", header)
        chunk("IDAT", compressed)
        chunk("IEND", [])
        return png
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func be32(_ v: UInt32) {
        append(UInt8(truncatingIfNeeded: v >> 24))
        append(UInt8(truncatingIfNeeded: v >> 16))
        append(UInt8(truncatingIfNeeded: v >> 8))
        append(UInt8(truncatingIfNeeded: v))
    }
}
