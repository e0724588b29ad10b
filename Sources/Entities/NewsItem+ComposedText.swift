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
        // Asked of every item twice (recogniser and acceptance step): each text is scanned where it stands, no list of
        // them is made.
        guard
            headlines.contains(where: { Self.mayBeDecomposed($0.text) }) || descriptions.contains(where: { Self.mayBeDecomposed($0.text) })
                || bylines.contains(where: Self.mayBeDecomposed) || body.contains(where: Self.mayBeDecomposed)
                || (located?.names ?? []).contains(where: Self.mayBeDecomposed)
        else { return self }
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
    /// 0xCD), found by `memchr`.
    static func mayBeDecomposed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil
        }
    }

    /// Whether a block's own text may hold a combining mark (a list's items each; no joined copy).
    static func mayBeDecomposed(_ block: BodyBlock) -> Bool {
        switch block {
        case .paragraph(let text), .subheading(let text, _): mayBeDecomposed(text)
        case .quote(let quote): mayBeDecomposed(quote.text) || mayBeDecomposed(quote.quotation)
        case .list(let items, _): items.contains(where: mayBeDecomposed)
        case .figure, .relatedTeaser, .preservedMarkup: false
        }
    }
}
