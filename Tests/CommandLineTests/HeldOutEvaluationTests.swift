import Foundation
import Testing
import TestSupport

/// The plain-text figures that predict unseen copy: leave-one-family-out, scored by the shared scorer.
/// The bars are this commit's held-out levels less a small margin — they catch a regression; the issue's
/// goals (structure 90 %, entity F1 0.85) are reported in the README, not asserted as met.
@Suite(.serialized) struct HeldOutEvaluationTests {
    /// family → (structure share, entity F1) that the held-out evaluation must reach.
    static let bars: [String: (structure: Double, f1: Double)] = [
        "reuters21578": (0.85, 0.70), "wikinews-en": (0.85, 0.70), "web-scrapinghub": (0.65, 0.65),
        "web-trafilatura": (0.62, 0.60), "web-multilingual": (0.40, 0.35),
    ]

    private func scoreFolder(_ folder: URL, golds: [URL], shared: URL) throws -> (structure: Double, f1: Double, summary: String) {
        let scorer = shared.appendingPathComponent("tools/score-plaintext").path
        let command = "cat \"\(folder.path)/$(basename {} .txt).xml\""
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", scorer, command] + golds.map(\.path))
        let summary = result.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        // "articles=7 errors=0 structure=20/21 entity P=0.786 R=0.759 F1=0.772"
        let structure = summary.components(separatedBy: "structure=").last?.split(separator: " ").first?.split(separator: "/").compactMap { Double($0) } ?? []
        let f1 = summary.components(separatedBy: "F1=").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        return (structure.count == 2 && structure[1] > 0 ? structure[0] / structure[1] : -1, f1, summary)
    }

    @Test("each held-out family reaches its bar (fit on the other families, scored by score-plaintext)",
          .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold corpus and the scorer)"))
    func heldOutFamiliesReachTheirBars() throws {
        let shared = try #require(TestPaths.sharedFolder())
        let corpus = shared.appendingPathComponent("corpus/plaintext")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("heldout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let training = try run(TestPaths.trainerExecutable, ["evaluate", "--corpus", corpus.path, "--output-dir", work.path])
        #expect(training.status == 0, "\(training.standardError)")
        for (family, bar) in Self.bars.sorted(by: { $0.key < $1.key }) {
            let folder = corpus.appendingPathComponent(family)
            let golds = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.lastPathComponent.hasSuffix(".gold.json") }.sorted { $0.path < $1.path }
            #expect(!golds.isEmpty, "no gold articles in \(family)")
            let score = try scoreFolder(work.appendingPathComponent("heldout/\(family)"), golds: golds, shared: shared)
            #expect(score.structure >= bar.structure, "\(family) held out: \(score.summary)")
            #expect(score.f1 >= bar.f1, "\(family) held out: \(score.summary)")
            #expect(score.summary.contains("errors=0"), "\(family): \(score.summary)")
        }
    }

    @Test("newsml-train is deterministic and reproduces the committed weights",
          .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold corpus)"))
    func trainingReproducesTheShippedWeights() throws {
        let shared = try #require(TestPaths.sharedFolder())
        let corpus = shared.appendingPathComponent("corpus/plaintext")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for run in ["a", "b"] {
            let result = try TestSupport.run(TestPaths.trainerExecutable, ["--corpus", corpus.path, "--output", work.appendingPathComponent("lines-\(run)").path,
                                                                       "--entity-output", work.appendingPathComponent("entities-\(run)").path])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let lines = try String(contentsOf: work.appendingPathComponent("lines-a"), encoding: .utf8)
        #expect(lines == (try String(contentsOf: work.appendingPathComponent("lines-b"), encoding: .utf8)))
        #expect(lines.split(separator: "\n").count > 500)
        let shippedLines = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Sources/PlainText/Resources/line-roles.model"), encoding: .utf8)
        #expect(lines == shippedLines, "the committed line-role weights are not what newsml-train fits: run it and commit")
        let entities = try String(contentsOf: work.appendingPathComponent("entities-a"), encoding: .utf8)
        #expect(entities == (try String(contentsOf: work.appendingPathComponent("entities-b"), encoding: .utf8)))
        let shippedEntities = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Sources/Entities/Gazetteer/entity-acceptance.model"), encoding: .utf8)
        #expect(entities == shippedEntities, "the committed entity weights are not what newsml-train fits: run it and commit")
    }
}
