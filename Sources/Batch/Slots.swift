/// A fixed array of result slots that worker threads fill, each thread writing only the indices it took
/// from an `AtomicCounter` — so no two threads ever touch the same slot, which is what makes the
/// unchecked `Sendable` sound.
struct Slots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    /// `count` slots holding `initial`.
    init(count: Int, initial: Element) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: initial)
    }

    /// Slots holding a copy of `elements`.
    init(copying elements: [Element]) {
        buffer = .allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
    }

    /// Frees the slots (call once, after the workers are done).
    func deallocate() {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
