import Foundation
import TestSupport
import Testing

/// The PostgreSQL work queue, end to end with real processes: `newsml worker`, `enqueue` and `queue` against a
/// PostgreSQL server (.ci/run starts one with scripts/test-postgres and sets NEWSML_TEST_DATABASE_URL). Each test
/// makes a database of its own and drops it afterwards.
@Suite(.serialized) struct WorkQueueTests {
    static let serverURL = ProcessInfo.processInfo.environment["NEWSML_TEST_DATABASE_URL"]
    static let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { TestPaths.isCI || (serverURL != nil && psql != nil) }
    static let reason: Comment = "needs PostgreSQL: eval \"$(scripts/test-postgres start)\" sets NEWSML_TEST_DATABASE_URL (.ci/run does)"

    let newsml = TestPaths.newsmlExecutable

    /// A fresh database on the test server; its URL.
    struct Database {
        let name: String
        let url: String
        let admin: String

        init() throws {
            let server = try #require(WorkQueueTests.serverURL, "NEWSML_TEST_DATABASE_URL is not set (.ci/run sets it)")
            _ = try #require(WorkQueueTests.psql, "psql is missing (.ci/run installs postgresql)")
            admin = server
            name = "newsml_test_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
            var components = try #require(URLComponents(string: server))
            components.path = "/" + name
            url = try #require(components.string)
            try Database.sql(admin, "CREATE DATABASE \(name)")
        }

        @discardableResult
        static func sql(_ url: String, _ statement: String) throws -> String {
            let result = try run(
                URL(fileURLWithPath: WorkQueueTests.psql!), [url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-c", statement])
            #expect(result.status == 0, "psql: \(statement): \(result.standardError)")
            return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        func sql(_ statement: String) throws -> String { try Database.sql(url, statement) }

        func drop() { _ = try? Database.sql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    func status(_ database: Database) throws -> [String: Int] {
        let result = try run(newsml, ["queue", "status", "--database", database.url, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Int]
        return try #require(object)
    }

    /// Corpus inputs of every kind, copied under unique names until there are `count`.
    func corpusInputs(_ range: Range<Int>, into folder: URL, shared: URL) throws -> [URL] {
        let corpus = shared.appendingPathComponent("corpus")
        var sources: [URL] = []
        for family in ["plaintext", "newsml-g2", "ninjs", "nitf"] {
            let root = corpus.appendingPathComponent(family)
            guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files
            where ["txt", "xml", "json"].contains(file.pathExtension) && !file.lastPathComponent.hasSuffix(".gold.json") {
                sources.append(file)
            }
        }
        sources.sort { $0.path < $1.path }
        #expect(sources.count > 300, "the corpus should give a few hundred inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var inputs: [URL] = []
        for index in range {
            let source = sources[index % sources.count]
            let target = folder.appendingPathComponent(String(format: "%04d-", index) + source.lastPathComponent)
            try FileManager.default.copyItem(at: source, to: target)
            inputs.append(target)
        }
        return inputs
    }

    func files(in folder: URL) throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            contents[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return contents
    }

    @Test(
        "3 workers over 2,000 corpus items, one killed with SIGKILL mid-run: every job ends once, done or dead, and the export is byte-identical to the CLI's batch",
        .enabled(if: available && TestPaths.sharedOrCI, reason), .timeLimit(.minutes(10)))
    func threeWorkersOneKilled() throws {
        let shared = try #require(TestPaths.sharedFolder())
        let database = try Database()
        defer { database.drop() }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("queue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let plain = work.appendingPathComponent("in-newsml")
        let ninjs = work.appendingPathComponent("in-ninjs")
        // Numbered across both folders, so that every input's name is its own (as in one CLI batch).
        let inputs = try corpusInputs(0..<1500, into: plain, shared: shared)
        _ = try corpusInputs(1500..<2000, into: ninjs, shared: shared)
        #expect(inputs.count == 1500)
        let environment = ["SOURCE_DATE_EPOCH": "1767225600"]

        // Migrations are versioned: the second run has nothing to do.
        let first = try run(newsml, ["worker", "--database", database.url, "--migrate"])
        #expect(first.status == 0 && first.standardError.contains("applied schema version 1, 2"), "\(first.standardError)")
        let again = try run(newsml, ["worker", "--database", database.url, "--migrate"])
        #expect(again.status == 0 && again.standardError.contains("nothing to do"), "\(again.standardError)")

        let enqueued = try run(newsml, ["enqueue", "--database", database.url, plain.path], environment: environment)
        #expect(enqueued.status == 0, "\(enqueued.standardError)")
        #expect(enqueued.standardOutput.split(separator: "\n").count == 1500)
        // The second batch carries its own options; NEWSML_DATABASE_URL stands in for --database.
        let enqueuedNinjs = try run(
            newsml, ["enqueue", "--to", "ninjs", "--ninjs-version", "1.7", ninjs.path],
            environment: environment.merging(["NEWSML_DATABASE_URL": database.url]) { $1 })
        #expect(enqueuedNinjs.status == 0, "\(enqueuedNinjs.standardError)")
        #expect(try status(database) == ["queued": 2000, "running": 0, "done": 0, "dead": 0])

        var workers: [ChildProcess] = []
        for index in 1...3 {
            workers.append(
                try ChildProcess.start(
                    newsml,
                    ["worker", "--database", database.url, "--jobs", "1", "--lease", "3", "--until-empty", "--name", "w\(index)"],
                    captureOutput: false))
        }
        // Kill the first worker once the run is well under way, then see whether it held a job at that moment.
        let started = Date()
        while try status(database)["done", default: 0] < 300 && Date().timeIntervalSince(started) < 240 {
            Thread.sleep(forTimeInterval: 0.2)
        }
        workers[0].signal(SIGKILL)
        #expect(workers[0].wait() == 128 + SIGKILL)
        let heldByKilled = try database.sql(
            "SELECT coalesce(string_agg(id::text, ','), '') FROM newsml_jobs WHERE state = 'running' AND worker LIKE 'w1/%'")
        for worker in workers.dropFirst() { #expect(worker.wait() == 0) }

        let final = try status(database)
        #expect(final["queued"] == 0 && final["running"] == 0)
        #expect(final["done", default: 0] + final["dead", default: 0] == 2000)
        // The job the killed worker held was taken over and finished by another worker.
        if !heldByKilled.isEmpty {
            let takenOver = try database.sql(
                "SELECT count(*) FROM newsml_jobs WHERE id IN (\(heldByKilled)) AND attempts >= 2 AND worker NOT LIKE 'w1/%'")
            #expect(takenOver == "\(heldByKilled.split(separator: ",").count)")
        }
        // Done jobs have documents, dead ones none and their diagnostics; no job ended twice.
        #expect(
            try database.sql(
                "SELECT count(*) FROM newsml_jobs j WHERE state = 'done' AND NOT EXISTS (SELECT 1 FROM newsml_job_documents d WHERE d.job_id = j.id)"
            ) == "0")
        #expect(
            try database.sql(
                "SELECT count(*) FROM newsml_jobs j WHERE state = 'dead' AND (diagnostics IS NULL OR EXISTS (SELECT 1 FROM newsml_job_documents d WHERE d.job_id = j.id))"
            ) == "0")

        // The CLI's batch of the same inputs with the same options, and the queue's export: the same files, byte for byte.
        let cli = work.appendingPathComponent("cli")
        _ = try run(newsml, ["convert", plain.path, "--output-dir", cli.path], environment: environment)
        _ = try run(
            newsml, ["convert", ninjs.path, "--to", "ninjs", "--ninjs-version", "1.7", "--output-dir", cli.path], environment: environment)
        let exported = work.appendingPathComponent("export")
        let export = try run(newsml, ["queue", "export", "--database", database.url, "--output-dir", exported.path])
        #expect(export.status == 0, "\(export.standardError)")
        let expected = try files(in: cli)
        let actual = try files(in: exported)
        #expect(expected.count > 1500)
        let missing = Set(expected.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(expected.keys).sorted()
        #expect(
            missing.isEmpty && extra.isEmpty, "missing: \(missing.count) \(missing.prefix(5)); extra: \(extra.count) \(extra.prefix(5))")
        let different = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        #expect(different.isEmpty, "differ from the CLI's: \(different.prefix(5))")
        // Every input the CLI wrote nothing for is a dead job, and only those (inputs are told apart by number).
        let numbersWritten = Set(expected.keys.map { $0.prefix(4) })
        let deadNumbers = try database.sql("SELECT input_name FROM newsml_jobs WHERE state = 'dead'").split(separator: "\n")
            .map { (String($0) as NSString).lastPathComponent.prefix(4) }
        #expect(deadNumbers.count == 2000 - numbersWritten.count)
        #expect(deadNumbers.allSatisfy { !numbersWritten.contains($0) })
    }

    @Test(
        "jobs added with plain SQL are converted; bad options, rejected inputs and jobs whose lease ran out on their last attempt are dead-lettered with diagnostics",
        .enabled(if: available, reason), .timeLimit(.minutes(2)))
    func deadLettersAndPlainSQL() throws {
        let database = try Database()
        defer { database.drop() }
        // Before the tables exist, every command says what to do.
        let early = try run(newsml, ["queue", "status", "--database", database.url])
        #expect(early.status == 2 && early.standardError.contains("run newsml worker --migrate"), "\(early.standardError)")
        #expect(try run(newsml, ["worker", "--database", database.url, "--migrate"]).status == 0)

        let story = "Harbour reopens after storm\n\nThe harbour of Porthleven reopened on Monday after a week of repairs.\n"
        _ = try database.sql(
            """
            INSERT INTO newsml_jobs (input_name, input, options) VALUES
              ('harbour.txt', convert_to('\(story)', 'UTF8'), '{"to": "ninjs", "version-created": "2026-01-01T00:00:00Z"}'),
              ('pdf.txt', convert_to('\(story)', 'UTF8'), '{"to": "pdf"}'),
              ('broken.xml', convert_to('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><unclosed>', 'UTF8'), '{}');
            INSERT INTO newsml_jobs (input_name, input, state, attempts, max_attempts, lease_until, worker)
              VALUES ('stuck.txt', convert_to('\(story)', 'UTF8'), 'running', 2, 2, now() - interval '1 minute', 'gone/0');
            """)
        let worker = try run(newsml, ["worker", "--database", database.url, "--until-empty", "--lease", "5", "--format", "json"])
        #expect(worker.status == 0, "\(worker.standardError)")
        #expect(try status(database) == ["queued": 0, "running": 0, "done": 1, "dead": 3])
        #expect(try database.sql("SELECT diagnostics->0->>'id' FROM newsml_jobs WHERE input_name = 'pdf.txt'") == "queue.options")
        #expect(try database.sql("SELECT diagnostics->0->>'id' FROM newsml_jobs WHERE input_name = 'stuck.txt'") == "queue.attempts")
        #expect(try database.sql("SELECT diagnostics->0->>'id' FROM newsml_jobs WHERE input_name = 'broken.xml'") == "xml.syntax")
        #expect(try database.sql("SELECT exit_status FROM newsml_jobs WHERE input_name = 'broken.xml'") == "1")
        // The converted job's document is the CLI's, byte for byte.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("queue-sql-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(newsml, ["queue", "export", "--database", database.url, "--output-dir", folder.path]).status == 0)
        let exported = try Data(contentsOf: folder.appendingPathComponent("harbour.json"))
        let cli = try run(
            newsml, ["convert", "-", "--to", "ninjs", "--version-created", "2026-01-01T00:00:00Z"], input: Data(story.utf8))
        #expect(cli.status == 0)
        #expect(exported == Data(cli.standardOutput.utf8))
        // The CLI's form of "nothing to do": the status in text, one line a state.
        let text = try run(newsml, ["queue", "status", "--database", database.url])
        #expect(text.standardOutput == "queued 0\nrunning 0\ndone 1\ndead 3\n")
    }

    @Test(
        "a database that cannot be reached is a usage or I/O error (exit 2) naming it, without its password",
        .enabled(if: available, reason))
    func unreachableDatabase() throws {
        let result = try run(newsml, ["queue", "status", "--database", "postgres://someone:secret@127.0.0.1:1/nowhere?sslmode=disable"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("[queue.database]") && result.standardError.contains("127.0.0.1:1/nowhere"))
        #expect(!result.standardError.contains("secret"))
    }
}
