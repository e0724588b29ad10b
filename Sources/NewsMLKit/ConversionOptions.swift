import Entities
import NITF
import NewsMLG2
import NewsModel
import NewsXML
import Ninjs

/// The formats NewsMLKit reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, newsml, ninjs, nitf
}

/// The formats NewsMLKit writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case newsml, ninjs, nitf

    public var fileExtension: String { self == .ninjs ? "json" : "xml" }
}

/// Everything a conversion can be told; the CLI, the service and the hot folder fill in the same value.
public struct ConversionOptions: Sendable {
    public var from: InputFormat
    public var to: OutputFormat
    public var pictures: PictureLayout
    public var schemas: SchemaSelection
    public var limits: XMLParseLimits
    /// `versionCreated` for items that have none (plain text): an ISO 8601 date-time; nil means now.
    public var versionCreated: String?
    public var recogniseEntities: Bool
    /// A newsroom's authority file (`name<TAB>aliases<TAB>type<TAB>URI` per line); its links take precedence.
    public var authority: String?
    public var ninjsVersion: NinjsVersion
    public var ninjsBody: NinjsBodyStyle
    /// Scheme aliases for expanding qcodes to URIs: IPTC's catalog, plus catalogs the user supplies.
    public var catalog: SchemeCatalog
    /// NITF with the 3.6 namespace or without (the default: what agencies send and CMS ingest reads).
    public var nitfDialect: NITFDialect
    /// The NITF schema that validates NITF output: the shipped one unless a file is given (`--nitf-schema`).
    public var nitfSchema: String?
    /// When set, a conversion still running at this instant stops at its next stage (after reading, after
    /// entity recognition, before each item is written) with a `conversion.deadline` error: the service's
    /// per-request deadline, so that work whose answer has already been given up does not hold a slot.
    public var deadline: ContinuousClock.Instant?

    public init(
        from: InputFormat = .auto, to: OutputFormat = .newsml, pictures: PictureLayout = .inline,
        schemas: SchemaSelection = SchemaSelection(), limits: XMLParseLimits = .default,
        versionCreated: String? = nil, recogniseEntities: Bool = true, authority: String? = nil,
        ninjsVersion: NinjsVersion = .v3_2, ninjsBody: NinjsBodyStyle = .xhtml, catalog: SchemeCatalog = .iptc,
        nitfDialect: NITFDialect = .plain, nitfSchema: String? = nil
    ) {
        self.from = from
        self.to = to
        self.pictures = pictures
        self.schemas = schemas
        self.limits = limits
        self.versionCreated = versionCreated
        self.recogniseEntities = recogniseEntities
        self.authority = authority
        self.ninjsVersion = ninjsVersion
        self.ninjsBody = ninjsBody
        self.catalog = catalog
        self.nitfDialect = nitfDialect
        self.nitfSchema = nitfSchema
    }
}
