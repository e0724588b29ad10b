import Foundation
import HotFolder
import NewsMLKit

/// Converts many files in parallel, one worker per core it may use; a bad item never stops the others.
struct BatchRunner {
    let converter: NewsConverter
    let outputDirectory: String
    let diagnosticsFormat: String

    struct Outcome {
        var converted = 0
        var repaired = 0
        var failed = 0
        var documents = 0
    }

    /// The cores this process may run on (its CPU affinity), at least one.
    static func allowedProcessorCount() -> Int {
        // Linux lists the allowed cores in /proc/self/status, e.g. "Cpus_allowed_list:\t0-1,4".
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        {
            let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
            let count = list.split(separator: ",").reduce(0) { total, range in
                let bounds = range.split(separator: "-").compactMap { Int($0) }
                return total + (bounds.count == 2 ? bounds[1] - bounds[0] + 1 : bounds.count)
            }
            if count > 0 { return min(count, ProcessInfo.processInfo.activeProcessorCount) }
        }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    func run(_ files: [String]) -> Outcome {
        let lock = NSLock()
        nonisolated(unsafe) var outcome = Outcome()
        nonisolated(unsafe) var done = 0
        nonisolated(unsafe) var allDiagnostics: [Diagnostic] = []
        let isTerminal = isatty(STDERR_FILENO) != 0
        let started = Date()
        let outputStems = OutputNaming.stems(for: files)
        let outputPrefix = outputDirectory.hasSuffix("/") ? outputDirectory : outputDirectory + "/"
        @Sendable func convert(_ index: Int) {
            let file = files[index]
            var diagnostics: [Diagnostic] = []
            var status = 0  // 0 converted, 1 repaired, 2 failed
            var written = 0
            if let data = DurableFiles.contents(of: file) {
                let stem = outputStems[index]
                // A newsMessage is streamed: each item's output is written as soon as it is ready.
                let (result, _) = converter.convertStreaming(data, file: file) { document in
                    let name = OutputNaming.fileName(stem: stem, suffix: document.nameSuffix, format: document.format)
                    let target = outputPrefix + name
                    do {
                        try DurableFiles.write(document.data, toPath: target, synchronize: false)
                        written += 1
                    } catch {
                        diagnostics.append(
                            .error("io.write", "cannot write \(target): \(unwritableReason(target))", at: SourceLocation(file: file)))
                    }
                }
                diagnostics = result.diagnostics + diagnostics
                status = diagnostics.hasErrors || written == 0 ? 2 : (result.repaired ? 1 : 0)
            } else {
                diagnostics = [.error("io.read", "cannot read the file: \(unreadableReason(file))", at: SourceLocation(file: file))]
                status = 2
            }
            lock.lock()
            outcome.documents += written
            switch status {
            case 0: outcome.converted += 1
            case 1: outcome.repaired += 1
            default: outcome.failed += 1
            }
            done += 1
            allDiagnostics += diagnostics.filter { $0.severity != .note }
            if diagnosticsFormat == "text" {
                let text = DiagnosticFormatter.text(diagnostics.filter { $0.severity != .note })
                if !text.isEmpty { printError((isTerminal ? "\r\u{1B}[K" : "") + text) }
            }
            if isTerminal {
                let width = 30
                let filled = width * done / max(1, files.count)
                printError(
                    "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                        + "] \(done)/\(files.count)")
            } else if done % 100 == 0 || done == files.count {
                printError("progress: \(done)/\(files.count) (\(Int(Date().timeIntervalSince(started)))s)\n")
            }
            lock.unlock()
        }

        // One worker per core this process may run on (taskset, container CPU sets): more workers than
        // cores only take turns and contend for the lock.
        let workers = max(1, min(files.count, Self.allowedProcessorCount()))
        nonisolated(unsafe) var next = 0
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < files.count else { return }
                convert(index)
            }
        }
        if isTerminal { printError("\n") }
        if diagnosticsFormat == "json" { printError(DiagnosticFormatter.json(allDiagnostics) + "\n") }
        printError(
            "summary: \(outcome.converted) converted, \(outcome.repaired) converted with repairs, \(outcome.failed) failed (of \(files.count) inputs); \(outcome.documents) documents written\n"
        )
        return outcome
    }
}
