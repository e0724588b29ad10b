import Foundation
import NewsModel

extension NewsItem {
    /// The item with the text the recogniser reads in Unicode's composed form (NFC) when some of it is
    /// decomposed — "Sevilla" with "é" written as "e" and a combining accent, as macOS file names, some PDF
    /// exports and some editors write it. The gazetteer, the word lists and the fitted features hold composed
    /// spellings, and a decomposed name matches none of them. The item itself comes back, uncopied, when no
    /// text holds a combining accent (the common case, answered on the bytes). Only the recogniser's view
    /// changes: the item the pipeline writes keeps the input's own bytes.
    package var composedForRecognition: NewsItem {
        let texts = headlines.map(\.text) + descriptions.map(\.text) + bylines + body.map(\.text) + (located?.names ?? [])
        guard texts.contains(where: Self.mayBeDecomposed) else { return self }
        func composed(_ text: String) -> String { Self.mayBeDecomposed(text) ? text.precomposedStringWithCanonicalMapping : text }
        var item = self
        item.headlines = headlines.map { TextWithRole(composed($0.text), role: $0.role) }
        item.descriptions = descriptions.map { TextWithRole(composed($0.text), role: $0.role) }
        item.bylines = bylines.map(composed)
        item.located?.names = located?.names.map(composed) ?? []
        item.body = body.map { block in
            switch block {
            case .paragraph(let text): .paragraph(composed(text))
            case .subheading(let text, let level): .subheading(composed(text), level: level)
            case .quote(let quote):
                .quote(Quote(text: composed(quote.text), quotation: composed(quote.quotation), speaker: quote.speaker.map(composed)))
            case .list(let items, let ordered): .list(items.map(composed), ordered: ordered)
            case .figure, .relatedTeaser, .preservedMarkup: block
            }
        }
        return item
    }

    /// Whether the text may hold a combining diacritical mark (U+0300–U+036F, whose UTF-8 lead bytes are 0xCC and
    /// 0xCD).
    static func mayBeDecomposed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 == 0xCC || $0 == 0xCD } }
            ?? text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
    }
}
