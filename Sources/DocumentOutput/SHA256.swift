import CCrypto

/// SHA-256 (FIPS 180-4) of finished files, for the batch manifest and anything else that records a digest.
///
/// One implementation: OpenSSL's libcrypto, linked as a system library (`CCrypto`, pkg-config `libcrypto`,
/// apt `libssl-dev`). It uses the CPU's SHA extensions where present — several times faster than portable
/// Swift, which mattered because hashing was the largest single cost of a batch row (decision 007). A
/// libcrypto is on every machine that runs Swift on Linux (the toolchain's libcurl needs it); swift-crypto
/// was not taken because it builds BoringSSL from source on every CI run (decision 030).
public enum SHA256 {
    /// The 32-byte digest.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                _ = CCrypto.SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return out
    }

    /// The digest as 64 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest(bytes) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
