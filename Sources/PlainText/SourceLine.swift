/// One line of the article after the transmission envelope is removed, with its line number in the input.
struct SourceLine: Sendable, Hashable {
    var text: String
    var number: Int
    /// Columns of leading white space (a tab counts as four), which marks paragraphs in old wire copy.
    var indentation: Int

    var isBlank: Bool { text.isEmpty }
}

/// What the transmission envelope (IPTC 7901, ANPA 1312, ZCZC headers) said about the story.
struct EnvelopeMetadata: Sendable, Hashable {
    var headerLines: [String] = []
    var trailerLines: [String] = []
    var slugline: String?
    var headline: String?
    var datelinePlace: String?
    var keywords: [String] = []
}
