import Entities
import NewsModel

/// The enrichment step of the pipeline: recognised entities are added to items read from text.
enum EntityEnrichment {
    static func enrich(_ item: NewsItem) -> NewsItem {
        var enriched = item
        enriched.entities += EntityRecognizer().recognise(in: item)
        return enriched
    }
}
