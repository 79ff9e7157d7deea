/// The deflate primitive of the package writer, for the batch benchmark's floor measurement.
public enum Deflate {
    /// `bytes` raw-deflated with exactly the writer's settings (level 6, window 2^15, no header), and
    /// their CRC-32.
    public static func compress(_ bytes: [UInt8]) -> (data: [UInt8], crc32: UInt32) {
        (DeflaterPool.shared.withDeflater { $0.compress(bytes) }, CRC32.checksum(bytes))
    }
}
