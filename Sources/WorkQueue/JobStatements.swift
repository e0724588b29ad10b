import NIOCore
import PostgresNIO

/// The two statements every job runs, prepared once per connection: parsing and planning them for each job
/// cost the database more than the statements themselves.
enum JobStatements {
    /// Takes the oldest queued job.
    struct ClaimQueued: PostgresPreparedStatement {
        static let name = "newsml_claim_queued_v1"
        static let sql = """
            UPDATE newsml_jobs SET state = 'running', attempts = attempts + 1, worker = $1, started_at = now(),
                lease_until = now() + make_interval(secs => $2)
            WHERE id = (SELECT id FROM newsml_jobs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, input_name, input, options::text, attempts
            """
        static let bindingDataTypes: [PostgresDataType] = [.text, .float8]
        typealias Row = (Int, String, ByteBuffer, String, Int)

        var worker: String
        var lease: Double

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 2)
            bindings.append(worker)
            bindings.append(lease)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// Stores the outcome and the documents and ends the job, if it is still this worker's claim.
    struct Complete: PostgresPreparedStatement {
        static let name = "newsml_complete_v1"
        static let sql = """
            WITH finished AS (
                UPDATE newsml_jobs SET state = $1, finished_at = now(), lease_until = NULL, exit_status = $2, diagnostics = $3::jsonb
                WHERE id = $4 AND state = 'running' AND worker = $5 AND attempts = $6
                RETURNING id
            ), stored AS (
                INSERT INTO newsml_job_documents (job_id, position, name_suffix, format, content)
                SELECT finished.id, d.position, NULLIF(d.suffix, ''), d.format, d.content
                FROM finished, unnest($7::int4[], $8::text[], $9::text[], $10::bytea[]) AS d(position, suffix, format, content)
            )
            SELECT count(*)::int8 FROM finished
            """
        static let bindingDataTypes: [PostgresDataType] = [
            .text, .int8, .text, .int8, .text, .int8, .int4Array, .textArray, .textArray, .byteaArray,
        ]
        typealias Row = Int

        var state: String
        var exitStatus: Int
        var diagnostics: String
        var job: Int
        var worker: String
        var attempt: Int
        var positions: [Int32]
        var suffixes: [String]
        var formats: [String]
        var contents: [ByteBuffer]

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 10)
            bindings.append(state)
            bindings.append(exitStatus)
            bindings.append(diagnostics)
            bindings.append(job)
            bindings.append(worker)
            bindings.append(attempt)
            bindings.append(positions)
            bindings.append(suffixes)
            bindings.append(formats)
            bindings.append(contents)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int.self) }
    }
}
