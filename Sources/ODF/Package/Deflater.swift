import CZlib

/// A zlib deflate stream configured exactly as the package writer needs it; freed in `deinit`.
///
/// Raw deflate (`windowBits` −15: no zlib header, as ZIP method 8 wants), level 6 (zlib's default: the
/// knee of the size/time curve for small XML parts — see decision 001), `memLevel` 8, default strategy.
/// Instances are reset and reused across packages through `DeflaterPool`. Unchecked Sendable: a stream
/// moves between threads only through the pool, which hands it to one caller at a time.
final class Deflater: @unchecked Sendable {
    static let level: Int32 = 6
    private let stream: UnsafeMutablePointer<z_stream>

    init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = deflateInit2_(stream, Self.level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed (\(status))")
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The raw-deflated bytes of `input`.
    func compress(_ input: [UInt8]) -> [UInt8] {
        deflateReset(stream)
        let bound = Int(deflateBound(stream, uLong(input.count)))
        return input.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: max(bound, 16)) { out, count in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(out.count)
                let status = deflate(stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "zlib deflate did not finish (\(status))")
                count = Int(stream.pointee.total_out)
            }
        }
    }
}
