import Foundation
import HotFolder
import NewsMLKit
import TestSupport
import Testing

/// The watched folder: one result per input, atomic outputs, error records, and recovery after kill -9.
@Suite struct HotFolderTests {
    struct Folders {
        let root: URL
        var input: URL { root.appendingPathComponent("in") }
        var output: URL { root.appendingPathComponent("out") }
        var errors: URL { root.appendingPathComponent("err") }
        var archive: URL { root.appendingPathComponent("done") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("newsml-watch-\(UUID().uuidString)")
            for folder in [root.appendingPathComponent("in"), root.appendingPathComponent("out"), root.appendingPathComponent("err")] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }

        func names(_ folder: URL) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    func watcher(_ folders: Folders, archive: Bool = false) -> HotFolderWatcher {
        HotFolderWatcher(
            configuration: HotFolderConfiguration(
                input: folders.input, output: folders.output, errors: folders.errors,
                archive: archive ? folders.archive : nil, settleInterval: 0.05, pollInterval: 0.02),
            converter: NewsConverter(options: ConversionOptions(versionCreated: TestPaths.fixedTime)))
    }

    @Test("good files become outputs, bad ones go to the error folder with their diagnostics, inputs are archived")
    func outputsErrorsArchive() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt"),
            to: folders.input.appendingPathComponent("bridge.txt"))
        try Data("<newsItem><broken".utf8).write(to: folders.input.appendingPathComponent("broken.xml"))
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("newsml-g2/news-message-morning-wire.xml"),
            to: folders.input.appendingPathComponent("message.xml"))
        let hot = watcher(folders, archive: true)
        try hot.prepare()
        hot.run(once: true)
        #expect(folders.names(folders.input) == [".newsml-processing"])
        #expect(folders.names(folders.output).contains("bridge.xml"))
        // The message's two good items are written; the message itself is filed with the error of its broken item.
        #expect(folders.names(folders.output).filter { $0.hasPrefix("message-") }.count == 2)
        #expect(
            folders.names(folders.errors) == ["broken.xml", "broken.xml.diagnostics.json", "message.xml", "message.xml.diagnostics.json"])
        let record = try String(contentsOf: folders.errors.appendingPathComponent("broken.xml.diagnostics.json"), encoding: .utf8)
        #expect(record.contains("xml.syntax"))
        #expect(folders.names(folders.archive) == ["bridge.txt"])
        let output = try Data(contentsOf: folders.output.appendingPathComponent("bridge.xml"))
        #expect(NewsValidator().validate(output, file: "bridge.xml").valid)
    }

    @Test("symbolic links and folders in the input folder are left alone; partial files from a crash are removed")
    func refusesLinksAndCleansUp() throws {
        let folders = try Folders()
        defer { folders.remove() }
        try FileManager.default.createSymbolicLink(
            at: folders.input.appendingPathComponent("passwd.txt"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        try FileManager.default.createDirectory(at: folders.input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("partial".utf8).write(to: folders.output.appendingPathComponent(".newsml-tmp-leftover"))
        let hot = watcher(folders)
        nonisolated(unsafe) var notices: [String] = []
        hot.onNotice = { notices.append($0.id) }
        try hot.prepare()
        hot.run(once: true)
        #expect(folders.names(folders.output).isEmpty)
        #expect(FileManager.default.fileExists(atPath: folders.input.appendingPathComponent("passwd.txt").path))
        #expect(notices.filter { $0 == "watch.not-a-file" }.count == 2)
    }

    @Test("the same folder for input and output is refused")
    func sameFolders() throws {
        let folders = try Folders()
        defer { folders.remove() }
        let hot = HotFolderWatcher(
            configuration: HotFolderConfiguration(input: folders.input, output: folders.input, errors: folders.errors),
            converter: NewsConverter())
        #expect(throws: (any Error).self) { try hot.prepare() }
    }

    /// Writes `fileCount` inputs the way a well-behaved producer does (elsewhere, then renamed in): plain-text
    /// stories from the samples, and every 25th a broken XML file. Returns the names that must fail.
    func makeInputs(_ fileCount: Int, in folders: Folders) throws -> Set<String> {
        let styles = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.appendingPathComponent("plaintext").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var expectedFailures: Set<String> = []
        let staging = folders.root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for index in 0..<fileCount {
            let name = String(format: "story-%04d", index)
            let data: Data
            if index % 25 == 7 {
                data = Data("<newsItem><broken".utf8)
                expectedFailures.insert(name + ".xml")
                try data.write(to: staging.appendingPathComponent(name + ".xml"))
                try FileManager.default.moveItem(
                    at: staging.appendingPathComponent(name + ".xml"), to: folders.input.appendingPathComponent(name + ".xml"))
                continue
            }
            var text = try String(
                contentsOf: TestPaths.samples.appendingPathComponent("plaintext/" + styles[index % styles.count]), encoding: .isoLatin1)
            text = "Story \(index): " + text
            data = Data(text.utf8)
            try data.write(to: staging.appendingPathComponent(name + ".txt"))
            try FileManager.default.moveItem(
                at: staging.appendingPathComponent(name + ".txt"), to: folders.input.appendingPathComponent(name + ".txt"))
        }
        return expectedFailures
    }

    /// The inputs that did not end as exactly one output or one error record (and the input filed with it).
    func inputsWithoutOneResult(_ fileCount: Int, expectedFailures: Set<String>, in folders: Folders) -> [String] {
        let outputs = folders.names(folders.output)
        let errors = folders.names(folders.errors)
        var problems: [String] = []
        for index in 0..<fileCount {
            let stem = String(format: "story-%04d", index)
            let produced = outputs.filter { $0 == stem + ".xml" }.count
            let failed = errors.filter { $0 == stem + ".xml" || $0 == stem + ".txt" }.count
            let records = errors.filter { $0.hasPrefix(stem + ".") && $0.hasSuffix(".diagnostics.json") }.count
            let shouldFail = expectedFailures.contains(stem + ".xml")
            if shouldFail ? !(produced == 0 && failed == 1 && records == 1) : !(produced == 1 && failed == 0 && records == 0) {
                problems.append("\(stem): \(produced) outputs, \(failed) failed inputs, \(records) records")
            }
        }
        return problems
    }

    /// Every output valid, none partial, nothing left in the input folder or any claim folder.
    func expectCleanFinish(_ folders: Folders) {
        let outputs = folders.names(folders.output)
        #expect(!outputs.contains { $0.hasPrefix(".newsml-tmp-") }, "temporary files left in the output folder")
        #expect(!folders.names(folders.errors).contains { $0.hasPrefix(".newsml-tmp-") }, "temporary files left in the error folder")
        #expect(folders.names(folders.input).filter { $0 != ".newsml-processing" }.isEmpty)
        #expect(folders.names(folders.input.appendingPathComponent(".newsml-processing")).isEmpty)
        let validator = NewsValidator()
        let invalid = outputs.filter {
            !validator.validate((try? Data(contentsOf: folders.output.appendingPathComponent($0))) ?? Data(), file: $0).valid
        }
        #expect(invalid.isEmpty, "invalid outputs: \(invalid.prefix(5))")
    }

    /// Kills the watcher with SIGKILL again and again while it works through several hundred files, then
    /// lets a last run finish: every input ends as exactly one output or one error record, every output is
    /// valid, and no temporary file is left.
    @Test func survivesKillNine() throws {
        let folders = try Folders()
        defer { folders.remove() }
        let fileCount = 300
        let expectedFailures = try makeInputs(fileCount, in: folders)
        let arguments = [
            "watch", folders.input.path, "--output-dir", folders.output.path, "--error-dir", folders.errors.path,
            "--settle", "0.05", "--version-created", TestPaths.fixedTime,
        ]
        var kills = 0
        for round in 0..<12 {
            let process = try ChildProcess.start(TestPaths.newsmlExecutable, arguments, captureOutput: false)
            Thread.sleep(forTimeInterval: Double.random(in: 0.15...0.6) + (round == 0 ? 0.3 : 0))
            process.signal(SIGKILL)
            process.wait()
            kills += 1
            if folders.names(folders.input) == [".newsml-processing"],
                folders.names(folders.input.appendingPathComponent(".newsml-processing")).allSatisfy({ name in
                    folders.names(folders.input.appendingPathComponent(".newsml-processing/" + name)).allSatisfy { $0.hasPrefix(".") }
                })
            {
                break
            }
        }
        // The last run takes over what the killed watchers (this host, processes gone) had claimed.
        let finish = try run(TestPaths.newsmlExecutable, arguments + ["--once"])
        #expect(finish.status == 0, "\(finish.standardError.suffix(500))")
        #expect(kills >= 2)
        let problems = inputsWithoutOneResult(fileCount, expectedFailures: expectedFailures, in: folders)
        #expect(
            problems.isEmpty,
            "\(problems.count) inputs did not end as exactly one result (after \(kills) kills):\n\(problems.prefix(10).joined(separator: "\n"))"
        )
        #expect(folders.names(folders.output).count == fileCount - expectedFailures.count)
        expectCleanFinish(folders)
    }

    /// Three watchers share one folder of 500 files; one is killed with SIGKILL mid-run. Each file still ends as
    /// exactly one output or one error record: the survivors split the work and take over the dead one's files.
    @Test(.timeLimit(.minutes(3)))
    func threeWatchersOneKilled() throws {
        let folders = try Folders()
        defer { folders.remove() }
        let fileCount = 500
        let expectedFailures = try makeInputs(fileCount, in: folders)
        let arguments = [
            "watch", folders.input.path, "--output-dir", folders.output.path, "--error-dir", folders.errors.path,
            "--settle", "0.05", "--version-created", TestPaths.fixedTime, "--jobs", "1", "--takeover-after", "2",
        ]
        let watchers = try (0..<3).map { _ in try ChildProcess.start(TestPaths.newsmlExecutable, arguments, captureOutput: false) }
        func finished() -> Int { folders.names(folders.output).count + folders.names(folders.errors).count / 2 }
        let started = Date()
        while finished() < 100 && Date().timeIntervalSince(started) < 60 { Thread.sleep(forTimeInterval: 0.05) }
        watchers[0].signal(SIGKILL)
        #expect(watchers[0].wait() == 128 + SIGKILL)
        while finished() < fileCount && Date().timeIntervalSince(started) < 150 { Thread.sleep(forTimeInterval: 0.1) }
        // The survivors stop cleanly on SIGTERM, finishing what they hold.
        for watcher in watchers.dropFirst() { watcher.signal(SIGTERM) }
        for watcher in watchers.dropFirst() { #expect(watcher.wait() == 0) }
        let problems = inputsWithoutOneResult(fileCount, expectedFailures: expectedFailures, in: folders)
        #expect(
            problems.isEmpty, "\(problems.count) inputs did not end as exactly one result:\n\(problems.prefix(10).joined(separator: "\n"))")
        expectCleanFinish(folders)
    }

    /// A watcher on another machine (over NFS) cannot be asked whether its process lives: its heartbeat decides.
    @Test("files claimed by a watcher whose heartbeat stopped are taken over; a live peer's are left alone")
    func takesOverOnlyFromSilentPeers() throws {
        let folders = try Folders()
        defer { folders.remove() }
        let claims = folders.input.appendingPathComponent(".newsml-processing")
        let silent = claims.appendingPathComponent("otherhost_101")
        let live = claims.appendingPathComponent("otherhost_102")
        for peer in [silent, live] { try FileManager.default.createDirectory(at: peer, withIntermediateDirectories: true) }
        let story = try Data(contentsOf: TestPaths.samples.appendingPathComponent("plaintext/harbour-bridge-web.txt"))
        try story.write(to: silent.appendingPathComponent("silent.txt"))
        try story.write(to: live.appendingPathComponent("live.txt"))
        try Data().write(to: silent.appendingPathComponent(".alive"))
        try Data().write(to: live.appendingPathComponent(".alive"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: silent.appendingPathComponent(".alive").path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: silent.path)
        try Data("partial".utf8).write(to: folders.output.appendingPathComponent(".newsml-tmp-otherhost_101.0000"))
        try Data("partial".utf8).write(to: folders.output.appendingPathComponent(".newsml-tmp-otherhost_102.0000"))
        let hot = HotFolderWatcher(
            configuration: HotFolderConfiguration(
                input: folders.input, output: folders.output, errors: folders.errors, settleInterval: 0.05, pollInterval: 0.02,
                takeoverInterval: 30),
            converter: NewsConverter(options: ConversionOptions(versionCreated: TestPaths.fixedTime)))
        try hot.prepare()
        hot.run(once: true)
        let outputs = folders.names(folders.output)
        #expect(outputs.contains("silent.xml"))
        #expect(!outputs.contains("live.xml"))
        #expect(!FileManager.default.fileExists(atPath: silent.path))
        #expect(FileManager.default.fileExists(atPath: live.appendingPathComponent("live.txt").path))
        // The silent peer's partial file goes; the live peer's may still become its output.
        #expect(!outputs.contains(".newsml-tmp-otherhost_101.0000"))
        #expect(outputs.contains(".newsml-tmp-otherhost_102.0000"))
    }
}
