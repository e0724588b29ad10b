import Foundation
import TestSupport
import Testing

/// IPTC-style scoring of the entities, by the shared scorer the issue names (needs ../shared and python3).
@Suite struct EntityScoreTests {
    /// "articles=9 errors=0 structure=34/34 entity P=0.966 R=0.941 F1=0.953" → F1.
    private func score(_ target: String) throws -> (f1: Double, summary: String)? {
        guard let shared = TestPaths.sharedFolder() else { return nil }
        let scorer = shared.appendingPathComponent("tools/score-plaintext")
        let command = "\(TestPaths.newsmlExecutable.path) convert {} --to newsml"
        let result = try run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", scorer.path, command, shared.appendingPathComponent(target).path])
        #expect(result.status == 0, "\(result.standardError)")
        let summary = result.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        let f1 = summary.components(separatedBy: "F1=").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        return (f1, summary)
    }

    @Test("the seed article scores entity F1 1.000 with the shared scorer", .enabled(if: TestPaths.sharedOrCI, "needs ../shared"))
    func seedScoresPerfectly() throws {
        let (f1, summary) = try #require(try score("corpus/plaintext/seed-macron-moscow.gold.json"))
        #expect(f1 == 1.0, "\(summary)")
    }
}
