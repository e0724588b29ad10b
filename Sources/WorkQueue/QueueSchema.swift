import Logging
import PostgresNIO

/// The queue's tables, created and migrated by `newsml worker --migrate`. Each migration is a list of statements
/// applied in one transaction with its version recorded in `newsml_schema_version`; a later release appends
/// migrations and never edits one that shipped.
public enum QueueSchema {
    /// The schema version this build reads and writes.
    public static var currentVersion: Int { migrations.count }

    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE newsml_jobs (
                id bigserial PRIMARY KEY,
                state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
                input_name text NOT NULL,
                input bytea NOT NULL,
                options jsonb NOT NULL DEFAULT '{}',
                attempts integer NOT NULL DEFAULT 0,
                max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts > 0),
                lease_until timestamptz,
                worker text,
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                started_at timestamptz,
                finished_at timestamptz,
                exit_status integer,
                diagnostics jsonb
            )
            """,
            "CREATE INDEX newsml_jobs_queued ON newsml_jobs (id) WHERE state = 'queued'",
            "CREATE INDEX newsml_jobs_leased ON newsml_jobs (lease_until) WHERE state = 'running'",
            """
            CREATE TABLE newsml_job_documents (
                job_id bigint NOT NULL REFERENCES newsml_jobs (id) ON DELETE CASCADE,
                position integer NOT NULL,
                name_suffix text,
                format text NOT NULL CHECK (format IN ('newsml', 'ninjs', 'nitf')),
                content bytea NOT NULL,
                PRIMARY KEY (job_id, position)
            )
            """,
            // Idle workers LISTEN on newsml_jobs: a statement that adds jobs, or puts jobs back in the queue, wakes
            // them (pg_notify folds the notifications of one transaction into one).
            """
            CREATE FUNCTION newsml_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('newsml_jobs', '');
                RETURN NULL;
            END
            $$
            """,
            "CREATE TRIGGER newsml_jobs_added AFTER INSERT ON newsml_jobs FOR EACH STATEMENT EXECUTE FUNCTION newsml_jobs_notify()",
            """
            CREATE TRIGGER newsml_jobs_requeued AFTER UPDATE OF state ON newsml_jobs FOR EACH ROW
            WHEN (NEW.state = 'queued' AND OLD.state IS DISTINCT FROM 'queued') EXECUTE FUNCTION newsml_jobs_notify()
            """,
        ],
        // Version 2: inputs and documents compressed with LZ4 where the server has it (PostgreSQL 14 and later,
        // built with lz4 as Debian's is): pglz took a fifth of the database's time for a job. Elsewhere nothing
        // changes.
        [
            """
            DO $$
            BEGIN
                ALTER TABLE newsml_job_documents ALTER COLUMN content SET COMPRESSION lz4;
                ALTER TABLE newsml_jobs ALTER COLUMN input SET COMPRESSION lz4;
            EXCEPTION WHEN OTHERS THEN
                NULL;
            END
            $$
            """
        ],
    ]

    public struct Mismatch: Error, CustomStringConvertible {
        public var found: Int
        public var description: String {
            found < QueueSchema.currentVersion
                ? "the queue's tables are at schema version \(found), this newsml needs \(QueueSchema.currentVersion): run newsml worker --migrate"
                : "the queue's tables are at schema version \(found), newer than this newsml reads (\(QueueSchema.currentVersion)): upgrade newsml"
        }
    }

    /// The version the database is at (0: no queue tables).
    static func installedVersion(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('newsml_schema_version') IS NOT NULL", logger: logger)
        var present = false
        for try await value in exists.decode(Bool.self) { present = value }
        guard present else { return 0 }
        let rows = try await connection.query("SELECT coalesce(max(version), 0)::int8 FROM newsml_schema_version", logger: logger)
        var version = 0
        for try await value in rows.decode(Int.self) { version = value }
        return version
    }

    /// Applies the migrations the database lacks; several workers started with --migrate at once take turns.
    /// Returns the versions applied.
    @discardableResult
    public static func migrate(on connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        try await connection.withTransaction(logger: logger) { connection in
            // One migrator at a time (the number is arbitrary, fixed: "newsml" in ASCII).
            try await connection.query("SELECT pg_advisory_xact_lock(110101115109108)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS newsml_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                logger: logger)
            let found = try await installedVersion(on: connection, logger: logger)
            if found > currentVersion { throw Mismatch(found: found) }
            var applied: [Int] = []
            for version in (found + 1)..<(currentVersion + 1) {
                for statement in migrations[version - 1] {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO newsml_schema_version (version) VALUES (\(version))", logger: logger)
                applied.append(version)
            }
            return applied
        }
    }

    /// Throws `Mismatch` unless the database is at this build's version.
    public static func check(on connection: PostgresConnection, logger: Logger) async throws {
        let found = try await installedVersion(on: connection, logger: logger)
        if found != currentVersion { throw Mismatch(found: found) }
    }
}
