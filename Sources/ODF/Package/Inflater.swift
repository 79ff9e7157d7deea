import CZlib

/// Raw inflate (ZIP method 8) of one buffer whose uncompressed size is known.
enum Inflater {
    /// The inflated bytes, or nil when the data is not a complete raw-deflate stream of that size.
    static func inflate(_ data: ArraySlice<UInt8>, expectedSize: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var ok = false
        let out = data.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: max(expectedSize, 1)) { buffer, count in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(&stream, Z_FINISH)
                count = Int(stream.total_out)
                ok = status == Z_STREAM_END && count == expectedSize
            }
        }
        return ok ? out : nil
    }
}
