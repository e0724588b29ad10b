import Foundation

/// Runs async work from a synchronous command's `run` (the root command parses and runs synchronously, so that
/// a one-file conversion starts no concurrency runtime it does not need) and returns its result or rethrows.
func runBlocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Result<T, any Error>?
    Task {
        do { result = .success(try await work()) } catch { result = .failure(error) }
        finished.signal()
    }
    finished.wait()
    return try result!.get()
}
