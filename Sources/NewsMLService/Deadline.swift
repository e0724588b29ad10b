import Foundation

/// Gives up waiting for work at a deadline without waiting for the work to notice: the work goes on until
/// it stops by itself (a conversion at its next stage, see `ConversionOptions.deadline`); its result is dropped.
/// A task group cannot do this: it waits for every child, cancelled or not, before it returns.
enum Deadline {
    struct Passed: Error {}

    static func race<T: Sendable>(_ work: Task<T, Never>, until deadline: ContinuousClock.Instant) async throws -> T {
        let once = ResumeOnce<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            let timer = Task {
                // Cancelled when the work finished first: then it must not answer.
                guard (try? await Task.sleep(until: deadline, clock: .continuous)) != nil else { return }
                once.resume(.failure(Passed()))
            }
            Task {
                let value = await work.value
                once.resume(.success(value))
                timer.cancel()
            }
        }
    }
}

/// A continuation resumed by whichever of two tasks comes first.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var early: Result<T, any Error>?

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resume(_ result: Result<T, any Error>) {
        lock.lock()
        guard let continuation else {
            if early == nil { early = result }
            lock.unlock()
            return
        }
        self.continuation = nil
        lock.unlock()
        continuation.resume(with: result)
    }
}
