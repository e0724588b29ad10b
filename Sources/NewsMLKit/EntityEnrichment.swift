import Entities
import NewsModel

/// The enrichment step of the pipeline: recognised entities are added to items read from text.
enum EntityEnrichment {
    static func enrich(_ item: NewsItem, authority: String?) -> NewsItem {
        var gazetteer = Gazetteer.shared
        if let authority { gazetteer.addAuthority(authority) }
        var enriched = item
        enriched.entities += EntityRecognizer(gazetteer: gazetteer).recognise(in: item)
        return enriched
    }
}
