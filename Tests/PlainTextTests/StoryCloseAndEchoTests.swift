import NewsModel
import Testing

@testable import PlainText

/// Broadcasters' and regional papers' pages read in session 54: a story closing on a four-word sentence ("The
/// investigation is ongoing.") lost it as a trailer, and a page repeating its own headline under the story (its
/// comments widget's title) gave the story a related link to itself. The pages are written for these tests.
@Suite struct StoryCloseAndEchoTests {
    @Test("a short plain sentence closing the story is its last paragraph")
    func shortClosingSentence() {
        let page = """
            HALIFAX -- A woman was taken to hospital Tuesday evening after being struck by a delivery van, according to Halifax police.

            The collision happened at approximately 6:15 p.m. at an intersection in the 2000-block of Robie Street.

            Police say they were called to the scene after a witness reported a pedestrian lying in the road near the van.

            Once paramedics arrived, they treated the woman for “serious injuries” before taking her to hospital. As of Thursday, she remained in hospital.

            Halifax police say the driver stayed at the scene and is cooperating, and that speed does not appear to have been a factor in the collision.

            The investigation is continuing.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).last == "The investigation is continuing.", "\(item.body.map(\.text))")
    }

    @Test("a trailer of four words that names who reported stays a trailer")
    func shortTrailer() {
        let page = """
            Pedestrian hurt in Halifax collision

            HALIFAX -- A woman was taken to hospital Tuesday evening after being struck by a delivery van, according to Halifax police.

            Police say they were called to the scene after a witness reported a pedestrian lying in the road near the van.

            Reporting by Anne Brandt.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(storyParagraphTexts(item).allSatisfy { !$0.hasPrefix("Reporting by") }, "\(item.body.map(\.text))")
    }

    @Test("the headline repeated under the story is no related link")
    func headlineRepeatedUnderTheStory() {
        let page = """
            Woman taken to hospital after ‘serious crash’ in Torry

            A 52-year-old woman was taken to hospital following a “serious crash” on a street in the Torry area of Aberdeen.
            Emergency services were called to Victoria Road following reports of a collision at around 5.10pm yesterday.
            The woman was found injured and was taken to Aberdeen Royal Infirmary for treatment.
            It is understood the road was closed for several hours while officers examined the scene.
            A police spokesman said: “Around 5.10pm on Thursday, police were called to Victoria Road, in the Torry area of Aberdeen, following a crash involving a car and a pedestrian.
            “She was taken to Aberdeen Royal Infirmary for treatment and inquiries are ongoing.”
            Conversation
            Comments are currently disabled as they require cookies and it appears you've opted out of cookies on this site. To participate in the conversation, please adjust your cookie preferences in order to enable comments.
            Woman taken to hospital after ‘serious crash’ in Torry
            Conversation
            """
        let item = PlainTextReader().read(text: page).item
        let related = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title } else { return nil }
        }
        #expect(related.isEmpty, "\(related)")
        #expect(storyParagraphTexts(item).count == 6, "\(item.body.map(\.text))")
    }
}
