import Foundation
import Logging
import NIOCore
import NewsMLKit
import PostgresNIO

/// A job a worker holds: its input and options, and the claim that proves it still holds it.
public struct ClaimedJob: Sendable {
    public var id: Int
    public var inputName: String
    public var input: Data
    public var options: String
    /// The attempt this claim is (1 for the first); with the worker's name it guards the completion.
    public var attempt: Int
}

/// What a worker hands back for a job: the CLI's documents, diagnostics and exit status.
public struct JobOutcome: Sendable {
    public var documents: [ConvertedDocument]
    public var diagnostics: [Diagnostic]
    public var exitStatus: Int
    /// A job with no document to deliver is dead-lettered at once: the conversion is deterministic, so the same
    /// input with the same options would fail the same way on every attempt.
    public var state: String { documents.isEmpty ? "dead" : "done" }
}

/// The queue's SQL, one connection at a time. Every statement is a single round trip; a claim and a completion
/// are each one atomic statement.
public struct JobQueue: Sendable {
    public let connection: PostgresConnection
    public let logger: Logger

    public init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    public static func connect(to url: DatabaseURL, logger: Logger) async throws -> PostgresConnection {
        try await PostgresConnection.connect(configuration: try url.configuration(), id: 1, logger: logger)
    }

    /// Connects, checks that the tables are at this build's schema version, runs `body` and closes.
    public static func with<T: Sendable>(
        _ url: DatabaseURL, logger: Logger, _ body: @Sendable (JobQueue) async throws -> T
    ) async throws -> T {
        let connection = try await connect(to: url, logger: logger)
        do {
            try await QueueSchema.check(on: connection, logger: logger)
            let value = try await body(JobQueue(connection: connection, logger: logger))
            try? await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Creates or upgrades the tables; returns the versions applied.
    public static func migrate(_ url: DatabaseURL, logger: Logger) async throws -> [Int] {
        let connection = try await connect(to: url, logger: logger)
        do {
            let applied = try await QueueSchema.migrate(on: connection, logger: logger)
            try? await connection.close()
            return applied
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Adds jobs in one transaction (all or none); returns their ids in order.
    public func enqueue(_ inputs: [(name: String, data: Data)], options: JobOptions, maxAttempts: Int) async throws -> [Int] {
        let json = options.json
        let logger = self.logger
        return try await connection.withTransaction(logger: logger) { connection in
            var ids: [Int] = []
            for input in inputs {
                let rows = try await connection.query(
                    """
                    INSERT INTO newsml_jobs (input_name, input, options, max_attempts)
                    VALUES (\(input.name), \(ByteBuffer(bytes: input.data)), \(json)::jsonb, \(maxAttempts)) RETURNING id
                    """, logger: logger)
                for try await id in rows.decode(Int.self) { ids.append(id) }
            }
            return ids
        }
    }

    /// Takes the oldest queued job for `worker` with a lease of `lease` seconds, or nil when none is queued.
    public func claimQueued(worker: String, lease: Double) async throws -> ClaimedJob? {
        try await claimQueued(worker: worker, lease: lease, limit: 1).first
    }

    /// Takes up to `limit` of the oldest queued jobs for `worker`, in the order they were added: one statement for
    /// them all (a statement a job cost the database more than storing the job's documents).
    public func claimQueued(worker: String, lease: Double, limit: Int) async throws -> [ClaimedJob] {
        var jobs: [ClaimedJob] = []
        for try await (id, name, input, options, attempt) in try await connection.execute(
            JobStatements.ClaimQueued(worker: worker, lease: lease, limit: max(1, limit)), logger: logger)
        {
            jobs.append(ClaimedJob(id: id, inputName: name, input: Data(input.readableBytesView), options: options, attempt: attempt))
        }
        return jobs.sorted { $0.id < $1.id }
    }

    /// Puts claimed jobs this worker did not start back in the queue, their attempt not counted.
    public func release(_ jobs: [ClaimedJob], worker: String) async throws {
        guard !jobs.isEmpty else { return }
        let ids = jobs.map(\.id)
        try await connection.query(
            """
            UPDATE newsml_jobs SET state = 'queued', attempts = attempts - 1, worker = NULL, started_at = NULL, lease_until = NULL
            WHERE id = ANY(\(ids)) AND state = 'running' AND worker = \(worker)
            """, logger: logger)
    }

    /// Dead-letters the jobs whose lease passed on their last attempt, then takes over one whose lease passed
    /// (its worker died or stalled) with a fresh lease.
    public func claimExpired(worker: String, lease: Double) async throws -> ClaimedJob? {
        try await connection.query(
            """
            UPDATE newsml_jobs SET state = 'dead', finished_at = now(), lease_until = NULL, exit_status = 1,
                diagnostics = jsonb_build_array(jsonb_build_object(
                    'id', 'queue.attempts', 'severity', 'error', 'location', jsonb_build_object('file', input_name),
                    'message', format('the conversion was started %s times and never finished: its worker stopped, or it outlived its lease', attempts)))
            WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts
            """, logger: logger)
        return try await claim(
            """
            UPDATE newsml_jobs SET attempts = attempts + 1, worker = \(worker), started_at = now(),
                lease_until = now() + make_interval(secs => \(lease))
            WHERE id = (SELECT id FROM newsml_jobs WHERE state = 'running' AND lease_until < now() AND attempts < max_attempts
                        ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, input_name, input, options::text, attempts
            """)
    }

    private func claim(_ query: PostgresQuery) async throws -> ClaimedJob? {
        let rows = try await connection.query(query, logger: logger)
        var job: ClaimedJob?
        for try await (id, name, input, options, attempt) in rows.decode((Int, String, ByteBuffer, String, Int).self) {
            job = ClaimedJob(id: id, inputName: name, input: Data(input.readableBytesView), options: options, attempt: attempt)
        }
        return job
    }

    /// Stores the outcome and the documents and ends the job, in one statement; false when the job is no longer
    /// this worker's (its lease passed and another worker took it over), and then nothing is stored.
    public func complete(_ job: ClaimedJob, worker: String, outcome: JobOutcome) async throws -> Bool {
        try await complete([(job, outcome)], worker: worker).contains(job.id)
    }

    /// Stores the outcomes of several jobs in one statement; returns the ids of the jobs stored (a job missing
    /// from it is no longer this worker's, and nothing of it was stored).
    public func complete(_ finished: [(job: ClaimedJob, outcome: JobOutcome)], worker: String) async throws -> Set<Int> {
        guard !finished.isEmpty else { return [] }
        var statement = JobStatements.CompleteMany(
            jobs: [], states: [], exitStatuses: [], diagnostics: [], attempts: [], worker: worker, documentJobs: [], positions: [],
            suffixes: [], formats: [], contents: [])
        for (job, outcome) in finished {
            statement.jobs.append(job.id)
            statement.states.append(outcome.state)
            statement.exitStatuses.append(outcome.exitStatus)
            statement.diagnostics.append(DiagnosticFormatter.compactJSON(outcome.diagnostics))
            statement.attempts.append(job.attempt)
            for (position, document) in outcome.documents.enumerated() {
                statement.documentJobs.append(job.id)
                statement.positions.append(Int32(position))
                statement.suffixes.append(document.nameSuffix ?? "")
                statement.formats.append(document.format.rawValue)
                statement.contents.append(ByteBuffer(bytes: document.data))
            }
        }
        var stored: Set<Int> = []
        for try await id in try await connection.execute(statement, logger: logger) { stored.insert(id) }
        return stored
    }

    /// How many jobs are in each state (every state present, zero when none).
    public func counts() async throws -> [String: Int] {
        var counts = ["queued": 0, "running": 0, "done": 0, "dead": 0]
        let rows = try await connection.query("SELECT state, count(*)::int8 FROM newsml_jobs GROUP BY state", logger: logger)
        for try await (state, count) in rows.decode((String, Int).self) { counts[state] = count }
        return counts
    }

    /// Seconds until the next lease passes (nil when no job is running): when an idle worker should look again.
    public func secondsToNextExpiry() async throws -> Double? {
        let rows = try await connection.query(
            "SELECT extract(epoch FROM min(lease_until) - now())::float8 FROM newsml_jobs WHERE state = 'running'", logger: logger)
        var seconds: Double?
        for try await value in rows.decode(Double?.self) { seconds = value }
        return seconds
    }

    /// Every job's id, input name and state, in id order: what an export names its files by.
    public func jobNames() async throws -> [(id: Int, name: String, state: String)] {
        let rows = try await connection.query("SELECT id, input_name, state FROM newsml_jobs ORDER BY id", logger: logger)
        var jobs: [(id: Int, name: String, state: String)] = []
        for try await (id, name, state) in rows.decode((Int, String, String).self) { jobs.append((id, name, state)) }
        return jobs
    }

    /// The documents of finished jobs with ids in `range`, in job and position order.
    public func documents(jobs range: ClosedRange<Int>) async throws -> [(job: Int, suffix: String?, format: String, content: Data)] {
        let rows = try await connection.query(
            """
            SELECT d.job_id, d.name_suffix, d.format, d.content FROM newsml_job_documents d JOIN newsml_jobs j ON j.id = d.job_id
            WHERE j.state = 'done' AND d.job_id BETWEEN \(range.lowerBound) AND \(range.upperBound) ORDER BY d.job_id, d.position
            """, logger: logger)
        var documents: [(job: Int, suffix: String?, format: String, content: Data)] = []
        for try await (job, suffix, format, content) in rows.decode((Int, String?, String, ByteBuffer).self) {
            documents.append((job, suffix, format, Data(content.readableBytesView)))
        }
        return documents
    }

    /// The stored diagnostics (a JSON array) and exit status of finished jobs with ids in `range`.
    public func outcomes(jobs range: ClosedRange<Int>) async throws -> [(job: Int, exitStatus: Int?, diagnostics: String?)] {
        let rows = try await connection.query(
            """
            SELECT id, exit_status, diagnostics::text FROM newsml_jobs
            WHERE state IN ('done', 'dead') AND id BETWEEN \(range.lowerBound) AND \(range.upperBound) ORDER BY id
            """, logger: logger)
        var outcomes: [(job: Int, exitStatus: Int?, diagnostics: String?)] = []
        for try await (job, status, diagnostics) in rows.decode((Int, Int?, String?).self) { outcomes.append((job, status, diagnostics)) }
        return outcomes
    }
}
