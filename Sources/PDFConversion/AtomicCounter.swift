import Synchronization

/// A shared counter (unique pipe names, job numbers).
final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// Returns the current value and adds one.
    func increment() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
