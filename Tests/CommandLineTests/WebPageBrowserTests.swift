import Foundation
import Glibc
import TestSupport
import Testing

/// The web page in a real browser: starts `newsml serve` on loopback, lets Tests/browser/web-page-check.py
/// drive headless Chromium (paste the seed article, press Convert, read the rendered page, take a
/// screenshot into .build/web-page.png).
@Suite struct WebPageBrowserTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Whether the page check's Python can drive a browser (websocket-client installed); status 2 of the script says not.
    static var browserReady: Bool {
        guard chromium != nil else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import websocket"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    // Skipped, not passed, where ../shared or a browser is missing; under CI=true .ci/run installs both and their
    // absence fails.
    @Test(
        "the web page converts the seed in headless Chromium",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the seed article)"),
        .enabled(if: TestPaths.isCI || browserReady, "needs Chromium and websocket-client for Python (.ci/run installs them)"))
    func seedArticleRendersInChromium() throws {
        guard let shared = TestPaths.sharedFolder() else { return }
        guard Self.chromium != nil else {
            if TestPaths.isCI { Issue.record("chromium is missing under CI=true (.ci/run installs it)") }
            return
        }
        // A server that exits at once could not bind its port (another test's connection took it between the choice
        // and the bind): another port, up to three times.
        var port = 0
        var started: ChildProcess?
        for _ in 0..<3 where started == nil {
            port = TestPorts.free()
            let process = try ChildProcess.start(
                TestPaths.newsmlExecutable, ["serve", "--port", String(port), "--log-level", "warning"], captureOutput: false)
            if Self.listens(on: port, while: process) {
                started = process
            } else {
                process.signal(SIGTERM)
                process.wait()
            }
        }
        guard let server = started else {
            Issue.record("the server did not start listening on three ports in turn")
            return
        }
        defer {
            server.signal(SIGTERM)
            server.wait()
        }
        let script = TestPaths.packageRoot.appendingPathComponent("Tests/browser/web-page-check.py")
        let screenshot = TestPaths.packageRoot.appendingPathComponent(".build/web-page.png")
        let result = try run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", script.path, "http://127.0.0.1:\(port)",
                shared.appendingPathComponent("corpus/plaintext/seed-macron-moscow.txt").path, screenshot.path,
            ])
        if result.status == 2, !TestPaths.isCI { return }
        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: screenshot.path))
    }

    /// Whether something accepts connections on `port` within 60 s while `process` runs.
    private static func listens(on port: Int, while process: ChildProcess) -> Bool {
        for _ in 0..<600 {
            guard process.isRunning else { return false }
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard socket >= 0 else { return false }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(socket)
            if connected == 0 { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
