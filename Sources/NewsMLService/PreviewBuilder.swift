import Foundation
import NewsMLKit

/// Everything the web page shows for one article: both outputs with their validation, the text with the
/// recognised entities marked, and the pictures with their credits.
struct PreviewBuilder {
    let options: ConversionOptions

    func preview(_ data: Data, file: String) -> JSONValue {
        var newsML = options
        newsML.to = .newsml
        var ninjs = options
        ninjs.to = .ninjs
        // Read once, written twice: the article is the same in both outputs.
        let (batch, readDiagnostics) = NewsConverter(options: options).read(data, file: file)
        let newsMLResult = NewsConverter(options: newsML).write(batch, file: file, diagnostics: readDiagnostics)
        let ninjsResult = NewsConverter(options: ninjs).write(batch, file: file, diagnostics: readDiagnostics)
        var object = JSONObject()
        object["newsml"] = output(newsMLResult)
        object["ninjs"] = output(ninjsResult)
        object["diagnostics"] = NewsMLService.diagnosticsJSON(readDiagnostics)
        if let item = batch.items.first {
            object["headline"] = item.headline.map(JSONValue.string)
            object["language"] = item.language.map(JSONValue.string)
            object["blocks"] = .array(blocks(item))
            object["entities"] = .array(
                item.entities.map { entity in
                    var value = JSONObject()
                    value["kind"] = .string(entity.kind.rawValue)
                    value["name"] = .string(entity.name)
                    value["uri"] = (entity.uri ?? entity.qcode.flatMap { options.catalog.uri(forQcode: $0) }).map(JSONValue.string)
                    value["qcode"] = entity.qcode.map(JSONValue.string)
                    value["mentions"] = .integer(entity.mentions.count)
                    return .object(value)
                })
            object["pictures"] = .array(
                item.pictures.map { picture in
                    var value = JSONObject()
                    value["caption"] = picture.caption.map(JSONValue.string)
                    value["creditline"] = picture.creditline.map(JSONValue.string)
                    return .object(value)
                })
            object["byline"] = item.bylines.first.map(JSONValue.string)
            object["dateline"] = item.dateline.map(JSONValue.string)
        }
        return .object(object)
    }

    private func output(_ result: ConversionResult) -> JSONValue {
        var value = JSONObject()
        value["valid"] = .bool(result.succeeded)
        value["schema"] = result.schemaUsed.map(JSONValue.string)
        value["content"] = result.documents.first.map { .string(String(decoding: $0.data, as: UTF8.self)) }
        value["errors"] = NewsMLService.diagnosticsJSON(result.diagnostics.errors)
        return .object(value)
    }

    /// Headline and body blocks, each with the UTF-16 ranges of entity mentions (what JavaScript indexes by).
    private func blocks(_ item: NewsItem) -> [JSONValue] {
        var spans: [Int: [JSONValue]] = [:]
        for entity in item.entities {
            for mention in entity.mentions {
                spans[mention.block, default: []].append([
                    "start": .integer(mention.offset), "length": .integer(mention.length),
                    "kind": .string(entity.kind.rawValue), "name": .string(entity.name),
                ])
            }
        }
        var result: [JSONValue] = []
        if let headline = item.headline {
            result.append(["kind": "headline", "text": .string(headline), "spans": .array(sorted(spans[-1] ?? []))])
        }
        if let summary = item.descriptions.first(where: { $0.role == "drol:summary" }) {
            result.append(["kind": "summary", "text": .string(summary.text), "spans": .array(sorted(spans[-2] ?? []))])
        }
        for (index, block) in item.body.enumerated() {
            let kind: String
            switch block {
            case .subheading: kind = "subheading"
            case .quote: kind = "quote"
            case .relatedTeaser: kind = "teaser"
            case .figure: kind = "figure"
            case .list: kind = "list"
            default: kind = "paragraph"
            }
            var text = block.text
            if case .figure(let pictureIndex) = block, item.pictures.indices.contains(pictureIndex) {
                text = [item.pictures[pictureIndex].caption, item.pictures[pictureIndex].creditline.map { "(\($0))" }].compactMap { $0 }
                    .joined(separator: " ")
            }
            if case .relatedTeaser(let link) = block { text = link.title ?? link.href ?? "" }
            result.append(["kind": .string(kind), "text": .string(text), "spans": .array(sorted(spans[index] ?? []))])
        }
        return result
    }

    private func sorted(_ spans: [JSONValue]) -> [JSONValue] {
        spans.sorted { ($0["start"]?.integer ?? 0) < ($1["start"]?.integer ?? 0) }
    }
}
