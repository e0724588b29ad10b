/// Wakes idle worker slots when PostgreSQL notifies that jobs were added. The generation closes the gap between
/// "the queue was empty" and "now wait": a slot waits only if nothing rang since it last looked.
actor Doorbell {
    private(set) var generation = 0
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    func ring() {
        generation += 1
        for waiter in waiters.values { waiter.resume() }
        waiters.removeAll()
    }

    /// Returns when the bell rings, or after `seconds`, or at once if it rang after `seen`.
    func wait(after seen: Int, upTo seconds: Double) async {
        guard generation == seen else { return }
        let id = nextWaiter
        nextWaiter += 1
        await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task {
                try? await Task.sleep(for: .seconds(max(0.01, seconds)))
                self.timeOut(id)
            }
        }
    }

    private func timeOut(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
