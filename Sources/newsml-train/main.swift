import Foundation
import NewsMLKit
import PlainText

/// newsml-train: fits the plain-text line-role weights on the gold readings, deterministically.
///
///   newsml-train [--corpus DIR] [--output FILE]
///       fit on every gold article under DIR (default ../shared/corpus/plaintext) and write the weights
///       (default Sources/PlainText/Resources/line-roles.model)
///   newsml-train evaluate [--corpus DIR] --output-dir DIR
///       leave-one-family-out: for each family, fit on the others and convert that family's articles with
///       those weights into DIR/heldout/FAMILY/; also DIR/insample/FAMILY/ with weights fitted on all.
///       scripts/evaluate-plaintext scores both with ../shared/tools/score-plaintext.
nonisolated(unsafe) var arguments = Array(CommandLine.arguments.dropFirst())
let evaluate = arguments.first == "evaluate"
if evaluate { arguments.removeFirst() }
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let corpus = URL(fileURLWithPath: option("--corpus") ?? "../shared/corpus/plaintext").standardizedFileURL
let golds = GoldReading.all(in: corpus)
guard !golds.isEmpty else {
    FileHandle.standardError.write(Data("newsml-train: no *.gold.json under \(corpus.path)\n".utf8))
    exit(2)
}

struct Article {
    let gold: GoldReading
    let bytes: Data
    let example: LineRoleTrainer.Example
}

let articles: [Article] = golds.compactMap { gold in
    guard let bytes = try? Data(contentsOf: gold.article) else { return nil }
    let (texts, shapes) = PlainTextReader.blocks(of: bytes)
    return Article(gold: gold, bytes: bytes, example: .init(shapes: shapes, roles: gold.labels(for: texts, shapes: shapes)))
}
let labelled = articles.reduce(0) { $0 + $1.example.roles.compactMap { $0 }.count }
let blocks = articles.reduce(0) { $0 + $1.example.roles.count }
FileHandle.standardError.write(Data("newsml-train: \(articles.count) gold articles, \(labelled) of \(blocks) blocks labelled\n".utf8))

if !evaluate {
    let model = LineRoleTrainer.fit(articles.map(\.example))
    let output = URL(fileURLWithPath: option("--output") ?? "Sources/PlainText/Resources/line-roles.model")
    try model.serialized().write(to: output, atomically: true, encoding: .utf8)
    FileHandle.standardError.write(Data("newsml-train: \(model.featureCount) features written to \(output.path)\n".utf8))
    exit(0)
}

guard let outputFolder = option("--output-dir").map({ URL(fileURLWithPath: $0) }) else {
    FileHandle.standardError.write(Data("newsml-train evaluate: --output-dir DIR is required\n".utf8))
    exit(2)
}

func write(_ articles: [Article], with model: LineRoleModel, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var converter = NewsConverter(options: ConversionOptions(from: .text, to: .newsml, versionCreated: "2026-01-01T00:00:00Z"))
    converter.plainTextReader = PlainTextReader(lineModel: model)
    for article in articles {
        let result = converter.convert(article.bytes, file: article.gold.article.path)
        guard let document = result.documents.first else { continue }
        try document.data.write(to: folder.appendingPathComponent(article.gold.outputName))
    }
}

let families = Array(Set(articles.map(\.gold.family))).sorted()
let everything = LineRoleTrainer.fit(articles.map(\.example))
for family in families {
    let held = articles.filter { $0.gold.family == family }
    let model = LineRoleTrainer.fit(articles.filter { $0.gold.family != family }.map(\.example))
    try write(held, with: model, to: outputFolder.appendingPathComponent("heldout/\(family)"))
    try write(held, with: everything, to: outputFolder.appendingPathComponent("insample/\(family)"))
    FileHandle.standardError.write(Data("newsml-train: \(family): \(held.count) held-out articles converted\n".utf8))
}
