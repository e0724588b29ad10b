import NewsModel

/// The texts of an item's body blocks of one kind, for the tests' expectations.
func paragraphTexts(_ item: NewsItem) -> [String] {
    item.body.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
}

/// The story's paragraphs, quoted ones (`BodyBlock.quote`) included.
func storyParagraphTexts(_ item: NewsItem) -> [String] {
    item.body.compactMap {
        switch $0 {
        case .paragraph(let text): text
        case .quote(let quote): quote.text
        default: nil
        }
    }
}

func subheadingTexts(_ item: NewsItem) -> [String] {
    item.body.compactMap { if case .subheading(let text, _) = $0 { text } else { nil } }
}
