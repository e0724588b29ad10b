import Foundation
import TestSupport
import Testing

/// Three `newsml serve` instances behind Debian's nginx with the configuration in deploy/nginx, on loopback:
/// a bounded load of real articles goes through nginx while one instance is killed and another is stopped.
@Suite struct LoadBalancerTests {
    static let nginx = URL(fileURLWithPath: "/usr/sbin/nginx")
    static let curl = URL(fileURLWithPath: "/usr/bin/curl")
    static var available: Bool {
        TestPaths.isCI
            || (FileManager.default.isExecutableFile(atPath: nginx.path) && FileManager.default.isExecutableFile(atPath: curl.path))
    }

    static func freePort() -> Int { TestPorts.free() }

    static func healthy(_ port: Int) -> Bool {
        guard
            let result = try? run(
                curl, ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "1", "http://127.0.0.1:\(port)/health"])
        else { return false }
        return result.standardOutput == "200"
    }

    static func waitUntilHealthy(_ port: Int) throws {
        for _ in 0..<150 where !healthy(port) { Thread.sleep(forTimeInterval: 0.1) }
        try #require(healthy(port), "nothing healthy on port \(port)")
    }

    /// Runs `work` on a thread of its own; `wait()` returns its result.
    final class Background<T: Sendable>: @unchecked Sendable {
        private var value: T?
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> T) {
            Thread {
                self.value = work()
                self.done.signal()
            }.start()
        }

        func wait() -> T {
            done.wait()
            done.signal()
            return value!
        }
    }

    @Test(
        "nginx + 3 instances: SIGKILL one and SIGTERM another mid-load — 0 failed client requests, the stopped instance finishes its requests in flight",
        .enabled(if: available, "needs nginx and curl (.ci/run installs them)"), .timeLimit(.minutes(3)))
    func survivesKillAndDrain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsml-lb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // nginx's workers run as nobody when the tests run as root.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)

        let ports = (0..<3).map { _ in Self.freePort() }
        let front = Self.freePort()
        var instances: [ChildProcess] = []
        for port in ports {
            instances.append(
                try ChildProcess.start(
                    TestPaths.newsmlExecutable, ["serve", "--port", String(port), "--log-level", "error", "--timeout", "90"],
                    captureOutput: false))
        }
        defer { for instance in instances { instance.signal(SIGKILL) } }
        for port in ports { try Self.waitUntilHealthy(port) }

        // The shipped configuration, with this run's ports.
        var site = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("deploy/nginx/newsml.conf"), encoding: .utf8)
        for (index, port) in ports.enumerated() {
            site = site.replacingOccurrences(of: "127.0.0.1:808\(index + 1)", with: "127.0.0.1:\(port)")
        }
        site = site.replacingOccurrences(of: "listen 8080;", with: "listen 127.0.0.1:\(front);")
        #expect(site.contains("127.0.0.1:\(ports[2])") && site.contains("listen 127.0.0.1:\(front);"))
        try site.write(to: folder.appendingPathComponent("newsml.conf"), atomically: true, encoding: .utf8)
        let path = folder.path
        let main = """
            daemon off;
            worker_processes 1;
            pid \(path)/nginx.pid;
            error_log \(path)/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
                include \(path)/newsml.conf;
            }
            """
        try main.write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        let nginx = try ChildProcess.start(
            Self.nginx, ["-c", "\(path)/nginx.conf", "-p", path, "-e", "\(path)/error.log"], captureOutput: false)
        defer {
            nginx.signal(SIGTERM)
            nginx.wait()
        }
        try Self.waitUntilHealthy(front)

        // A bounded load: 600 conversions of the bundled articles, 6 at a time, through nginx.
        var articles: [URL] = []
        for kind in ["plaintext", "newsml-g2"] {
            let samples = TestPaths.samples.appendingPathComponent(kind)
            for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
            where (name.hasSuffix(".txt") || name.hasSuffix(".xml")) && !name.hasPrefix("news-message") {
                articles.append(samples.appendingPathComponent(name))
            }
        }
        try #require(articles.count >= 8)
        // One group of options a request, separated by `next` (options do not carry over from one to the next).
        let requests = (0..<600).map { index in
            """
            url = "http://127.0.0.1:\(front)/convert?to=\(index % 2 == 0 ? "newsml" : "ninjs")"
            data-binary = "@\(articles[index % articles.count].path)"
            output = "/dev/null"
            write-out = "%{http_code}\\n"
            max-time = 60

            """
        }.joined(separator: "next\n")
        try requests.write(to: folder.appendingPathComponent("requests.curl"), atomically: true, encoding: .utf8)
        let curl = Self.curl
        let load = Background {
            (try? run(
                curl,
                ["-s", "--parallel", "--parallel-max", "6", "-K", "\(path)/requests.curl"]))?
                .standardOutput ?? ""
        }

        Thread.sleep(forTimeInterval: 1.0)
        instances[0].signal(SIGKILL)
        #expect(instances[0].wait() == 128 + SIGKILL)

        // A long conversion sent to the second instance directly, then SIGTERM while it runs: it is answered, and
        // the instance exits cleanly once its requests in flight are done.
        let long = try ServicePromisesTests.article(bytes: 600_000)
        defer { try? FileManager.default.removeItem(at: long) }
        let port = ports[1]
        let direct = Background {
            (try? run(
                curl,
                [
                    "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "--max-time", "120", "--data-binary", "@\(long.path)",
                    "http://127.0.0.1:\(port)/convert",
                ]
            ))?.standardOutput ?? ""
        }
        let sent = Date()
        Thread.sleep(forTimeInterval: 0.4)
        instances[1].signal(SIGTERM)
        let signalled = Date().timeIntervalSince(sent)
        let answer = direct.wait().split(separator: " ")
        #expect(answer.first == "200", "the request in flight when SIGTERM came was not answered: \(answer)")
        // It was still running when the signal came (else this proves nothing about draining).
        #expect((answer.last.flatMap { Double($0) } ?? 0) > signalled, "the long request finished before SIGTERM: \(answer)")
        #expect(instances[1].wait() == 0)

        let codes = load.wait().split(separator: "\n").map(String.init)
        #expect(codes.count == 600)
        let failed = codes.filter { $0 != "200" }
        #expect(failed.isEmpty, "\(failed.count) of \(codes.count) client requests failed: \(Set(failed))")
        // The last instance carried the rest, and nginx still answers.
        #expect(Self.healthy(front))
    }
}
