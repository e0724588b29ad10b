/// Lets at most `limit` conversions run at once; the others queue, and give up when their deadline passes.
actor ConversionLimiter {
    private let limit: Int
    private var running = 0
    private var waiting: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextIdentifier = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// True when a slot was granted; false when the wait timed out.
    func acquire(timeout: Duration) async -> Bool {
        if running < limit {
            running += 1
            return true
        }
        guard timeout > .zero else { return false }
        nextIdentifier += 1
        let identifier = nextIdentifier
        return await withCheckedContinuation { continuation in
            waiting.append((identifier, continuation))
            Task { [weak self] in
                try? await Task.sleep(for: timeout)
                await self?.expire(identifier)
            }
        }
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().continuation.resume(returning: true)
        }
    }

    private func expire(_ identifier: Int) {
        guard let index = waiting.firstIndex(where: { $0.id == identifier }) else { return }
        waiting.remove(at: index).continuation.resume(returning: false)
    }
}
