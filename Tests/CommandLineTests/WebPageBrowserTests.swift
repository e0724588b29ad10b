import Foundation
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
        let port = TestPorts.free()
        let server = try ChildProcess.start(
            TestPaths.newsmlExecutable, ["serve", "--port", String(port), "--log-level", "warning"], captureOutput: false)
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
}
