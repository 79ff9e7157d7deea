import Synchronization

/// A shared index that worker threads take the next item from: the batch's rows, the PDF converters'
/// documents. One type for both (issue 10: it was written twice, in Batch and in PDFConversion).
public final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// A counter that starts at 0.
    public init() {}

    /// Returns the current value and adds one.
    public func increment() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
