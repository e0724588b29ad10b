import NewsModel

extension NewsItem {
    /// The texts of the body's subheadings, in order.
    public var subheadingTexts: [String] {
        body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
    }

    /// The texts of the body's paragraphs, in order.
    public var paragraphTexts: [String] {
        body.compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }
}
