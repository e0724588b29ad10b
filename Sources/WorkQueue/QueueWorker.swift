import Foundation
import Logging
import NewsMLKit
import PostgresNIO
import Synchronization

/// What a worker did with one job, for its log.
public struct WorkerEvent: Sendable {
    public enum Kind: String, Sendable {
        /// Converted; its documents and diagnostics stored.
        case done
        /// Nothing to deliver (the input was rejected): stored with its diagnostics, not retried.
        case dead
        /// Its lease passed and another worker took it over before this one finished: nothing stored.
        case lost
    }
    public var job: Int
    public var input: String
    public var kind: Kind
    public var documents: Int
    public var diagnostics: [Diagnostic]
}

/// Claims jobs from the queue and converts them, `slots` at a time, each slot on a connection of its own; one
/// more connection LISTENs so that idle slots sleep until jobs arrive (or until the next lease passes, when a
/// dead worker's job is due to be taken over) instead of polling.
public final class QueueWorker: Sendable {
    public struct Settings: Sendable {
        public var database: DatabaseURL
        /// The conversion options of a job that sets none.
        public var defaults: ConversionOptions
        /// Seconds a claim holds a job; a job still running when it passes is taken over by another worker.
        public var lease: Double = 60
        public var slots: Int = 1
        /// Jobs a slot claims in one statement and completes in one statement: the database's work per job is
        /// mostly per statement, so fewer statements leave more of a shared machine to the conversions.
        public var batch: Int = 16
        /// Stop when no job is queued or running (batch runs and tests); otherwise wait for work.
        public var untilEmpty = false
        /// The worker's name in the jobs it claims (host and process by default).
        public var name: String

        public init(database: DatabaseURL, defaults: ConversionOptions, name: String? = nil) {
            self.database = database
            self.defaults = defaults
            self.name = name ?? "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        }
    }

    let settings: Settings
    let logger: Logger
    let onEvent: @Sendable (WorkerEvent) -> Void
    private let doorbell = Doorbell()
    private let stopping = Mutex(false)
    private let lastExpiryCheck = Mutex(ContinuousClock.now)
    private let converters = Mutex([String: NewsConverter]())

    /// Counts of what this worker did, for `--metrics-port`.
    public let metrics: WorkerMetrics

    public init(settings: Settings, logger: Logger, onEvent: @escaping @Sendable (WorkerEvent) -> Void) {
        self.settings = settings
        self.logger = logger
        self.onEvent = onEvent
        self.metrics = WorkerMetrics(settings: settings, logger: logger)
    }

    /// Finish the jobs in hand, claim no more, and return from `run`.
    public func stop() {
        stopping.withLock { $0 = true }
        Task { await doorbell.ring() }
    }

    private var isStopping: Bool { stopping.withLock { $0 } }

    public func run() async throws {
        // Fail fast, with the reason, when the database is unreachable or its tables are not this version's.
        let first = try await JobQueue.connect(to: settings.database, logger: logger)
        do {
            try await QueueSchema.check(on: first, logger: logger)
        } catch {
            try? await first.close()
            throw error
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.listen() }
            let slots = max(1, settings.slots)
            var connections = [first]
            for _ in 1..<slots { connections.append(try await JobQueue.connect(to: settings.database, logger: logger)) }
            var slotTasks: [Task<Void, Never>] = []
            for (index, connection) in connections.enumerated() {
                slotTasks.append(Task { await self.runSlot(index, connection: connection) })
            }
            for task in slotTasks { await task.value }
            group.cancelAll()
        }
    }

    /// Rings the doorbell on every notification; reconnects after a lost connection.
    private func listen() async throws {
        while !Task.isCancelled {
            do {
                let connection = try await JobQueue.connect(to: settings.database, logger: logger)
                defer { Task { try? await connection.close() } }
                try await connection.listen(on: "newsml_jobs") { notifications in
                    for try await _ in notifications { await doorbell.ring() }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("queue notifications lost, reconnecting: \(error)")
                // Slots still look for work at least every minute, so a missed notification only delays.
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    private func runSlot(_ index: Int, connection initial: PostgresConnection) async {
        var connection: PostgresConnection? = initial
        let worker = settings.name + "/\(index)"
        let thread = DispatchQueue(label: "newsml.worker.\(index)")
        while !isStopping {
            do {
                if connection == nil { connection = try await JobQueue.connect(to: settings.database, logger: logger) }
                let queue = JobQueue(connection: connection!, logger: logger)
                let seen = await doorbell.generation
                let jobs = try await claim(queue, worker: worker)
                if !jobs.isEmpty {
                    try await process(jobs, queue: queue, worker: worker, thread: thread)
                    continue
                }
                let counts = try await queue.counts()
                if settings.untilEmpty && counts["queued", default: 0] == 0 && counts["running", default: 0] == 0 { break }
                // Nothing to take now: sleep until jobs are added, or until the next lease passes (a worker that
                // stops when the queue is empty looks ten times a second whether the other workers' batches have
                // finished: a batch run ends with them, not a second later).
                let nextExpiry = try await queue.secondsToNextExpiry()
                let longest: Double = settings.untilEmpty ? 0.1 : 60
                await doorbell.wait(after: seen, upTo: min(longest, nextExpiry.map { $0 + 0.05 } ?? longest))
            } catch {
                logger.error("worker \(worker): \(error); reconnecting")
                try? await connection?.close()
                connection = nil
                try? await Task.sleep(for: .seconds(1))
            }
        }
        try? await connection?.close()
    }

    /// A queued job, except that a slot looks for jobs whose lease passed at least four times a lease, so that a
    /// dead worker's job is taken over while the queue is still busy.
    private func claim(_ queue: JobQueue, worker: String) async throws -> [ClaimedJob] {
        let interval = Duration.seconds(settings.lease / 4)
        let due = lastExpiryCheck.withLock { last in
            guard ContinuousClock.now - last >= interval else { return false }
            last = .now
            return true
        }
        if due, let job = try await queue.claimExpired(worker: worker, lease: settings.lease) { return [job] }
        let jobs = try await queue.claimQueued(worker: worker, lease: settings.lease, limit: settings.batch)
        if !jobs.isEmpty { return jobs }
        return try await queue.claimExpired(worker: worker, lease: settings.lease).map { [$0] } ?? []
    }

    /// Converts a claimed batch in order and stores the outcomes in one statement. A batch never outlives a
    /// quarter of its lease: past that (slow inputs), what is converted is stored and the jobs not started go
    /// back to the queue, as they do when the worker is stopping.
    private func process(_ jobs: [ClaimedJob], queue: JobQueue, worker: String, thread: DispatchQueue) async throws {
        let claimed = ContinuousClock.now
        let budget = Duration.seconds(settings.lease / 4)
        var finished: [(job: ClaimedJob, outcome: JobOutcome)] = []
        var durations: [Duration] = []
        for (index, job) in jobs.enumerated() {
            if index > 0, isStopping || ContinuousClock.now - claimed > budget {
                try await queue.release(Array(jobs[index...]), worker: worker)
                break
            }
            let started = ContinuousClock.now
            // On the slot's own serial queue (a thread that is reused, never one of Swift concurrency's): a thread
            // made for every job cost more than the database round trips.
            let outcome = await withCheckedContinuation { continuation in
                thread.async { continuation.resume(returning: self.convert(job)) }
            }
            finished.append((job, outcome))
            durations.append(.now - started)
        }
        let stored = try await queue.complete(finished, worker: worker)
        for ((job, outcome), duration) in zip(finished, durations) {
            let kind: WorkerEvent.Kind = stored.contains(job.id) ? (outcome.documents.isEmpty ? .dead : .done) : .lost
            metrics.finished(kind, duration: duration)
            onEvent(
                WorkerEvent(
                    job: job.id, input: job.inputName, kind: kind, documents: outcome.documents.count, diagnostics: outcome.diagnostics))
        }
        // This worker's idle slots may be waiting for the jobs in hand to finish (--until-empty).
        await doorbell.ring()
    }

    /// The CLI's conversion of one input (same options, same file name, so the same bytes), stopped before its
    /// lease passes.
    func convert(_ job: ClaimedJob) -> JobOutcome {
        var converter: NewsConverter
        do {
            converter = try converters.withLock { cache in
                if let known = cache[job.options] { return known }
                let made = NewsConverter(options: try JobOptions.parse(job.options).applied(to: settings.defaults))
                cache[job.options] = made
                return made
            }
        } catch {
            let problem = Diagnostic.error("queue.options", "\(error)", at: SourceLocation(file: job.inputName))
            return JobOutcome(documents: [], diagnostics: [problem], exitStatus: 1)
        }
        converter.options.deadline = .now + .seconds(settings.lease * 0.9)
        // As `convert --output-dir` does it (streamed, so the items of a newsMessage are named alike).
        var documents: [ConvertedDocument] = []
        let (result, _) = converter.convertStreaming(job.input, file: job.inputName) { documents.append($0) }
        let failed = result.diagnostics.hasErrors || documents.isEmpty
        return JobOutcome(documents: documents, diagnostics: result.diagnostics, exitStatus: failed ? 1 : 0)
    }
}
