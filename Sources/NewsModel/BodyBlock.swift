/// One block of the story body, in reading order.
public enum BodyBlock: Sendable, Hashable, Codable {
    case paragraph(String)
    case subheading(String, level: Int)
    case quote(Quote)
    case list([String], ordered: Bool)
    /// A picture shown in the body: an index into `NewsItem.pictures`.
    case figure(pictureIndex: Int)
    /// A teaser that points elsewhere ("Read also: …"): not part of the story's text.
    case relatedTeaser(RelatedLink)
    /// Markup the model does not structure (a table, an embed), kept as serialized XHTML.
    case preservedMarkup(String)

    /// The plain text of the block, for entity recognition and counting.
    public var text: String {
        switch self {
        case .paragraph(let text): text
        case .subheading(let text, _): text
        case .quote(let quote): quote.text
        case .list(let items, _): items.joined(separator: "\n")
        case .figure: ""
        case .relatedTeaser(let link): link.title ?? ""
        case .preservedMarkup: ""
        }
    }

    /// True when the block belongs to the story's own text (entities come only from these).
    public var isStoryText: Bool {
        switch self {
        case .paragraph, .subheading, .quote, .list: true
        case .figure, .relatedTeaser, .preservedMarkup: false
        }
    }
}

/// A quotation with, where the text says it, who spoke it.
public struct Quote: Sendable, Hashable, Codable {
    /// The whole paragraph the quote stands in.
    public var text: String
    /// Only the quoted words, without quotation marks.
    public var quotation: String
    public var speaker: String?

    public init(text: String, quotation: String, speaker: String? = nil) {
        self.text = text
        self.quotation = quotation
        self.speaker = speaker
    }
}

/// A picture that belongs to the story, with what a newsroom must show next to it.
public struct Picture: Sendable, Hashable, Codable {
    public var identifier: String?
    /// The part of the text item that describes the picture (NewsML-G2 `partMeta/@partid`, XHTML `figure/@id`).
    public var partIdentifier: String?
    public var caption: String?
    public var creditline: String?
    public var photographer: String?
    public var copyrightHolder: String?
    public var copyrightNotice: String?
    public var usageTerms: String?
    public var renditions: [Rendition]

    public init(
        identifier: String? = nil, caption: String? = nil, creditline: String? = nil, photographer: String? = nil,
        copyrightHolder: String? = nil, copyrightNotice: String? = nil, usageTerms: String? = nil,
        renditions: [Rendition] = [], partIdentifier: String? = nil
    ) {
        self.identifier = identifier
        self.partIdentifier = partIdentifier
        self.caption = caption
        self.creditline = creditline
        self.photographer = photographer
        self.copyrightHolder = copyrightHolder
        self.copyrightNotice = copyrightNotice
        self.usageTerms = usageTerms
        self.renditions = renditions
    }
}
