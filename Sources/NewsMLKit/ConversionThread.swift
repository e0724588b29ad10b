import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a CPU-bound conversion on a thread of its own — never on Swift concurrency's cooperative threads, which
/// the server's handlers need (a conversion or a large answer serialised there made `/health` wait seconds) —
/// at a lower scheduling priority than the server's event loops (`niceness`; the service's default is 5): with
/// every core converting, the event loops still get the processor first. Not so low that conversions starve
/// beside other work of the same machine.
public enum ConversionThread {
    public static func run<T: Sendable>(niceness: Int32, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                if niceness != 0 { lowerPriority(by: niceness) }
                continuation.resume(returning: work())
            }
            // Readers recurse on deep documents (bounded by XMLParseLimits): the size of a main thread's stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// On Linux a thread is a task with its own id, and setpriority on that id changes that thread only.
    private static func lowerPriority(by niceness: Int32) {
        #if os(Linux)
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self"),
                let last = link.split(separator: "/").last, let thread = id_t(last)
            else { return }
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), thread, niceness)
        #endif
    }
}
