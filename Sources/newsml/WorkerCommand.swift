import ArgumentParser
import Foundation
import NewsMLKit
import NewsMLService
import WorkQueue

struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Convert jobs from a PostgreSQL queue; run any number, on any number of machines.",
        discussion: """
            Each job is claimed with FOR UPDATE SKIP LOCKED and a lease (--lease), converted with the options stored \
            on it (the worker's flags decide what it leaves out) exactly as `newsml convert` would, and its documents, \
            diagnostics and exit status are stored in the statement that completes it. A job whose worker dies is \
            taken over when its lease passes; one started --max-attempts times (see enqueue) without finishing, or \
            one whose input is rejected, ends as dead with its diagnostics. Idle workers wait for PostgreSQL's \
            NOTIFY, not a timer. SIGTERM or Ctrl-C finishes the jobs in hand and exits.
            """)

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Create or upgrade the queue's tables (versioned; safe to run again and from several machines), then exit.")
    var migrate = false

    @Option(
        help:
            "Jobs in hand at once, each on its own connection (default: twice the number of cores: one converts while another waits for the database)."
    )
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount * 2

    @Option(help: "Jobs each of --jobs claims and completes in one statement (fewer statements: less database work per job).")
    var batch: Int = 16

    @Option(help: "Seconds a claimed job is this worker's; a conversion stops before its lease passes.")
    var lease: Double = 60

    @Flag(name: .customLong("until-empty"), help: "Exit when no job is queued or running, instead of waiting for more.")
    var untilEmpty = false

    @Option(help: "The worker's name in the jobs it claims (default: host:pid).")
    var name: String?

    @Option(
        name: .customLong("metrics-port"),
        help: "Serve GET /metrics (Prometheus: jobs by outcome, job latency, queue depth by state) and /health on this port.")
    var metricsPort: Int?

    @Option(name: .customLong("metrics-host"), help: "Address for --metrics-port (127.0.0.1 keeps it on this machine).")
    var metricsHost = "127.0.0.1"

    @Option(help: "Progress lines on standard error: one per job.")
    var format: DiagnosticFormat = .text

    @OptionGroup var conversion: ConversionFlags

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
        if !(lease >= 1) { throw ValidationError("--lease must be at least 1 second") }
    }

    func run() throws {
        let url = try database.url()
        let logger = queueLogger("newsml.worker")
        if migrate {
            do {
                let applied = try runBlocking { try await JobQueue.migrate(url, logger: logger) }
                printError(
                    applied.isEmpty
                        ? "the queue's tables are at schema version \(QueueSchema.currentVersion); nothing to do\n"
                        : "applied schema version \(applied.map(String.init).joined(separator: ", ")) to \(url)\n")
                return
            } catch {
                throw reportDatabaseFailure(error, url: url)
            }
        }
        var settings = QueueWorker.Settings(database: url, defaults: try conversion.conversionOptions(), name: name)
        settings.lease = lease
        settings.slots = jobs
        settings.batch = batch
        settings.untilEmpty = untilEmpty
        let json = format == .json
        let worker = QueueWorker(settings: settings, logger: logger) { event in
            let problems = event.diagnostics.filter { $0.severity != .note }
            if json {
                let line: JSONValue = [
                    "job": .integer(event.job), "input": .string(event.input), "outcome": .string(event.kind.rawValue),
                    "documents": .integer(event.documents),
                ]
                printError(JSONWriter(indent: false).string(line) + "\n")
            } else {
                printError("job \(event.job) \(event.input): \(event.kind.rawValue) (\(event.documents) documents)\n")
                if event.kind == .dead { printError(DiagnosticFormatter.text(problems)) }
            }
        }
        let sources = onTermination { worker.stop() }
        let endpoint = metricsPort.map { port in
            MetricsEndpoint(host: metricsHost, port: port) { await worker.metrics.render() }
        }
        do {
            try runBlocking {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    if let endpoint { group.addTask { try await endpoint.run(logger: logger) } }
                    try await worker.run()
                    group.cancelAll()
                }
            }
        } catch let mismatch as QueueSchema.Mismatch {
            printError("error: [queue.schema] \(url): \(mismatch)\n")
            throw ExitCode(2)
        } catch {
            throw reportDatabaseFailure(error, url: url)
        }
        _ = sources
    }
}
