import Foundation
import PlainText

/// One `*.gold.json` answer key beside its article, and the block labels it implies.
struct GoldReading {
    let path: URL
    let article: URL
    /// The top-level folder of the corpus the article sits in ("seed" for files at the top): its family.
    let family: String
    let json: [String: Any]

    init?(path: URL, corpus: URL) {
        guard let data = try? Data(contentsOf: path), let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let file = json["file"] as? String
        else { return nil }
        self.path = path
        self.json = json
        article = path.deletingLastPathComponent().appendingPathComponent(file)
        let relative = path.path.dropFirst(corpus.path.count).split(separator: "/")
        family = relative.count > 1 ? String(relative[0]) : "seed"
    }

    var outputName: String { (article.lastPathComponent as NSString).deletingPathExtension + ".xml" }

    static func all(in corpus: URL) -> [GoldReading] {
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        var paths: [URL] = []
        for case let url as URL in walker where url.lastPathComponent.hasSuffix(".gold.json") { paths.append(url) }
        return paths.sorted { $0.path < $1.path }.compactMap { GoldReading(path: $0, corpus: corpus) }
    }

    private func string(_ key: String) -> String? { json[key] as? String }
    private func strings(_ key: String) -> [String] { (json[key] as? [Any])?.compactMap { $0 as? String } ?? [] }

    private var pictures: [(caption: String?, credit: String?)] {
        var list = (json["pictures"] as? [[String: Any]]) ?? []
        if list.isEmpty, let picture = json["picture"] as? [String: Any] { list = [picture] }
        return list.map { ($0["caption"] as? String, $0["creditline"] as? String) }
    }

    /// Compared as the shared scorer compares names: folded, without a leading "the" or a trailing "'s".
    static func scorerForm(_ name: String) -> String {
        var form = fold(name)
        if form.hasPrefix("the ") { form = String(form.dropFirst(4)) }
        if form.hasSuffix("'s") { form = String(form.dropLast(2)) }
        return form.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:\"'"))
    }

    /// The decision the key implies for a recognised entity: 0 drop, else 1 person, 2 organisation, 3 place
    /// (the recogniser's own kind when the key accepts it).
    func entityDecision(name: String, kind: Int) -> Int {
        let form = Self.scorerForm(name)
        let codes = ["person": 1, "organisation": 2, "place": 3]
        for entity in (json["entities"] as? [[String: Any]]) ?? [] {
            let names = [(entity["name"] as? String) ?? ""] + ((entity["aliases"] as? [String]) ?? [])
            guard names.map(Self.scorerForm).contains(form) else { continue }
            let types = [entity["type"] as? String, entity["also_accept_type"] as? String].compactMap { $0 }.compactMap { codes[$0] }
            return types.contains(kind) ? kind : types.first ?? 0
        }
        return 0
    }

    /// Folded for comparison: case, accents, typographic apostrophes and runs of white space do not count.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        return folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The role of every block the key makes certain; nil where it does not (the extra lines of a body whose
    /// paragraph count disagrees with the key are widgets or boxes, but which ones is unknown).
    func labels(for texts: [String], shapes: [BlockShape]) -> [LineRole?] {
        let folded = texts.map(Self.fold)
        var labels = [LineRole?](repeating: nil, count: texts.count)
        func first(_ predicate: (Int) -> Bool, from start: Int = 0) -> Int? {
            (start..<folded.count).first { labels[$0] == nil && predicate($0) }
        }
        var headlineIndex: Int?
        if let headline = string("headline").map(Self.fold), !headline.isEmpty {
            if let index = first({ folded[$0].contains(headline) && folded[$0].count <= headline.count + 60 }) {
                labels[index] = .headline
                headlineIndex = index
            } else if let index = first({ headline.hasPrefix(folded[$0]) && folded[$0].count >= 10 }) {
                // Wrapped over two blocks: the second is read as part of it.
                labels[index] = .headline
                headlineIndex = index
                if index + 1 < folded.count, headline.hasSuffix(folded[index + 1]) { labels[index + 1] = .other }
            }
        }
        for picture in pictures {
            let credit = picture.credit.map(Self.fold)
            if let caption = picture.caption.map(Self.fold), !caption.isEmpty {
                guard
                    let index = first({ folded[$0].contains(caption) }) ?? (0..<folded.count).first(where: { folded[$0].contains(caption) })
                else { continue }
                labels[index] = .caption
                if let credit, !folded[index].contains(credit) {
                    let near = (max(0, index - 2)...min(folded.count - 1, index + 2)).filter { $0 != index }
                    if let creditIndex = near.first(where: {
                        labels[$0] == nil && folded[$0].contains(credit) && folded[$0].count <= credit.count + 30
                    }) {
                        labels[creditIndex] = .credit
                    }
                }
            } else if let credit, let index = first({ folded[$0].contains(credit) && folded[$0].count <= credit.count + 30 }) {
                labels[index] = .credit
            }
        }
        for subheading in strings("subheadings").map(Self.fold) {
            if let index = first({ folded[$0] == subheading || folded[$0].trimmingCharacters(in: .punctuationCharacters) == subheading }) {
                labels[index] = .subheading
            }
        }
        for related in strings("related").map(Self.fold) {
            if let index = first({ folded[$0].contains(related) && folded[$0].count <= related.count + 40 }) { labels[index] = .teaser }
        }
        for name in strings("byline").map(Self.fold) where !name.isEmpty {
            if let index = first({ folded[$0].contains(name) && folded[$0].count <= name.count + 60 }) { labels[index] = .byline }
        }
        if let trailer = string("trailer").map(Self.fold), !trailer.isEmpty {
            if let index = first({
                folded[$0].contains(trailer) && folded[$0].count <= trailer.count + 20
                    || (trailer.contains(folded[$0]) && folded[$0].count >= 8)
            }) {
                labels[index] = .trailer
            }
        }
        // The body: from the lead to the end, less what is labelled; certain when its paragraph count agrees.
        guard let leadText = string("lead_starts_with").map(Self.fold), !leadText.isEmpty,
            let lead = first({ folded[$0].contains(leadText) }, from: headlineIndex.map { $0 + 1 } ?? 0)
        else { return labels }
        for index in 0..<lead where labels[index] == nil { labels[index] = .other }
        let candidates = (lead..<folded.count).filter { labels[$0] == nil }
        guard let expected = json["body_paragraph_count"] as? Int else { return labels }
        let tolerance = json["body_paragraph_count_tolerance"] as? Int ?? 0
        // Bullet items become a list, not paragraphs: they do not count.
        func counted(_ indices: [Int]) -> Int { indices.filter { !(shapes[$0].cues.contains(.bullet) && shapes[$0].lineCount == 1) }.count }
        if counted(candidates) <= expected + tolerance {
            for index in candidates { labels[index] = .body }
            return labels
        }
        // Too many: furniture in the body. Lines whose shape cannot be a paragraph are taken out first.
        let furniture = candidates.filter { index in
            let shape = shapes[index]
            let cues: BlockShape.Cues = [.widget, .dateOnly, .time, .url, .email, .onlyNumber, .colonLabel, .copyright, .signOff]
            return !shape.cues.isDisjoint(with: cues) || (shape.words <= 4 && !shape.end.endsSentence)
        }
        let remaining = candidates.filter { !furniture.contains($0) }
        if abs(counted(remaining) - expected) <= tolerance {
            for index in remaining { labels[index] = .body }
            for index in furniture { labels[index] = .other }
        } else {
            labels[lead] = .body
        }
        return labels
    }
}
