import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A breaking story as the BBC's pages end it, read in session 58: "This breaking news story is being updated …" and
/// "You can receive Breaking News on a smartphone or tablet via the BBC News App …" had been the story's last two
/// paragraphs (and "Breaking News" an organisation). The page is written for this test.
@Suite struct BreakingNewsNoticeTests {
    @Test("the desk's update notice and the app's offer close no story")
    func notices() {
        let page = """
            Ferry runs aground off island coast

            A passenger ferry ran aground off the island's northern coast on Tuesday, the coastguard has said.

            All 120 passengers were taken off the ship by lifeboat crews, and no one was hurt.

            This breaking news story is being updated and more details will be published shortly. Please refresh the page for the fullest version.

            You can receive Breaking News on a smartphone or tablet via the BBC News App. You can also follow @BBCBreaking on Twitter to get the latest alerts.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).count == 2, "\(storyParagraphTexts(item))")
    }
}
