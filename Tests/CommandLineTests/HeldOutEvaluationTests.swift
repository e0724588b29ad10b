import Foundation
import TestSupport
import Testing

/// The plain-text figures that predict unseen copy: leave-one-family-out, scored by the shared scorer.
/// The bars are this commit's held-out levels less a small margin — they catch a regression; the issue's
/// goals (structure 90 %, entity F1 0.85) are reported in the README, not asserted as met.
@Suite(.serialized) struct HeldOutEvaluationTests {
    /// family → (structure share, entity F1) that the held-out evaluation must reach.
    static let bars: [String: (structure: Double, f1: Double)] = [
        "reuters21578": (0.95, 0.85), "wikinews-en": (0.92, 0.86), "web-scrapinghub": (0.87, 0.86),
        "web-trafilatura": (0.82, 0.78), "web-multilingual": (0.72, 0.77),
    ]

    private func scoreFolder(_ folder: URL, golds: [URL], shared: URL) throws -> (structure: Double, f1: Double, summary: String) {
        let scorer = shared.appendingPathComponent("tools/score-plaintext").path
        let command = "cat \"\(folder.path)/$(basename {} .txt).xml\""
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", scorer, command] + golds.map(\.path))
        let summary = result.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
        // "articles=7 errors=0 structure=20/21 entity P=0.786 R=0.759 F1=0.772"
        let structure =
            summary.components(separatedBy: "structure=").last?.split(separator: " ").first?.split(separator: "/").compactMap { Double($0) }
            ?? []
        let f1 = summary.components(separatedBy: "F1=").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? -1
        return (structure.count == 2 && structure[1] > 0 ? structure[0] / structure[1] : -1, f1, summary)
    }

    /// The shared folder, its gold corpus and a new empty work folder (removed by the caller).
    private func setUp(_ name: String) throws -> (shared: URL, corpus: URL, work: URL) {
        let shared = try #require(TestPaths.sharedFolder())
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        return (shared, shared.appendingPathComponent("corpus/plaintext"), work)
    }

    @Test(
        "each held-out family reaches its bar (fit on the other families, scored by score-plaintext)",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold corpus and the scorer)"))
    func heldOutFamiliesReachTheirBars() throws {
        let (shared, corpus, work) = try setUp("heldout")
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

    @Test(
        "newsml-train is deterministic and reproduces the committed weights",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the gold corpus)"))
    func trainingReproducesTheShippedWeights() throws {
        let (_, corpus, work) = try setUp("train")
        defer { try? FileManager.default.removeItem(at: work) }
        for run in ["a", "b"] {
            let result = try TestSupport.run(
                TestPaths.trainerExecutable,
                [
                    "--corpus", corpus.path, "--output", work.appendingPathComponent("lines-\(run)").path,
                    "--entity-output", work.appendingPathComponent("entities-\(run)").path,
                ])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let shipped = [
            "lines": "Sources/PlainText/Resources/line-roles.model", "entities": "Sources/Entities/Gazetteer/entity-acceptance.model",
        ]
        for (kind, path) in shipped.sorted(by: { $0.key < $1.key }) {
            let first = try String(contentsOf: work.appendingPathComponent("\(kind)-a"), encoding: .utf8)
            #expect(
                first == (try String(contentsOf: work.appendingPathComponent("\(kind)-b"), encoding: .utf8)), "\(kind): two fits differ")
            #expect(first.split(separator: "\n").count > 500, "\(kind): too few features")
            let committed = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(first == committed, "the committed \(path) is not what newsml-train fits: run it and commit")
        }
    }

    @Test("newsml-train answers --help with its usage and stops at an option it does not know, before fitting anything")
    func trainerRejectsUnknownOptions() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("newsml-train-options-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let help = try run(TestPaths.trainerExecutable, ["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("usage: newsml-train"))
        // A mistyped option once fitted and overwrote the shipped weights with everything else ignored.
        let output = work.appendingPathComponent("lines.model")
        let typo = try run(TestPaths.trainerExecutable, ["--outptu", output.path, "--output", output.path])
        #expect(typo.status == 2)
        #expect(typo.standardError.contains("unexpected argument '--outptu'"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let missing = try run(TestPaths.trainerExecutable, ["evaluate", "--output-dir"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("--output-dir needs a value"))
    }
}
