import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Two page conventions read in session 58: a Drupal site's comment form ("Add new comment", its warnings and its
/// list of input rules) had become a subheading, paragraphs and a list under the story; and HuffPost's picture viewer
/// (caption, "|", "Open Image Modal", credit) had left the caption out and split the credit into a second picture.
/// The pages are written for this test.
@Suite struct CommentFormAndImageModalTests {
    @Test("a Drupal comment form under the story is no part of it")
    func commentForm() {
        let page = """
            Bridge closed after barge strikes pier

            RIVERTON - The Main Street bridge was closed on Tuesday after a barge struck one of its piers, the county said.

            Inspectors will examine the pier on Wednesday. The county said the bridge could stay closed for a week.

            Add new comment

            Please keep your comments civil. This site is moderated and comments with links are rejected.

              • No HTML tags allowed.
              • Lines and paragraphs break automatically.
            """
        let item = PlainTextReader().read(text: page).item
        let paragraphs = storyParagraphTexts(item)
        #expect(paragraphs.count == 2, "\(paragraphs)")
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        #expect(!item.body.contains { "\($0)".contains("HTML tags") }, "\(item.body)")
    }

    @Test("the caption above the viewer's button and the credit below it make one picture")
    func imageModal() {
        let page = """
            Storm leaves thousands without power

            Crews work to restore power lines brought down by the storm near the harbour on Monday.
            |
            Open Image Modal
            Handout . / Reuters

            Tens of thousands of homes were without power on Monday after a storm swept across the coast overnight, the utility said.

            The company said most customers would be reconnected by Wednesday.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Crews work to restore") == true, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Handout . / Reuters", "\(item.pictures)")
        #expect(item.descriptions.isEmpty, "\(item.descriptions)")
        #expect(storyParagraphTexts(item).count == 2)
    }
}
