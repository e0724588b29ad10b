import ArgumentParser
import Foundation
import NewsMLKit
import WorkQueue

struct EnqueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enqueue",
        abstract: "Add files to a PostgreSQL queue as conversion jobs for `newsml worker`.",
        discussion: """
            All the files go in one transaction (all or none). The options given here are stored on each job; \
            those left out are the worker's. The job ids are printed on standard output, one a line.
            """)

    @Argument(help: "Input files or folders.")
    var inputs: [String]

    @OptionGroup var database: DatabaseOption

    @Option(help: "Input format (default: the worker's, which sniffs the content).")
    var from: InputFormat?

    @Option(help: "Output format (default: the worker's).")
    var to: OutputFormat?

    @Option(help: "Pictures of a text item: inline or items (default: the worker's).")
    var pictures: PictureLayout?

    @Option(name: .customLong("ninjs-version"), help: "ninjs version to write (default: the worker's).")
    var ninjsVersion: NinjsVersion?

    @Option(name: .customLong("ninjs-body"), help: "ninjs body: xhtml or text (default: the worker's).")
    var ninjsBody: NinjsBodyStyle?

    @Option(name: .customLong("nitf-dialect"), help: "NITF to write: plain or 3.6 (default: the worker's).")
    var nitfDialect: NITFDialect?

    @Flag(name: .customLong("no-entities"), help: "Do not recognise entities in plain text.")
    var noEntities = false

    @Option(
        name: .customLong("version-created"),
        help: "versionCreated for items that have none (default: SOURCE_DATE_EPOCH when set, else the worker's).")
    var versionCreated: String?

    @Option(name: .customLong("max-attempts"), help: "Times a job may be started before it is dead-lettered.")
    var maxAttempts = 3

    func validate() throws {
        if maxAttempts < 1 { throw ValidationError("--max-attempts must be at least 1") }
        try ConversionFlags.checkVersionCreated(versionCreated)
    }

    func run() throws {
        let url = try database.url()
        let files: [String]
        do { files = try expandInputs(inputs) } catch {
            printError("error: [io.read] \(error)\n")
            throw ExitCode(2)
        }
        var inputs: [(name: String, data: Data)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): error: [io.read] cannot read the file; nothing was enqueued\n")
                throw ExitCode(2)
            }
            inputs.append((file, data))
        }
        let options = JobOptions(
            from: from?.rawValue, to: to?.rawValue, pictures: pictures?.rawValue, ninjsVersion: ninjsVersion?.rawValue,
            ninjsBody: ninjsBody?.rawValue, nitfDialect: nitfDialect?.rawValue, entities: noEntities ? false : nil,
            versionCreated: versionCreated ?? ConversionFlags.sourceDateEpoch())
        let logger = queueLogger("newsml.enqueue")
        let chosen = inputs
        let attempts = maxAttempts
        let ids: [Int]
        do {
            ids = try runBlocking {
                try await JobQueue.with(url, logger: logger) { queue in
                    try await queue.enqueue(chosen, options: options, maxAttempts: attempts)
                }
            }
        } catch let mismatch as QueueSchema.Mismatch {
            printError("error: [queue.schema] \(url): \(mismatch)\n")
            throw ExitCode(2)
        } catch {
            throw reportDatabaseFailure(error, url: url)
        }
        printOutput(ids.map { "\($0)\n" }.joined())
        printError("enqueued \(ids.count) jobs\n")
    }
}
