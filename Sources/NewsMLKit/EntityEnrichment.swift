import Entities
import NewsModel
import Synchronization

/// The enrichment step of the pipeline: recognised entities are added to items read from text.
enum EntityEnrichment {
    /// The gazetteer with the newsroom's authority file added, built once per authority text: a batch
    /// enriches thousands of items with the same file, and adding it copies the shared tables.
    private static let withAuthority = Mutex<(text: String, gazetteer: Gazetteer)?>(nil)

    static func enrich(_ item: NewsItem, authority: String?, acceptance: EntityAcceptance? = .shipped) -> NewsItem {
        var enriched = item
        var found = EntityRecognizer(gazetteer: gazetteer(authority: authority)).recognise(in: item)
        if let acceptance { found = acceptance.filter(found, in: item) }
        enriched.entities += found
        return enriched
    }

    static func gazetteer(authority: String?) -> Gazetteer {
        guard let authority else { return .shared }
        if let cached = withAuthority.withLock({ $0 }), cached.text == authority { return cached.gazetteer }
        var gazetteer = Gazetteer.shared
        gazetteer.addAuthority(authority)
        withAuthority.withLock { $0 = (authority, gazetteer) }
        return gazetteer
    }
}
