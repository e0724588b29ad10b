import NIOCore
import PostgresNIO

/// The two statements every batch of jobs runs, prepared once per connection: parsing and planning them for each job
/// cost the database more than the statements themselves.
enum JobStatements {
    /// Takes the oldest queued jobs, up to `limit` of them.
    struct ClaimQueued: PostgresPreparedStatement {
        static let name = "newsml_claim_queued_v2"
        static let sql = """
            UPDATE newsml_jobs SET state = 'running', attempts = attempts + 1, worker = $1, started_at = now(),
                lease_until = now() + make_interval(secs => $2)
            WHERE id = ANY(ARRAY(SELECT id FROM newsml_jobs WHERE state = 'queued' ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED))
            RETURNING id, input_name, input, options::text, attempts
            """
        static let bindingDataTypes: [PostgresDataType] = [.text, .float8, .int8]
        typealias Row = (Int, String, ByteBuffer, String, Int)

        var worker: String
        var lease: Double
        var limit: Int

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 3)
            bindings.append(worker)
            bindings.append(lease)
            bindings.append(limit)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// Stores the outcomes and documents of several jobs and ends them, each only if it is still this worker's
    /// claim; returns the ids of the jobs it ended.
    struct CompleteMany: PostgresPreparedStatement {
        static let name = "newsml_complete_many_v1"
        static let sql = """
            WITH outcome AS (
                SELECT * FROM unnest($1::int8[], $2::text[], $3::int8[], $4::text[], $5::int8[])
                    AS o(id, state, exit_status, diagnostics, attempts)
            ), finished AS (
                UPDATE newsml_jobs j SET state = o.state, finished_at = now(), lease_until = NULL, exit_status = o.exit_status,
                    diagnostics = o.diagnostics::jsonb
                FROM outcome o
                WHERE j.id = o.id AND j.state = 'running' AND j.worker = $6 AND j.attempts = o.attempts
                RETURNING j.id
            ), stored AS (
                INSERT INTO newsml_job_documents (job_id, position, name_suffix, format, content)
                SELECT d.job, d.position, NULLIF(d.suffix, ''), d.format, d.content
                FROM unnest($7::int8[], $8::int4[], $9::text[], $10::text[], $11::bytea[]) AS d(job, position, suffix, format, content)
                WHERE d.job IN (SELECT id FROM finished)
            )
            SELECT id FROM finished
            """
        static let bindingDataTypes: [PostgresDataType] = [
            .int8Array, .textArray, .int8Array, .textArray, .int8Array, .text, .int8Array, .int4Array, .textArray, .textArray,
            .byteaArray,
        ]
        typealias Row = Int

        var jobs: [Int]
        var states: [String]
        var exitStatuses: [Int]
        var diagnostics: [String]
        var attempts: [Int]
        var worker: String
        var documentJobs: [Int]
        var positions: [Int32]
        var suffixes: [String]
        var formats: [String]
        var contents: [ByteBuffer]

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 11)
            bindings.append(jobs)
            bindings.append(states)
            bindings.append(exitStatuses)
            bindings.append(diagnostics)
            bindings.append(attempts)
            bindings.append(worker)
            bindings.append(documentJobs)
            bindings.append(positions)
            bindings.append(suffixes)
            bindings.append(formats)
            bindings.append(contents)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int.self) }
    }
}
