import Foundation
import Testing

/// Paths tests need: the package root, the bundled samples, and `../shared` when it exists.
public enum TestPaths {
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    public static var samples: URL { packageRoot.appendingPathComponent("Samples") }

    public static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// For `.enabled(if:)`: run when ../shared is there, and under CI=true always (where its absence fails).
    public static var sharedOrCI: Bool { isCI || FileManager.default.fileExists(atPath: shared.path) }

    /// `../shared` when present. Under CI=true its absence is a failure; elsewhere the test is skipped.
    public static func sharedFolder(sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        if FileManager.default.fileExists(atPath: shared.path) { return shared }
        if isCI { Issue.record("../shared is missing under CI=true", sourceLocation: sourceLocation) }
        return nil
    }

    public static var officialSchema: URL? {
        sharedFolder()?.appendingPathComponent("schemas/newsml-g2/2.35/NewsML-G2_2.35-spec-All-Power.xsd")
    }

    public static var newsmlExecutable: URL { packageRoot.appendingPathComponent(".build/debug/newsml") }

    public static var trainerExecutable: URL { packageRoot.appendingPathComponent(".build/debug/newsml-train") }

    public static let fixedTime = "2026-01-01T00:00:00Z"
}

/// A line diff that a person can read when a golden file does not match.
public func readableDiff(expected: String, actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for index in 0..<max(left.count, right.count) {
        let expectedLine = index < left.count ? String(left[index]) : "<missing>"
        let actualLine = index < right.count ? String(right[index]) : "<missing>"
        if expectedLine != actualLine {
            output.append("line \(index + 1):\n  - \(expectedLine)\n  + \(actualLine)")
            if output.count >= 10 { break }
        }
    }
    return output.joined(separator: "\n")
}

/// Compares against a golden file; `RECORD_GOLDENS=1` rewrites it.
public func assertGolden(_ actual: String, file golden: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
        Issue.record("missing golden file \(golden.path); run with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(
        expected == actual, "golden \(golden.lastPathComponent) differs:\n\(readableDiff(expected: expected, actual: actual))",
        sourceLocation: sourceLocation)
}

/// Runs a process and captures its output, with a time limit.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
    public var seconds: Double
}

public func run(_ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
    let started = Date()
    let child = try ChildProcess.start(executable, arguments, environment: environment)
    let (output, error) = child.communicate(input)
    let status = child.wait()
    return ProcessResult(
        status: status, standardOutput: String(decoding: output, as: UTF8.self),
        standardError: String(decoding: error, as: UTF8.self), seconds: Date().timeIntervalSince(started))
}
