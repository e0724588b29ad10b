import NewsModel

/// Finds the people, organisations and places an item's own text is about.
/// A conforming type can wrap an external service (an HTTP NER endpoint) and plug into the pipeline.
public protocol EntityRecognising: Sendable {
    func recognise(in item: NewsItem) -> [Entity]
}

/// Rules, gazetteers and in-article coreference for news copy: title and role words, speech verbs,
/// organisation forms, "in/from X" places, surname → full name, acronym ↔ expansion, possessives.
public struct EntityRecognizer: EntityRecognising {
    public var gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    public func recognise(in item: NewsItem) -> [Entity] {
        // Only the story's own text: headline, subheadings, paragraphs, quotes, lists.
        var texts: [(block: Int, text: String)] = []
        if let headline = item.headline { texts.append((-1, headline)) }
        // A "paragraph" of hundreds of kilobytes is not story text (a dump, a table, a hostile input).
        for (index, block) in item.body.enumerated() where block.isStoryText && block.text.utf8.count <= 50_000 { texts.append((index, block.text)) }
        var lowercaseWords: Set<String> = []
        for (_, text) in texts {
            // Words starting with a lower-case letter; ASCII letters are told apart without Unicode tables.
            for word in text.split(whereSeparator: { character in
                guard let ascii = character.asciiValue else { return !character.isLetter }
                return !((ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122))
            }) {
                guard let first = word.first else { continue }
                let isLowercase = first.asciiValue.map { $0 >= 97 && $0 <= 122 } ?? first.isLowercase
                if isLowercase { lowercaseWords.insert(String(word)) }
            }
        }

        var candidates: [Candidate] = []
        for (block, text) in texts {
            candidates += CandidateScanner(text: text, block: block, lowercaseWords: lowercaseWords, gazetteer: gazetteer).scan()
        }
        return Resolver(gazetteer: gazetteer).resolve(candidates)
    }
}
