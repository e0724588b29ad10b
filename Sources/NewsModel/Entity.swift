/// A person, organisation, place or other concept the story is about.
public struct Entity: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person, organisation, place, pointOfInterest, event, object, subject

        /// The NewsML-G2 concept nature (`cpnat:`) qcode.
        public var conceptNature: String {
            switch self {
            case .person: "cpnat:person"
            case .organisation: "cpnat:organisation"
            case .place: "cpnat:geoArea"
            case .pointOfInterest: "cpnat:poi"
            case .event: "cpnat:event"
            case .object: "cpnat:object"
            case .subject: "cpnat:abstract"
            }
        }

        public init?(conceptNature: String) {
            let code = conceptNature.split(separator: ":").last.map(String.init) ?? conceptNature
            switch code.split(separator: "/").last.map(String.init) ?? code {
            case "person": self = .person
            case "organisation", "organization": self = .organisation
            case "geoArea": self = .place
            case "poi": self = .pointOfInterest
            case "event": self = .event
            case "object": self = .object
            case "abstract", "concept": self = .subject
            default: return nil
            }
        }
    }

    /// How the entity came to be on the item.
    public enum Assignment: String, Sendable, Hashable, Codable {
        /// Present in the input document.
        case source
        /// Found by a recogniser in the text.
        case machine
        /// Linked through a newsroom's authority file.
        case authority
    }

    public var kind: Kind
    /// The fullest form the article uses, or the name given by the source.
    public var name: String
    public var alternativeNames: [String]
    public var qcode: String?
    public var uri: String?
    public var literal: String?
    public var mentions: [Mention]
    /// 0…100, as NewsML-G2 and ninjs express it.
    public var confidence: Int?
    public var relevance: Int?
    public var relation: String?
    public var assignment: Assignment
    /// NewsML-G2 `rank`: the order of importance the source gave.
    public var rank: Int?
    /// The type the source gave when it is not the standard one of `kind` (a provider's own, such as Reuters'
    /// `cptType:5` for places): written back as it was.
    public var conceptType: String?
    /// The language of the name and of each alternative name (nil: the item's), parallel to `[name] + alternativeNames`.
    public var nameLanguages: [String?] = []
    /// Wider concepts the source named.
    public var broader: [Concept] = []
    /// Concepts that narrow this one down (NewsML-G2 `facetConcept`: "women" and "slalom" for alpine skiing).
    public var facets: [Concept] = []
    /// The source gave the concept as a `mainConcept` inside its subject (a faceted subject): written back so.
    public var isMainConcept = false

    public init(
        kind: Kind, name: String, alternativeNames: [String] = [], qcode: String? = nil, uri: String? = nil,
        literal: String? = nil, mentions: [Mention] = [], confidence: Int? = nil, relevance: Int? = nil,
        relation: String? = nil, assignment: Assignment = .source, rank: Int? = nil
    ) {
        self.kind = kind
        self.name = name
        self.alternativeNames = alternativeNames
        self.qcode = qcode
        self.uri = uri
        self.literal = literal
        self.mentions = mentions
        self.confidence = confidence
        self.relevance = relevance
        self.relation = relation
        self.assignment = assignment
        self.rank = rank
    }
}

/// Where an entity is mentioned: the block index in the body (-1 for the headline, -2 for the summary) and the UTF-16 range.
public struct Mention: Sendable, Hashable, Codable {
    public var block: Int
    public var offset: Int
    public var length: Int
    public var text: String

    public init(block: Int, offset: Int, length: Int, text: String) {
        self.block = block
        self.offset = offset
        self.length = length
        self.text = text
    }
}
