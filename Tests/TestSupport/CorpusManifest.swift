import Foundation

/// The rows of `../shared/corpus/MANIFEST.tsv` the tests use.
public struct CorpusEntry: Sendable, CustomStringConvertible {
    public var path: String
    public var format: String
    public var validUnderOfficial: Bool
    public var root: String

    public var url: URL { TestPaths.shared.appendingPathComponent("corpus/" + path) }
    public var description: String { path }

    /// Concept, knowledge, catalog and planning items describe vocabularies and plans, not stories:
    /// NewsMLKit converts news (newsItem, packageItem, newsMessage) and reports the others clearly.
    public static let newsRoots: Set<String> = [
        "nar:newsItem", "nar:packageItem", "nar:newsMessage", "newsItem", "packageItem", "newsMessage",
    ]

    public var isNews: Bool { Self.newsRoots.contains(root) }

    public static func all() -> [CorpusEntry] {
        let manifest = TestPaths.shared.appendingPathComponent("corpus/MANIFEST.tsv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
        var rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard !rows.isEmpty else { return [] }
        let header = rows.removeFirst()
        guard let pathColumn = header.firstIndex(of: "corpus_path"), let validColumn = header.firstIndex(of: "valid_power_2_35"),
            let rootColumn = header.firstIndex(of: "root_element"), let formatColumn = header.firstIndex(of: "format")
        else { return [] }
        return rows.filter { $0.count > validColumn }.map {
            CorpusEntry(path: $0[pathColumn], format: $0[formatColumn], validUnderOfficial: $0[validColumn] == "yes", root: $0[rootColumn])
        }
    }

    /// NewsML-G2 news documents the official 2.35 schema accepts.
    public static func validNewsMLG2() -> [CorpusEntry] {
        all().filter { $0.format == "newsml-g2" && $0.validUnderOfficial && $0.isNews }
    }
}
