import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Head and foot lines met in session 37 on pages written in the manner of ANSA and Deutsche Welle: a newsroom's
/// signature, a rights notice in the agency's language, topic lists under the story.
@Suite struct NewsroomSignatureTests {
    private static let ansaPage = """
        Manovra, Giorgetti: "Nessuna nuova tassa per le famiglie"

        Il ministro dell'Economia al Senato. Le opposizioni attaccano: "Conti truccati"

        ROMA, 12 novembre 2024, 16:42

        Redazione ANSA

        "Non ci saranno nuove tasse per le famiglie e per le imprese". Lo ha detto il ministro dell'Economia Giancarlo Giorgetti nel corso dell'audizione davanti alle commissioni Bilancio di Camera e Senato.

        Secondo il ministro, la manovra vale circa 30 miliardi di euro e punta a sostenere i redditi medio-bassi.

        La Cgil e la Uil hanno confermato lo sciopero generale del 29 novembre.

        RIPRODUZIONE RISERVATA © Copyright ANSA
        """

    @Test("\"Redazione ANSA\" signs the story; the line over the date is the standfirst, not a picture's caption")
    func newsroomSignsTheStory() {
        let item = PlainTextReader().read(text: Self.ansaPage).item
        #expect(item.bylines == ["Redazione ANSA"], "\(item.bylines)")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.descriptions.first?.text.hasPrefix("Il ministro dell'Economia al Senato") == true, "\(item.descriptions)")
        #expect(item.body.filter(\.isStoryText).count == 3, "\(item.body)")
    }

    @Test("\"RIPRODUZIONE RISERVATA © Copyright ANSA\" is the rights notice, not a picture's credit")
    func rightsReservedInTheAgencysLanguage() {
        let item = PlainTextReader().read(text: Self.ansaPage).item
        #expect(item.rights.copyrightNotice == "RIPRODUZIONE RISERVATA © Copyright ANSA", "\(item.rights)")
        #expect(!item.pictures.contains { $0.creditline?.contains("RISERVATA") == true }, "\(item.pictures)")
    }

    @Test("\"Related topics: …\" under the story is the page's keywords, not a caption")
    func topicListIsNoCaption() {
        let page = """
            Germany: Scholz government agrees on 2025 budget after marathon talks

            After weeks of wrangling, Germany's three-party coalition has agreed on a draft budget.

            Chancellor Olaf Scholz and Finance Minister Christian Lindner presented the deal in Berlin

            Image: Kay Nietfeld/dpa/picture alliance

            The leaders of Germany's governing coalition on Friday announced that they had reached an agreement on the 2025 federal budget.

            The cabinet is expected to approve the draft on July 17 before it goes to the Bundestag.

            Related topics: Olaf Scholz, Christian Lindner, German economy

            jsi/rm (Reuters, dpa, AFP)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Kay Nietfeld/dpa/picture alliance", "\(item.pictures)")
        #expect(!item.pictures.contains { $0.caption?.contains("Related topics") == true }, "\(item.pictures)")
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
    }

    @Test("\"Topics\" on a line of its own: the list under it is the page's keywords, not a related link")
    func topicListUnderItsLabel() {
        let page = """
            OpenAI's Sora video generator leaks after artists protest

            Kyle Wiggers

            A group of artists who had early access to Sora leaked access to the tool on Tuesday in protest.

            OpenAI shut down the access roughly three hours later, a spokesperson said.

            Topics
            AI, Generative AI, OpenAI, Sora
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(!item.body.contains { "\($0)".contains("Generative AI") }, "\(item.body)")
    }

    @Test("\"Key Insights\" and its lines are a summary box; \"(Updates with …)\" is the desk's note, not a link")
    func summaryBoxAndDeskNote() {
        let page = """
            ECB Cuts Rates Again as Lagarde Signals More Easing Ahead

            By Alexander Weber and Jana Randow

            The European Central Bank lowered interest rates for the fourth time this year as the euro-area economy struggles.

            The deposit rate was reduced by a quarter point to 3%, as predicted by all economists in a Bloomberg survey.

            Key Insights
            Officials dropped a pledge to keep borrowing costs "sufficiently restrictive"
            Staff projections see inflation at 2.1% in 2025

            "The direction of travel is clear," ECB President Christine Lagarde told reporters in Frankfurt.

            (Updates with Lagarde comments from fifth paragraph.)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(!item.body.contains { "\($0)".contains("Key Insights") }, "\(item.body)")
        #expect(item.links.isEmpty, "\(item.links)")
        #expect(item.editorialNotes.contains("(Updates with Lagarde comments from fifth paragraph.)"), "\(item.editorialNotes)")
    }

    @Test("\"All rights reserved. This material …\" goes on with \"Copyright PUNCH.\"; a name and town under the headline sign it")
    func rightsNoticeGoesOn() {
        let page = """
            Tinubu signs 2025 budget into law

            Olugbenga Adanikin, Abuja

            President Bola Tinubu on Friday signed the 2025 Appropriation Bill into law at the Presidential Villa, Abuja.

            The Nigeria Labour Congress had threatened to embark on a strike over the delay.

            Copyright PUNCH.
            All rights reserved. This material may not be reproduced, published, broadcast, rewritten or redistributed without prior express written permission from PUNCH.
            """
        let item = PlainTextReader().read(text: page).item
        // The name and town under the headline sign the story; the headline stays the first line.
        #expect(item.headline == "Tinubu signs 2025 budget into law", "\(item.headline ?? "")")
        #expect(item.bylines == ["Olugbenga Adanikin"], "\(item.bylines)")
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
        #expect(item.rights.copyrightNotice?.hasPrefix("Copyright PUNCH. All rights reserved.") == true, "\(item.rights)")
    }
}
