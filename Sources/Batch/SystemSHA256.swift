import Foundation

/// SHA-256 from the system's OpenSSL `libcrypto`, when it is there, loaded at run time.
///
/// Hashing every document for the manifest was the largest single cost of a batch row (about 60 µs for a
/// 15 KB letter with the portable implementation, ~250 MB/s); libcrypto uses the CPU's SHA extensions where
/// present and is several times faster. It is looked up with `dlopen` rather than linked, because privdoc's
/// only link-time system libraries are libxml2 and zlib; `libcrypto.so.3` is on every Debian machine that
/// runs Swift (libssl3 comes with the toolchain's libcurl). Without it, `SHA256` uses its own code; tests
/// check that both give the same digests.
final class SystemSHA256: Sendable {
    private typealias OneShot = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?
    private let function: OneShot

    /// The library's one-shot `SHA256(data, length, out)`, or nil when libcrypto cannot be loaded.
    static let shared: SystemSHA256? = {
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            if let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(handle, "SHA256") {
                return SystemSHA256(function: unsafeBitCast(symbol, to: OneShot.self))
            }
        }
        return nil
    }()

    private init(function: @escaping OneShot) { self.function = function }

    /// The 32-byte digest.
    func digest(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                _ = function(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return out
    }
}
