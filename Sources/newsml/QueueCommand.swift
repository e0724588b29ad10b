import ArgumentParser
import Foundation
import HotFolder
import NewsMLKit
import Synchronization
import WorkQueue

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Look at a PostgreSQL work queue and take its results out.",
        subcommands: [QueueStatusCommand.self, QueueExportCommand.self])
}

struct QueueStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Print how many jobs are queued, running, done and dead.")

    @OptionGroup var database: DatabaseOption

    @Option(help: "text (a line per state) or json (an object with the keys queued, running, done, dead).")
    var format: DiagnosticFormat = .text

    func run() throws {
        let url = try database.url()
        let logger = queueLogger("newsml.queue")
        let counts: [String: Int]
        do {
            counts = try runBlocking { try await JobQueue.with(url, logger: logger) { try await $0.counts() } }
        } catch let mismatch as QueueSchema.Mismatch {
            printError("error: [queue.schema] \(url): \(mismatch)\n")
            throw ExitCode(2)
        } catch {
            throw reportDatabaseFailure(error, url: url)
        }
        let states = ["queued", "running", "done", "dead"]
        if format == .json {
            let object = JSONValue.object(JSONObject(states.map { ($0, JSONValue.integer(counts[$0, default: 0])) }))
            printOutput(JSONWriter(indent: false).string(object) + "\n")
        } else {
            printOutput(states.map { "\($0) \(counts[$0, default: 0])\n" }.joined())
        }
    }
}

struct QueueExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the documents of finished jobs into a folder, named as `newsml convert --output-dir` names them.",
        discussion: """
            Names come from the input names the jobs were enqueued with, so enqueueing the files a batch would \
            convert gives the batch's file names. Dead jobs write nothing; their count is reported, and their \
            diagnostics are in the jobs table.
            """)

    @OptionGroup var database: DatabaseOption

    @Option(name: .customLong("output-dir"), help: "Where the documents go.")
    var outputDirectory: String

    func run() throws {
        let url = try database.url()
        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            printError(
                "\(outputDirectory): error: [io.write] cannot create the output folder: \(uncreatableFolderReason(outputDirectory))\n")
            throw ExitCode(2)
        }
        let logger = queueLogger("newsml.queue")
        let summary: (written: Int, done: Int, dead: Int, pending: Int)
        do {
            summary = try runBlocking {
                try await JobQueue.with(url, logger: logger) { queue in
                    let jobs = try await queue.jobNames()
                    let stems = OutputNaming.stems(for: jobs.map(\.name))
                    var stemOfJob: [Int: String] = [:]
                    for (job, stem) in zip(jobs, stems) { stemOfJob[job.id] = stem }
                    // A few hundred jobs at a time, so that an export of millions holds little in memory; the next
                    // chunk is read from the database while this one is written, on every core.
                    let chunks = stride(from: 0, to: jobs.count, by: 500).compactMap { start -> ClosedRange<Int>? in
                        let slice = jobs[start..<min(jobs.count, start + 500)]
                        guard let low = slice.first?.id, let high = slice.last?.id else { return nil }
                        return low...high
                    }
                    let folderPath = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
                    var written = 0
                    var next = chunks.first.map { range in Task { try await queue.documents(jobs: range) } }
                    for index in chunks.indices {
                        guard let fetching = next else { break }
                        let documents = try await fetching.value
                        next =
                            index + 1 < chunks.count ? Task { [range = chunks[index + 1]] in try await queue.documents(jobs: range) } : nil
                        var files: [(path: String, content: Data)] = []
                        for document in documents {
                            guard let stem = stemOfJob[document.job], let format = OutputFormat(rawValue: document.format) else { continue }
                            let name = OutputNaming.fileName(stem: stem, suffix: document.suffix, format: format)
                            files.append((folderPath + name, document.content))
                        }
                        try writeConcurrently(files)
                        written += files.count
                    }
                    let count = { (state: String) in jobs.count { $0.state == state } }
                    return (written, count("done"), count("dead"), count("queued") + count("running"))
                }
            }
        } catch let mismatch as QueueSchema.Mismatch {
            printError("error: [queue.schema] \(url): \(mismatch)\n")
            throw ExitCode(2)
        } catch let error as DurableFiles.Failure {
            printError("\(outputDirectory): error: [io.write] \(error.description)\n")
            throw ExitCode(2)
        } catch {
            throw reportDatabaseFailure(error, url: url)
        }
        printError(
            "exported \(summary.written) documents of \(summary.done) done jobs to \(outputDirectory); \(summary.dead) dead, \(summary.pending) not finished\n"
        )
    }

    /// Writes complete files only (a temporary name, then a rename), not flushed one by one: an export that stops is
    /// simply run again. Throws the first failure.
    private func writeConcurrently(_ files: [(path: String, content: Data)]) throws(DurableFiles.Failure) {
        let failure = Mutex<DurableFiles.Failure?>(nil)
        let lanes = max(1, min(files.count, BatchRunner.allowedProcessorCount()))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: files.count, by: lanes) {
                do throws(DurableFiles.Failure) {
                    try DurableFiles.write(files[index].content, toPath: files[index].path, synchronize: false)
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                    return
                }
            }
        }
        if let failure = failure.withLock({ $0 }) { throw failure }
    }
}
