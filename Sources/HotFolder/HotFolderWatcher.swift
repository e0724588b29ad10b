import Foundation
import NewsMLKit
import NewsModel

/// What happened to one input file.
public struct HotFolderEvent: Sendable {
    public enum Outcome: Sendable { case converted, convertedWithRepairs, failed }
    public var input: String
    public var outcome: Outcome
    public var outputs: [String]
    public var diagnostics: [Diagnostic]
}

/// Watches a folder and converts each complete file exactly once: the output is written atomically into
/// the output folder, or the input is filed in the error folder beside its diagnostics; only then is the
/// input removed or archived. Survives `kill -9` at any moment (see `recover()`).
public final class HotFolderWatcher: @unchecked Sendable {
    public let configuration: HotFolderConfiguration
    public let converter: NewsConverter
    /// Called after each file, from worker threads.
    public var onEvent: @Sendable (HotFolderEvent) -> Void = { _ in }
    /// Called for problems that are not about one input (a folder vanished, a symbolic link refused).
    public var onNotice: @Sendable (Diagnostic) -> Void = { _ in }
    public var maximumInputBytes = 64 * 1024 * 1024

    private let stopLock = NSLock()
    private var stopRequested = false
    /// Files seen but not yet settled: name → (size, modified, first seen unchanged at).
    var pending: [String: (size: Int64, modified: Int64, since: Date)] = [:]
    private var refusedLinks: Set<String> = []

    public init(configuration: HotFolderConfiguration, converter: NewsConverter) {
        self.configuration = configuration
        self.converter = converter
    }

    /// Asks the loop to finish the files in hand and return.
    public func stop() {
        stopLock.lock()
        stopRequested = true
        stopLock.unlock()
    }

    private var isStopping: Bool {
        stopLock.lock()
        defer { stopLock.unlock() }
        return stopRequested
    }

    /// Creates the folders and finishes what a crash interrupted. The folders must differ.
    public func prepare() throws {
        let folders = [configuration.input, configuration.output, configuration.errors] + (configuration.archive.map { [$0] } ?? [])
        let paths = folders.map { $0.resolvingSymlinksInPath().path }
        guard Set(paths).count == paths.count else {
            throw DurableFiles.Failure(description: "the input, output, error and archive folders must all be different")
        }
        for folder in folders + [configuration.claimed] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        beat()
        recover()
    }

    /// After a crash: temporary files in the output and error folders that no live watcher is writing are
    /// partial and go; inputs claimed by a watcher that is gone are taken over and converted again (their
    /// outputs, if already written, are replaced by identical-named files).
    func recover() {
        removePartialFiles(of: nil)
        takeOverFromDeadPeers()
    }

    /// Runs until `stop()`; with `once`, converts what is there (waiting for it to settle) and returns.
    public func run(once: Bool = false) {
        let heartbeat = startHeartbeat()
        defer {
            heartbeat.cancel()
            retire()
        }
        var lastLook = Date()
        while !isStopping {
            if Date().timeIntervalSince(lastLook) >= configuration.takeoverInterval / 4 {
                takeOverFromDeadPeers()
                lastLook = Date()
            }
            let claimed = claimedFiles()
            let ready = claimed + scan()
            if !ready.isEmpty { process(ready) }
            if once && ready.isEmpty && pending.isEmpty && claimedFiles().isEmpty { return }
            if ready.isEmpty { Thread.sleep(forTimeInterval: configuration.pollInterval) }
        }
    }

    private func claimedFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: configuration.claimed.path)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") }
            .map { configuration.claimed.appendingPathComponent($0) }
    }

    /// Files in the input folder whose size and time have settled, claimed by moving them aside.
    private func scan() -> [URL] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: configuration.input.path)) ?? []).sorted()
        var ready: [URL] = []
        let now = Date()
        var seen: Set<String> = []
        for name in names where !name.hasPrefix(".") {
            seen.insert(name)
            let url = configuration.input.appendingPathComponent(name)
            guard let status = DurableFiles.isRegularFile(url) else { continue }
            guard status.regular else {
                if !refusedLinks.contains(name) {
                    refusedLinks.insert(name)
                    onNotice(
                        .warning(
                            "watch.not-a-file", "\(name) is not a regular file (a folder or a symbolic link); it is left alone",
                            at: SourceLocation(file: url.path)))
                }
                continue
            }
            if let previous = pending[name], previous.size == status.size, previous.modified == status.modified {
                if now.timeIntervalSince(previous.since) >= configuration.settleInterval {
                    pending[name] = nil
                    let claimed = configuration.claimed.appendingPathComponent(name)
                    if (try? DurableFiles.move(url, to: claimed)) != nil { ready.append(claimed) }
                }
            } else {
                pending[name] = (status.size, status.modified, now)
            }
            if ready.count >= configuration.maximumConcurrentFiles * 8 { break }
        }
        pending = pending.filter { seen.contains($0.key) }
        return ready
    }

    private func process(_ files: [URL]) {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = configuration.maximumConcurrentFiles
        for file in files {
            queue.addOperation { [self] in
                let event = convert(file)
                onEvent(event)
            }
        }
        queue.waitUntilAllOperationsAreFinished()
    }

    /// One claimed input to its outputs or its error record, then the input goes.
    func convert(_ claimed: URL) -> HotFolderEvent {
        let name = claimed.lastPathComponent
        let stem = (name as NSString).deletingPathExtension.isEmpty ? name : (name as NSString).deletingPathExtension
        var diagnostics: [Diagnostic] = []
        var outputs: [String] = []
        var result: ConversionResult?
        do {
            let data = try DurableFiles.read(claimed, limit: maximumInputBytes)
            result = converter.convert(data, file: name)
            diagnostics = result!.diagnostics
        } catch {
            diagnostics = [.error("io.read", error.description, at: SourceLocation(file: name))]
        }
        if let result {
            for document in result.documents {
                let outputName = Self.safeName(stem + (document.nameSuffix.map { "-\($0)" } ?? "")) + "." + document.format.fileExtension
                do {
                    try DurableFiles.write(
                        document.data, to: configuration.output.appendingPathComponent(outputName), owner: configuration.watcherID)
                    outputs.append(outputName)
                } catch {
                    diagnostics.append(.error("io.write", error.description, at: SourceLocation(file: name)))
                }
            }
        }
        let failed = result?.succeeded != true || diagnostics.hasErrors
        do {
            if failed {
                let record = DiagnosticFormatter.json(diagnostics)
                try DurableFiles.write(
                    Data(record.utf8), to: configuration.errors.appendingPathComponent(name + ".diagnostics.json"),
                    owner: configuration.watcherID)
                try DurableFiles.move(claimed, to: configuration.errors.appendingPathComponent(name))
            } else if let archive = configuration.archive {
                try DurableFiles.move(claimed, to: archive.appendingPathComponent(name))
            } else {
                try DurableFiles.remove(claimed)
            }
        } catch {
            diagnostics.append(.error("io.write", error.description, at: SourceLocation(file: name)))
        }
        let outcome: HotFolderEvent.Outcome = failed ? .failed : (result?.repaired == true ? .convertedWithRepairs : .converted)
        return HotFolderEvent(input: name, outcome: outcome, outputs: outputs, diagnostics: diagnostics)
    }

    /// Output names stay inside the output folder whatever the item identifiers hold.
    static func safeName(_ name: String) -> String {
        let cleaned = String(name.unicodeScalars.map { CharacterSet(charactersIn: "/\\\0").contains($0) ? "_" : Character($0) })
        return cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
    }
}
