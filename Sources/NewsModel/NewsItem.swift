/// One news item, independent of the format it was read from or will be written to.
///
/// The model follows the IPTC News Architecture that NewsML-G2 and ninjs share, so a value read from
/// either format maps to the other without a format-specific side channel.
public struct NewsItem: Sendable, Hashable, Codable {
    // Identity and versioning
    public var guid: String
    public var version: Int
    public var itemClass: ItemClass
    /// The item class as the source wrote it, when that is not `itemClass.qcode` (a provider's spelling or its own
    /// code): written back as it was.
    public var itemClassQCode: String?
    public var provider: Concept?
    public var title: String?

    // Dates are kept as ISO 8601 text exactly as read, so that nothing is lost to rounding or zones.
    public var firstCreated: String?
    public var versionCreated: String?
    public var contentCreated: String?
    public var contentModified: String?
    public var embargoed: String?
    public var expires: String?

    public var publicationStatus: PublicationStatus
    public var urgency: Int?
    public var language: String?

    // Descriptive metadata
    public var headlines: [TextWithRole]
    public var slugline: String?
    public var bylines: [String]
    public var creditline: String?
    public var dateline: String?
    public var located: Concept?
    public var descriptions: [TextWithRole]
    public var keywords: [String]
    public var genres: [Concept]
    public var alternativeIdentifiers: [AlternativeIdentifier]
    public var creators: [Concept]
    public var contributors: [Concept]
    public var infoSources: [InfoSource]

    // Content
    public var body: [BodyBlock]
    /// Plain text content that is not structured (NewsML-G2 `inlineData`, ninjs text bodies).
    public var plainBody: String?
    /// The word count the source gave its body (NewsML-G2 `inlineXML/@wordcount`), kept as given.
    public var wordCount: Int?
    /// Further forms of the content carried inline (see `InlineText`), in the order read.
    public var otherContent: [InlineText] = []
    public var renditions: [Rendition]
    public var pictures: [Picture]
    public var entities: [Entity]
    public var rights: Rights
    public var editorialNotes: [String]
    public var links: [RelatedLink]
    public var signals: [Concept]
    /// Set for packages: the groups and the items they refer to.
    public var package: PackageStructure?

    /// What a reader found but the model has no field for, kept so a writer can carry it through.
    public var preserved: [PreservedProperty]

    public init(
        guid: String,
        version: Int = 1,
        itemClass: ItemClass = .text,
        provider: Concept? = nil,
        title: String? = nil,
        firstCreated: String? = nil,
        versionCreated: String? = nil,
        contentCreated: String? = nil,
        contentModified: String? = nil,
        embargoed: String? = nil,
        expires: String? = nil,
        publicationStatus: PublicationStatus = .usable,
        urgency: Int? = nil,
        language: String? = nil,
        headlines: [TextWithRole] = [],
        slugline: String? = nil,
        bylines: [String] = [],
        creditline: String? = nil,
        dateline: String? = nil,
        located: Concept? = nil,
        descriptions: [TextWithRole] = [],
        keywords: [String] = [],
        genres: [Concept] = [],
        alternativeIdentifiers: [AlternativeIdentifier] = [],
        creators: [Concept] = [],
        contributors: [Concept] = [],
        infoSources: [InfoSource] = [],
        body: [BodyBlock] = [],
        plainBody: String? = nil,
        wordCount: Int? = nil,
        renditions: [Rendition] = [],
        pictures: [Picture] = [],
        entities: [Entity] = [],
        rights: Rights = Rights(),
        editorialNotes: [String] = [],
        links: [RelatedLink] = [],
        signals: [Concept] = [],
        package: PackageStructure? = nil,
        preserved: [PreservedProperty] = []
    ) {
        self.guid = guid
        self.version = version
        self.itemClass = itemClass
        self.provider = provider
        self.title = title
        self.firstCreated = firstCreated
        self.versionCreated = versionCreated
        self.contentCreated = contentCreated
        self.contentModified = contentModified
        self.embargoed = embargoed
        self.expires = expires
        self.publicationStatus = publicationStatus
        self.urgency = urgency
        self.language = language
        self.headlines = headlines
        self.slugline = slugline
        self.bylines = bylines
        self.creditline = creditline
        self.dateline = dateline
        self.located = located
        self.descriptions = descriptions
        self.keywords = keywords
        self.genres = genres
        self.alternativeIdentifiers = alternativeIdentifiers
        self.creators = creators
        self.contributors = contributors
        self.infoSources = infoSources
        self.body = body
        self.plainBody = plainBody
        self.wordCount = wordCount
        self.renditions = renditions
        self.pictures = pictures
        self.entities = entities
        self.rights = rights
        self.editorialNotes = editorialNotes
        self.links = links
        self.signals = signals
        self.package = package
        self.preserved = preserved
    }

    /// The main headline: the one without a role or with role `main`, else the first.
    public var headline: String? {
        headlines.first { $0.role == nil || $0.role == "main" || $0.role == "hltype:main" }?.text ?? headlines.first?.text
    }
}

/// A batch of items as one input delivered them (a NewsML-G2 `newsMessage`, a folder, a feed).
public struct NewsBatch: Sendable, Hashable, Codable {
    public var items: [NewsItem]
    public var sender: String?
    public var sent: String?

    public init(items: [NewsItem] = [], sender: String? = nil, sent: String? = nil) {
        self.items = items
        self.sender = sender
        self.sent = sent
    }
}

extension NewsItem {
    /// The broader and facet concepts of the item's entities and of its place: what ninjs and NITF have no form for.
    public var widerConcepts: [Concept] { entities.flatMap { $0.broader + $0.facets } + (located?.broader ?? []) }
}
