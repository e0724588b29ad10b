import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A paragraph between paragraphs taken for a picture's caption where no picture stands (The Hill, The Republic: the
/// shipped model did it too), and a post embedded in three short paragraphs whose first two were kept as the story's
/// (session 49). The pages are written for these tests.
@Suite struct StoryTextAroundPostsTests {
    @Test("a long sentence between paragraphs, with no credit in or under it, is the story's, not a caption")
    func paragraphWithoutPictureIsNoCaption() {
        let page = """
            Man pleads guilty to threatening mayor

            A Rochester man pleaded guilty on Monday to threatening to kill the city's mayor in a voicemail left at her office in March, prosecutors said.

            The man, 52, faces up to five years in prison when he is sentenced in February.

            The district attorney said in a statement that the case shows free speech does not cover threats to harm elected officials or their staff.

            ADVERTISEMENT

            The man's lawyer said her client regretted the call and had not meant to harm anyone.
            """
        let model: [LineRole] = [.headline, .body, .body, .caption, .other, .body]
        #expect(rolesAfterRules(page, model)[3] == .body)
        // A caption with its credit stays one. (One that describes the picture: a sentence reporting what someone said,
        // over a credit, is the story's since session 52 — `attributedSentenceIsNoCaption`.)
        let credited = page.replacingOccurrences(of: "ADVERTISEMENT", with: "(Photo: Dana Reyes/City Herald)")
            .replacingOccurrences(
                of:
                    "The district attorney said in a statement that the case shows free speech does not cover threats to harm elected officials or their staff.",
                with:
                    "The district attorney speaks to reporters outside the county courthouse in Rochester after the hearing on Monday morning."
            )
        #expect(rolesAfterRules(credited, [.headline, .body, .body, .caption, .credit, .body])[3] == .caption)
        let said = page.replacingOccurrences(of: "ADVERTISEMENT", with: "(Photo: Dana Reyes/City Herald)")
        #expect(rolesAfterRules(said, [.headline, .body, .body, .caption, .credit, .body])[3] == .body)
    }

    @Test("a post set in several short paragraphs over its attribution is no story text, a lead-in line above it is")
    func postInSeveralParagraphs() {
        let page = """
            Mayor asks for mercy for man who threatened her

            The mayor asked a judge on Tuesday for a lenient sentence for the man who threatened to kill her, saying she did not believe prison would make the city safer.

            The man, 52, pleaded guilty in November to making the threat in a voicemail left at her office in March.

            His lawyer has asked for probation, saying he has since sought treatment and regrets the call.

            She shared her letter to the court online and wrote:

            Sharing my letter to the court on the sentencing of the man who threatened my life.

            We must bring compassion to criminal justice.

            Who are we as a city if we answer threats with revenge? pic.twitter.com/a1b2c3d4e5

            — Mayor Dana Reyes (@MayorReyes) March 3, 2026

            The man is due to be sentenced on Friday.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!paragraphTexts(item).contains { $0.hasPrefix("Sharing my letter") || $0.hasPrefix("We must bring") }, "\(item.body)")
        #expect(paragraphTexts(item).last == "The man is due to be sentenced on Friday.", "\(item.body)")
        // (Four story paragraphs and the lead-in: "She shared her letter to the court online and wrote:" between paragraphs
        // is story text — `leadInBetweenParagraphsIsText`, session 51; before it the model's teaser had left it out.)
        #expect(paragraphTexts(item).count == 5, "\(item.body)")
        #expect(paragraphTexts(item).contains("She shared her letter to the court online and wrote:"), "\(item.body)")
        // The rule itself: the lead-in, which ends with its colon, stays the story's.
        let model: [LineRole] = [.headline, .body, .body, .body, .body, .body, .body, .body, .other, .body]
        #expect(PlainTextReader.blocks(of: Array(page.utf8)).texts.count == model.count)
        #expect(rolesAfterRules(page, model) == [.headline, .body, .body, .body, .body, .other, .other, .other, .other, .body])
    }
}
