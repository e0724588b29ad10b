import ArgumentParser
import Foundation
import HotFolder
import NewsMLKit

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Convert every file dropped into a folder, exactly once, even across crashes.",
        discussion: """
            A file is taken when it is complete: renamed into IN, or its size unchanged for --settle seconds. \
            Its output is written atomically to OUT as <input stem>.xml or .json; on failure the input moves to ERR \
            beside <input name>.diagnostics.json. The input is removed (or moved to --archive-dir) only after its \
            output or error record is on disk. SIGTERM or Ctrl-C finishes the files in hand and stops. Several \
            watchers may share the folders, on one machine or several (NFS): each file goes to one of them, and the \
            files a dead watcher had taken are converted by another after --takeover-after seconds (at once on the \
            same machine). The filesystem must make a rename within a folder tree atomic.
            """)

    @Argument(help: "The folder to watch.")
    var input: String

    @Option(name: .customLong("output-dir"), help: "Where outputs go.")
    var outputDirectory: String

    @Option(name: .customLong("error-dir"), help: "Where failed inputs go, each with <name>.diagnostics.json.")
    var errorDirectory: String

    @Option(name: .customLong("archive-dir"), help: "Keep processed inputs here instead of deleting them.")
    var archiveDirectory: String?

    @Option(help: "Seconds a file's size must stay unchanged before it is taken.")
    var settle: Double = 0.5

    @Option(help: "Files converted at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("takeover-after"),
        help: "Seconds without a heartbeat after which a watcher sharing the folder is taken for dead and its files are taken over.")
    var takeoverAfter: Double = 30

    @Flag(help: "Convert what is in the folder, then exit (for cron jobs and tests).")
    var once = false

    @Option(help: "Progress lines on standard error.")
    var format: DiagnosticFormat = .text

    @OptionGroup var conversion: ConversionFlags

    func run() throws {
        let configuration = HotFolderConfiguration(
            input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: outputDirectory), errors: URL(fileURLWithPath: errorDirectory),
            archive: archiveDirectory.map { URL(fileURLWithPath: $0) }, settleInterval: settle, maximumConcurrentFiles: jobs,
            takeoverInterval: takeoverAfter)
        let watcher = HotFolderWatcher(configuration: configuration, converter: NewsConverter(options: try conversion.conversionOptions()))
        let json = format == .json
        watcher.onEvent = { event in
            let verdict =
                switch event.outcome {
                case .converted: "converted"
                case .convertedWithRepairs: "converted with repairs"
                case .failed: "failed"
                }
            if json {
                let line: JSONValue = [
                    "input": .string(event.input), "outcome": .string(verdict), "outputs": .array(event.outputs.map(JSONValue.string)),
                ]
                printError(JSONWriter(indent: false).string(line) + "\n")
            } else {
                printError("\(event.input): \(verdict)\(event.outputs.isEmpty ? "" : " → " + event.outputs.joined(separator: ", "))\n")
                if event.outcome == .failed { printError(DiagnosticFormatter.text(event.diagnostics.errors)) }
            }
        }
        watcher.onNotice = { printError($0.description + "\n") }
        do {
            try watcher.prepare()
        } catch {
            printError("\(input): error: [watch.folders] \(error)\n")
            throw ExitCode(2)
        }
        // Finish the files in hand on SIGTERM or Ctrl-C, then stop.
        let sources = onTermination { watcher.stop() }
        if !once {
            printError("watching \(configuration.input.path) → \(configuration.output.path) (errors: \(configuration.errors.path))\n")
        }
        watcher.run(once: once)
        _ = sources
    }
}
