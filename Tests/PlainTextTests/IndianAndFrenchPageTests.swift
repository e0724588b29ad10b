import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Conventions met in session 35 on pages written for these tests in the manner of NDTV, Le Point and The Verge: an
/// agency's inputs credited under the story, a site's closing promotion, a teaser label set before its title without a
/// colon, and an author described after the byline's comma.
@Suite struct IndianAndFrenchPageTests {

    private static let ndtvPage = """
        Opposition Walks Out Of Lok Sabha Over Price Rise

        Opposition members staged a walkout from the Lok Sabha on Friday after Speaker Om Birla refused to suspend Question Hour for a discussion on rising food prices.

        Congress leader Gaurav Gogoi said the government was "running away from the people's questions" and accused the ruling party of ignoring households hit by the cost of onions.

        Parliamentary Affairs Minister Kiren Rijiju said the government was ready for a discussion under the rules.

        The Reserve Bank of India said last week that retail inflation was likely to stay above its target until March.

        (With inputs from PTI)

        Track Latest News Live on NDTV.com and get news updates from India and around the world
        """

    @Test("\"(With inputs from PTI)\" credits the agency's copy: a trailer, as \"With files from The Canadian Press\" is")
    func agencyInputsAreATrailer() {
        for line in ["(With inputs from PTI)", "With inputs from agencies", "(With agency inputs)", "With files from The Canadian Press"] {
            #expect(LineRules.reportingTrailer.matches(in: line), "\(line)")
        }
        // A sentence about inputs is story text.
        #expect(!LineRules.reportingTrailer.matches(in: "With inputs from farmers rising, the ministry cut the subsidy."))
        let item = PlainTextReader().read(text: Self.ndtvPage).item
        #expect(!item.pictures.contains { $0.creditline == "With inputs from PTI" }, "\(item.pictures)")
        #expect(item.paragraphTexts.last?.hasPrefix("The Reserve Bank of India") == true, "\(item.paragraphTexts)")
    }

    @Test("a site's closing promotion (\"Track Latest News Live on NDTV.com …\") is no caption and no story")
    func closingPromotionCaptionsNothing() {
        #expect(RoleRules.isPromotion("Track Latest News Live on NDTV.com and get news updates from India and around the world"))
        #expect(RoleRules.isPromotion("Catch all the Business News, Market News and Latest News Updates on Live Mint."))
        #expect(!RoleRules.isPromotion("Tracking the latest news on the virus is hard, the minister said."))
        let blocks = [
            "Headline", "A story paragraph that says what happened on Friday.", "Track Latest News Live on NDTV.com and get news updates",
        ]
        .map { Block(text: $0, line: 1, lineCount: 1) }
        var roles: [LineRole] = [.headline, .body, .caption]
        RoleRules.sitePromotionIsNoStory(blocks, &roles)
        #expect(roles == [.headline, .body, .other])
        let item = PlainTextReader().read(text: Self.ndtvPage).item
        #expect(!item.pictures.contains { $0.caption?.hasPrefix("Track Latest News") == true }, "\(item.pictures)")
        #expect(!item.paragraphTexts.contains { $0.hasPrefix("Track Latest News") })
    }

    @Test("\"À LIRE AUSSI Budget : …\" (Le Point): a teaser label before its title without a colon links the title")
    func teaserLabelBeforeItsTitleAfterASpace() {
        #expect(
            LineRules.relatedTeaser.match("À LIRE AUSSI Budget : ce que contient le texte du gouvernement")?[1]
                == "Budget : ce que contient le texte du gouvernement")
        #expect(LineRules.relatedTeaser.match("Also read Winter session likely to be stormy")?[1] == "Winter session likely to be stormy")
        // A shouted call to action names no title; a sentence that starts with the words goes on in small letters.
        #expect(!LineRules.relatedTeaser.matches(in: "READ MORE ON FOX BUSINESS BY CLICKING HERE"))
        #expect(!LineRules.relatedTeaser.matches(in: "Read more about the budget in our explainer."))
        let page = """
            Budget 2027 : le gouvernement recourt au 49.3 à l'Assemblée nationale

            Par Julien Moreau

            Le Premier ministre a annoncé jeudi à l'Assemblée nationale le recours à l'article 49.3 pour faire adopter sans vote le budget de l'État.

            « Nous ne pouvons pas laisser le pays sans budget », a déclaré le chef du gouvernement devant des députés houleux.

            À LIRE AUSSI Budget : ce que contient le texte du gouvernement

            Le président du groupe socialiste, Boris Vallaud, a dénoncé « un passage en force de plus ».

            Selon Bercy, le déficit public devrait atteindre 4,7 % du PIB l'an prochain.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.subheadingTexts.isEmpty, "\(item.subheadingTexts)")
        let related = item.links.filter { $0.relation == "irel:seeAlso" }.compactMap(\.title)
        #expect(related == ["Budget : ce que contient le texte du gouvernement"], "\(item.links)")
        #expect(item.paragraphTexts.last?.hasPrefix("Selon Bercy") == true, "\(item.paragraphTexts)")
    }

    @Test("\"By Tom Warren, a senior editor covering …\" (The Verge): the author's description is a note, not a source")
    func authorDescriptionAfterTheBylineIsNoSource() {
        let page = """
            Valve delays its new Steam handheld to spring

            By Tom Warren, a senior editor covering Microsoft, PC gaming, and hardware

            Valve is pushing back the launch of its next Steam handheld until the spring, the company announced on Thursday.

            The delay comes weeks after Nintendo reported record sales of its Switch 2 console.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Tom Warren"])
        #expect(item.infoSources.isEmpty, "\(item.infoSources)")
        #expect(item.preserved.contains { $0.serialized == "a senior editor covering Microsoft, PC gaming, and hardware" })
        // An outlet after the comma is still the source, whatever case its article is written in.
        let signed = PlainTextReader().read(
            text: page.replacingOccurrences(of: "a senior editor covering Microsoft, PC gaming, and hardware", with: "The Associated Press")
        ).item
        #expect(signed.infoSources.map(\.name) == ["The Associated Press"], "\(signed.infoSources)")
    }
}
