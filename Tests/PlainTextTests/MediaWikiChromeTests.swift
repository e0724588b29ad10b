import NewsModel
import Testing

@testable import PlainText

/// A Wikinews story as MediaWiki's older skin sets the page (a mirror read in session 55): "Jump to: navigation,
/// search" became the byline, the site's tagline the standfirst, and the licence under the story its last paragraph.
/// The page is written for these tests.
@Suite struct MediaWikiChromeTests {
    private static let page = """
        Quebec election called for September

        From Wikinews, the free news source you can write!
        Jump to: navigation, search

        Thursday, August 2, 2012

        Quebec premier Jean Charest has called a provincial election for September 4, after meeting the Lieutenant Governor to dissolve parliament, he said on Wednesday.

        Charest is the leader of the Quebec Liberal Party and has held his position as premier since 2003. Polls show no clear winner.

        Sources

        This text comes from Wikinews. Permission is granted to copy, distribute and/or modify this document under the terms of the Creative Commons Attribution 2.5 licence.
        """

    @Test("MediaWiki's jump links and tagline are page furniture, not a byline or a standfirst")
    func chrome() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(!item.descriptions.contains { $0.text.hasPrefix("From Wikinews") }, "\(item.descriptions.map(\.text))")
        #expect(item.preserved.contains { $0.serialized.contains("Jump to: navigation, search") }, "\(item.preserved)")
    }

    @Test("the licence notice under the story is no paragraph of it; a story about licences keeps its own")
    func licence() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(storyParagraphTexts(item).count == 2, "\(item.body.map(\.text))")
        let story = """
            YouTube videos can carry free licences

            YouTube allows videos to be licensed under a Creative Commons Attribution license, the company said on Monday, and many creators choose it.

            Multiple Creative Commons-licensed videos on Wikimedia Commons are uploaded with such tools, the foundation said.
            """
        #expect(storyParagraphTexts(PlainTextReader().read(text: story).item).count == 2)
    }
}
