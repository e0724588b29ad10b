/// The kind of content an item carries (NewsML-G2 `itemClass`, ninjs `type`).
public enum ItemClass: String, Sendable, Hashable, Codable, CaseIterable {
    case text, picture, graphic, audio, video, composite, package, concept, planning, event

    /// The IPTC NewsItem Nature qcode, for example `ninat:text`.
    public var qcode: String {
        switch self {
        case .package: "ninat:composite"
        default: "ninat:\(rawValue)"
        }
    }

    public init?(qcode: String) {
        let code = qcode.split(separator: ":").last.map(String.init) ?? qcode
        let tail = (code.split(separator: "/").last.map(String.init) ?? code).lowercased()
        // Providers also write the plural ("ninat:graphics", APA).
        if let known = ItemClass(rawValue: tail) ?? (tail.hasSuffix("s") ? ItemClass(rawValue: String(tail.dropLast())) : nil) {
            self = known
        } else {
            return nil
        }
    }
}

public enum PublicationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case usable, withheld, canceled

    public var qcode: String { "stat:\(rawValue)" }

    public init?(qcode: String) {
        let code = qcode.split(separator: ":").last.map(String.init) ?? qcode
        let tail = (code.split(separator: "/").last.map(String.init) ?? code).lowercased()
        self.init(rawValue: tail == "cancelled" ? "canceled" : tail)
    }
}

/// A concept referred to by identifier and/or name: a provider, a genre, a place, a creator.
public struct Concept: Sendable, Hashable, Codable {
    public var qcode: String?
    public var uri: String?
    public var literal: String?
    public var names: [String]
    public var role: String?
    /// The language of each name, parallel to `names` (nil: the item's language).
    public var nameLanguages: [String?] = []
    /// The concept's type as the source gave it (NewsML-G2 `@type`, e.g. `cpnat:geoArea` or a provider's own).
    public var type: String?
    /// Wider concepts the source named (a city's country), kept as given.
    public var broader: [Concept] = []
    /// How the concept relates to the one it stands beside (NewsML-G2 `@rel`, as on `facetConcept`).
    public var relation: String?

    public init(
        qcode: String? = nil, uri: String? = nil, literal: String? = nil, names: [String] = [], role: String? = nil,
        nameLanguages: [String?] = [], type: String? = nil, broader: [Concept] = [], relation: String? = nil
    ) {
        self.qcode = qcode
        self.uri = uri
        self.literal = literal
        self.names = names
        self.role = role
        self.nameLanguages = nameLanguages
        self.type = type
        self.broader = broader
        self.relation = relation
    }

    /// The language of the name at `index`, when the source gave one.
    public func language(ofName index: Int) -> String? { index < nameLanguages.count ? nameLanguages[index] : nil }

    public var name: String? { names.first }
}

/// A text such as a headline or description, with its role (`main`, `drol:caption`, `summary` …).
public struct TextWithRole: Sendable, Hashable, Codable {
    public var text: String
    public var role: String?
    public var language: String?

    public init(_ text: String, role: String? = nil, language: String? = nil) {
        self.text = text
        self.role = role
        self.language = language
    }
}

public struct AlternativeIdentifier: Sendable, Hashable, Codable {
    public var value: String
    public var type: String?

    public init(value: String, type: String? = nil) {
        self.value = value
        self.type = type
    }
}

/// Where the content came from: an agency, a newspaper, a report the story cites.
public struct InfoSource: Sendable, Hashable, Codable {
    public var name: String?
    public var qcode: String?
    public var uri: String?
    public var role: String?
    /// The source's literal as given, also beside a qcode (Reuters: `literal="Opta Sports Data" qcode="NS:OPTA"`).
    public var literal: String?

    public init(name: String? = nil, qcode: String? = nil, uri: String? = nil, role: String? = nil, literal: String? = nil) {
        self.name = name
        self.qcode = qcode
        self.uri = uri
        self.role = role
        self.literal = literal
    }
}

public struct Rights: Sendable, Hashable, Codable {
    public var copyrightHolder: String?
    /// The holder's identifier when the source gave one (qcode, uri or literal).
    public var copyrightHolderReference: Concept?
    public var copyrightNotice: String?
    public var usageTerms: String?

    public init(
        copyrightHolder: String? = nil, copyrightNotice: String? = nil, usageTerms: String? = nil, copyrightHolderReference: Concept? = nil
    ) {
        self.copyrightHolder = copyrightHolder
        self.copyrightHolderReference = copyrightHolderReference
        self.copyrightNotice = copyrightNotice
        self.usageTerms = usageTerms
    }

    public var isEmpty: Bool { copyrightHolder == nil && copyrightNotice == nil && usageTerms == nil && copyrightHolderReference == nil }
}

/// A link to another resource: a related story teaser, a picture item, a "see also".
public struct RelatedLink: Sendable, Hashable, Codable {
    public var title: String?
    public var href: String?
    public var residref: String?
    public var relation: String?
    public var contentType: String?

    public init(title: String? = nil, href: String? = nil, residref: String? = nil, relation: String? = nil, contentType: String? = nil) {
        self.title = title
        self.href = href
        self.residref = residref
        self.relation = relation
        self.contentType = contentType
    }
}

/// Another form of the content carried inline beside the body — NewsML-G2 `inlineData` after the XHTML
/// (an agency's IPTC 7901 text or headline rendition), a further ninjs body — kept as given, text byte for byte.
public struct InlineText: Sendable, Hashable, Codable {
    public var text: String
    public var contentType: String?
    /// The rendition (NewsML-G2 `@rendition`, a QCode) or the ninjs body's role.
    public var rendition: String?
    public var wordCount: Int?

    public init(text: String, contentType: String? = nil, rendition: String? = nil, wordCount: Int? = nil) {
        self.text = text
        self.contentType = contentType
        self.rendition = rendition
        self.wordCount = wordCount
    }
}

/// One rendition of the content: an image size, a video encoding, a remote text.
public struct Rendition: Sendable, Hashable, Codable {
    public var name: String?
    /// The rendition as a URI (NewsML-G2 `@renditionuri`), when the source named it so.
    public var nameURI: String?
    public var href: String?
    public var residref: String?
    public var contentType: String?
    public var width: Int?
    public var height: Int?
    public var sizeInBytes: Int?
    public var duration: String?

    public init(
        name: String? = nil, href: String? = nil, residref: String? = nil, contentType: String? = nil,
        width: Int? = nil, height: Int? = nil, sizeInBytes: Int? = nil, duration: String? = nil
    ) {
        self.name = name
        self.href = href
        self.residref = residref
        self.contentType = contentType
        self.width = width
        self.height = height
        self.sizeInBytes = sizeInBytes
        self.duration = duration
    }
}

/// A property a reader could not map, kept with its source so a writer of the same format can restore it.
public struct PreservedProperty: Sendable, Hashable, Codable {
    /// Where it belongs, e.g. `itemMeta`, `contentMeta`, `newsItem`.
    public var container: String
    /// The format it was read from, e.g. `newsml-g2`.
    public var format: String
    /// The serialized property (an XML fragment or JSON text).
    public var serialized: String

    public init(container: String, format: String, serialized: String) {
        self.container = container
        self.format = format
        self.serialized = serialized
    }
}
