import Entities
import Foundation
import NewsMLKit
import PlainText

/// newsml-train: fits the plain-text line-role weights and the entity-acceptance weights on the gold readings,
/// deterministically.
///
///   newsml-train [--corpus DIR] [--output FILE] [--entity-output FILE] [--epochs N]
///       fit on every gold article under DIR (default ../shared/corpus/plaintext) and write the weights
///       (default Sources/PlainText/Resources/line-roles.model and Sources/Entities/Gazetteer/entity-acceptance.model),
///       and beside each its prepared form (.weights), the one the library loads
///   newsml-train gazetteer [--check]
///       prepare Sources/Entities/Gazetteer/gazetteer.index from the gazetteer's text tables (places.tsv,
///       organisations.tsv), the form the library loads; --check only
///       says whether the committed files are current
///   newsml-train roles FILE...
///       print the role the shipped weights (and the role rules) give each block of each article
///   newsml-train entities FILE...
///       print every entity the recogniser finds in each article, with the acceptance step's decision and its
///       class scores (drop, person, organisation, place)
///   newsml-train evaluate [--corpus DIR] --output-dir DIR [--explain] [--explain-entities] [--no-entity-acceptance]
///       leave-one-family-out: for each family, fit on the others and convert that family's articles with
///       those weights into DIR/heldout/FAMILY/; also DIR/insample/FAMILY/ with weights fitted on all.
///       scripts/evaluate-plaintext scores both with ../shared/tools/score-plaintext. --explain prints every
///       held-out block whose role differs from the gold reading's; --explain-entities every held-out entity
///       whose kept-or-dropped decision or kind differs from the key's, with its class scores.
let arguments = Array(CommandLine.arguments.dropFirst())

func log(_ message: String) { FileHandle.standardError.write(Data("newsml-train: \(message)\n".utf8)) }

func fail(_ message: String) -> Never {
    log(message)
    exit(2)
}

let usage = """
    usage: newsml-train [--corpus DIR] [--output FILE] [--entity-output FILE] [--epochs N]
           newsml-train gazetteer [--check]
           newsml-train roles FILE...
           newsml-train entities FILE...
           newsml-train evaluate [--corpus DIR] --output-dir DIR [--explain] [--explain-entities] [--no-entity-acceptance]
    Without a subcommand it fits both models on the gold readings and overwrites the shipped weights.

    """

// Training overwrites the committed weights, so a mistyped option must stop it rather than be ignored.
if arguments.contains("--help") || arguments.contains("-h") {
    FileHandle.standardOutput.write(Data(usage.utf8))
    exit(0)
}
let valued: Set<String> = ["--corpus", "--output", "--entity-output", "--epochs", "--output-dir"]
let flags: Set<String> = ["--check", "--explain", "--explain-entities", "--no-entity-acceptance"]
var argumentIndex = ["gazetteer", "roles", "entities", "evaluate"].contains(arguments.first ?? "") ? 1 : 0
while argumentIndex < arguments.count {
    let argument = arguments[argumentIndex]
    if valued.contains(argument) {
        guard argumentIndex + 1 < arguments.count else { fail("\(argument) needs a value\n\(usage)") }
        argumentIndex += 2
    } else if flags.contains(argument) || (!argument.hasPrefix("-") && ["roles", "entities"].contains(arguments.first ?? "")) {
        argumentIndex += 1
    } else {
        fail("unexpected argument '\(argument)'\n\(usage)")
    }
}

if arguments.first == "gazetteer" {
    guard let prepared = Gazetteer.preparedTables() else { fail("the gazetteer's text tables were not found") }
    let tables = [(Gazetteer.preparedTablesSourceFile, prepared)]
    for (file, bytes) in tables {
        if arguments.contains("--check") {
            let current = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
            guard current == bytes else { fail("\(file.path) is not what the text tables give: run newsml-train gazetteer") }
            log("\(file.lastPathComponent) is current")
            continue
        }
        do {
            try Data(bytes).write(to: file, options: .atomic)
        } catch {
            fail("cannot write \(file.path): \(error.localizedDescription)")
        }
        log("wrote \(file.path) (\(bytes.count) bytes)")
    }
    exit(0)
}

if arguments.first == "roles" {
    guard arguments.count >= 2 else { fail("roles needs at least one article file") }
    for path in arguments.dropFirst() {
        guard let bytes = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        // NEWSML_SHAPES=1 adds each block's cue bits and measures, for reading why a rule fired or did not.
        let shapes = ProcessInfo.processInfo.environment["NEWSML_SHAPES"] == nil ? nil : PlainTextReader.blockShapes(of: bytes)
        for (index, block) in PlainTextReader().roles(of: bytes).enumerated() {
            var measures = ""
            if let shape = shapes?[index] {
                let bits = (0..<64).filter { shape.cues.rawValue & (1 << UInt64($0)) != 0 }.map(String.init).joined(separator: ",")
                measures = "\tw\(shape.words) cap\(shape.capitalised) end:\(shape.end) cues[\(bits)]"
            }
            print("\(index)\t\(block.role.name)\(measures)\t\(block.text.prefix(100))")
        }
    }
    exit(0)
}
if arguments.first == "entities" {
    guard arguments.count >= 2, let acceptance = EntityAcceptance.shipped else {
        fail("entities needs article files and the shipped weights")
    }
    for path in arguments.dropFirst() {
        guard let bytes = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        let item = PlainTextReader().read(bytes, file: path).item.composedForRecognition
        for entity in EntityRecognizer().recognise(in: item) {
            let scores = acceptance.scores(of: entity, in: item)
            let decision = "\(EntityAcceptance.decision(scores))"
            let shown = scores.map { String(format: "%.1f", $0) }.joined(separator: " ")
            print("\(entity.name)\t\(entity.kind)\t\(entity.confidence ?? 0)\t\(decision)\t[\(shown)]")
        }
    }
    exit(0)
}

let evaluate = arguments.first == "evaluate"
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let epochs = option("--epochs").flatMap(Int.init) ?? LineRoleTrainer.defaultEpochs
let corpus = URL(fileURLWithPath: option("--corpus") ?? "../shared/corpus/plaintext").standardizedFileURL
let golds = GoldReading.all(in: corpus)
guard !golds.isEmpty else { fail("no *.gold.json under \(corpus.path)") }

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
log("\(articles.count) gold articles, \(labelled) of \(blocks) blocks labelled")

/// Entity-acceptance examples: what the recogniser finds in each article read with `lineModel`, labelled by the key.
func entityExamples(_ articles: [Article], lineModel: LineRoleModel) -> [(features: [UInt64], label: Int)] {
    let reader = PlainTextReader(lineModel: lineModel)
    let recognizer = EntityRecognizer()
    var examples: [(features: [UInt64], label: Int)] = []
    for article in articles {
        let item = reader.read(article.bytes, file: nil).item.composedForRecognition
        let language = EntityAcceptance.languageFeature(of: item)
        var blocks: [Int: [UInt16]] = [:]
        for entity in recognizer.recognise(in: item) where entity.kind != .event && entity.kind != .object && entity.kind != .subject {
            // What the acceptance step never drops teaches it nothing.
            if EntityAcceptance.isAlwaysKept(entity) { continue }
            let kind = EntityAcceptance.Decision(kind: entity.kind).rawValue
            examples.append(
                (
                    EntityAcceptance.features(of: entity, language: language, in: item, blocks: &blocks),
                    article.gold.entityDecision(name: entity.name, kind: kind)
                ))
        }
    }
    return examples
}

func fitBoth(_ articles: [Article]) -> (LineRoleModel, EntityAcceptance) {
    let lineModel = LineRoleTrainer.fit(articles.map(\.example), epochs: epochs)
    return (lineModel, EntityAcceptance.fit(entityExamples(articles, lineModel: lineModel)))
}

if !evaluate {
    let (model, acceptance) = fitBoth(articles)
    let output = URL(fileURLWithPath: option("--output") ?? "Sources/PlainText/Resources/line-roles.model")
    try model.serialized().write(to: output, atomically: true, encoding: .utf8)
    let entityOutput = URL(fileURLWithPath: option("--entity-output") ?? "Sources/Entities/Gazetteer/entity-acceptance.model")
    try acceptance.serialized().write(to: entityOutput, atomically: true, encoding: .utf8)
    // The prepared forms the library loads, made from the text just written (the same numbers, read back).
    let preparedLines = LineRoleModel.prepared(fromText: model.serialized())
    let preparedEntities = EntityAcceptance.prepared(fromText: acceptance.serialized())
    guard let preparedLines, let preparedEntities else { fail("the fitted weights do not read back") }
    try Data(preparedLines).write(to: output.deletingPathExtension().appendingPathExtension("weights"), options: .atomic)
    try Data(preparedEntities).write(to: entityOutput.deletingPathExtension().appendingPathExtension("weights"), options: .atomic)
    log("\(model.featureCount) line features written to \(output.path), \(acceptance.featureCount) entity features to \(entityOutput.path)")
    exit(0)
}

guard let outputFolder = option("--output-dir").map({ URL(fileURLWithPath: $0) }) else { fail("evaluate needs --output-dir DIR") }

func write(_ articles: [Article], with models: (LineRoleModel, EntityAcceptance), to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var converter = NewsConverter(options: ConversionOptions(from: .text, to: .newsml, versionCreated: "2026-01-01T00:00:00Z"))
    converter.plainTextReader = PlainTextReader(lineModel: models.0)
    converter.entityAcceptance = arguments.contains("--no-entity-acceptance") ? nil : models.1
    for article in articles {
        let result = converter.convert(article.bytes, file: article.gold.article.path)
        guard let document = result.documents.first else { continue }
        try document.data.write(to: folder.appendingPathComponent(article.gold.outputName))
    }
}

let families = Array(Set(articles.map(\.gold.family))).sorted()
let everything = fitBoth(articles)
for family in families {
    let held = articles.filter { $0.gold.family == family }
    let models = fitBoth(articles.filter { $0.gold.family != family })
    let model = models.0
    if arguments.contains("--explain") {
        // Every block whose held-out role (the model's, then the role rules') differs from the gold reading's.
        for article in held {
            let read = PlainTextReader(lineModel: model).roles(of: article.bytes)
            for (index, block) in read.enumerated() where article.example.roles[index] != nil && article.example.roles[index] != block.role
            {
                print(
                    "\(article.gold.article.lastPathComponent.prefix(28)) #\(index) gold=\(article.example.roles[index]!.name) got=\(block.role.name): \(block.text.prefix(90))"
                )
            }
        }
    }
    if arguments.contains("--explain-entities") {
        // Every held-out entity whose decision differs from the key's, with the class scores behind it.
        let reader = PlainTextReader(lineModel: model)
        func name(_ decision: Int) -> String { EntityAcceptance.Decision(rawValue: decision).map { "\($0)" } ?? "?" }
        for article in held {
            let item = reader.read(article.bytes, file: nil).item.composedForRecognition
            // The entities the step decides, as in its training examples.
            for entity in EntityRecognizer().recognise(in: item) where ![.event, .object, .subject].contains(entity.kind) {
                if EntityAcceptance.isAlwaysKept(entity) { continue }
                let scores = models.1.scores(of: entity, in: item)
                let got = EntityAcceptance.decision(scores).rawValue
                let kind = EntityAcceptance.Decision(kind: entity.kind).rawValue
                let want = article.gold.entityDecision(name: entity.name, kind: kind)
                guard got != want else { continue }
                let shown = scores.map { String(format: "%.1f", $0) }.joined(separator: " ")
                print(
                    "\(article.gold.article.lastPathComponent.prefix(28))\t\(entity.name)\t\(entity.kind) c\(entity.confidence ?? 0) m\(entity.mentions.count)\tgold=\(name(want)) got=\(name(got))\t[\(shown)]"
                )
            }
        }
    }
    try write(held, with: models, to: outputFolder.appendingPathComponent("heldout/\(family)"))
    try write(held, with: everything, to: outputFolder.appendingPathComponent("insample/\(family)"))
    log("\(family): \(held.count) held-out articles converted")
}
