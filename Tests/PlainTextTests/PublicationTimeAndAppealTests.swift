import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A page's publication time where the byline stands, a lead opening in capitals, and what stands under the story — a
/// reader-support box, the contributors' line (session 42, pages written in the manner of a Seattle daily, a Jamaican
/// daily, an Irish news site, a Nigerian national site and a wire service's web page).
@Suite struct PublicationTimeAndAppealTests {
    /// A page in the manner of an Irish news site: its lead opens in capitals.
    private static let limerickPage = """
        Gardaí investigating after man (40s) dies in Limerick city assault

        GARDAÍ ARE INVESTIGATING after a man in his 40s died following an assault in Limerick city last night.

        The man was found with serious injuries on Clare Street at around 11.30pm. He was taken to University Hospital Limerick, where he was later pronounced dead.

        Local Fianna Fáil TD Willie O'Dea said the community was "shocked and saddened".
        """

    @Test("\"Dec. 4, 2026 at 3:10 pm Updated Dec. 4, 2026 at 6:02 pm\" is when, not who: the author is under the caption")
    func publicationTimesAreNoByline() {
        let page = """
            Boeing to add 2,000 jobs at Everett plant as 777X deliveries near

            Dec. 4, 2026 at 3:10 pm Updated Dec. 4, 2026 at 6:02 pm

            The first 777X for Lufthansa sits outside the Everett assembly plant in November. (Ellen M. Banner / The Seattle Times)

            By Dominic Gates
            Seattle Times aerospace reporter

            Boeing will hire about 2,000 more mechanics and engineers in Everett over the next year as it prepares to deliver the first 777X jets to Lufthansa and Emirates, the company said Wednesday.

            The hiring reverses two years of cuts at the Snohomish County site, where the workforce fell below 30,000 for the first time since 2004.

            Boeing shares rose 2.3% to $214.50 on the New York Stock Exchange.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Dominic Gates"], "\(item.bylines)")
    }

    @Test("\"Published:Thursday | December 4, 2026 | 12:07 AM\" over \"Jovan Johnson/Senior Gleaner Writer\": the second is the byline")
    func labelledPublicationTimeOverTheAuthor() {
        let page = """
            News

            Holness announces $2b for road repairs in St Thomas after hurricane

            Published:Thursday | December 4, 2026 | 12:07 AM
            Jovan Johnson/Senior Gleaner Writer

            Prime Minister Andrew Holness has announced a $2-billion programme to repair roads in St Thomas damaged during Hurricane Melissa in October.

            Speaking at a press briefing in Morant Bay on Wednesday, Holness said the National Works Agency would begin work before Christmas.

            The NWA said motorists should expect delays along the corridor until March.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Jovan Johnson"], "\(item.bylines)")
    }

    @Test("\"Readers like you are keeping these stories free …\" and the box's text under it are no paragraphs")
    func readerSupportBoxIsNoStory() {
        // (The literal opens with two empty lines: a blank line between the story's last paragraph and the box.)
        let page =
            Self.limerickPage + """


                Readers like you are keeping these stories free for everyone...
                A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article. Over 5,000 readers like you have already stepped up and support us with a monthly payment or a once-off donation.
                """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(texts.last?.hasPrefix("Local Fianna Fáil TD") == true, "\(texts)")
    }

    @Test("\"Support PREMIUM TIMES' journalism …\" over the box's paragraph: neither a heading nor a paragraph")
    func supportHeadingAndItsParagraph() {
        let page = """
            INEC fixes date for Kogi governorship rerun

            By Abdulqudus Ogundapo

            The Independent National Electoral Commission (INEC) has fixed 16 January for the rerun of the Kogi governorship election in 28 polling units.

            The commission's spokesperson, Sam Olumekun, announced this in a statement on Thursday in Abuja.

            The Peoples Democratic Party (PDP) and its candidate, Dino Melaye, had challenged the victory of Governor Usman Ododo.

            Support PREMIUM TIMES' journalism of integrity and credibility

            At Premium Times, we firmly believe in the importance of high-quality journalism. Recognizing that not everyone can afford costly news subscriptions, we are dedicated to delivering meticulously researched, fact-checked news that remains freely accessible to all.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Support") || $0.hasPrefix("At Premium Times") }, "\(texts)")
    }

    @Test("\"GARDAÍ ARE INVESTIGATING after …\" under the headline: the lead in capitals opens the story, no standfirst")
    func capitalisedLeadInIsTheLead() {
        let item = PlainTextReader().read(text: Self.limerickPage).item
        let texts = item.body.map(\.text)
        #expect(texts.first?.hasPrefix("GARDAÍ ARE INVESTIGATING") == true, "\(texts)")
        #expect(texts.count == 3, "\(texts)")
        #expect(RoleRules.opensWithCapitalisedLeadIn("A PRIVATE motion brought by Independent Senator Amrita Deonarine was defeated."))
        #expect(!RoleRules.opensWithCapitalisedLeadIn("NEW YORK (AP) — Stocks fell on Wall Street on Tuesday."))
        #expect(!RoleRules.opensWithCapitalisedLeadIn("WASHINGTON — President Joe Biden said on Tuesday that talks would go on."))
    }

    @Test("\"Associated Press writers … contributed.\" under \"___\" is a trailer, not the story's last paragraph")
    func contributorsLineIsATrailer() {
        let page = """
            Wildfire forces evacuations near Malibu as Santa Ana winds return

            MALIBU, Calif. (AP) — A wildfire driven by strong Santa Ana winds forced thousands of people to flee their homes near Malibu on Thursday, officials said.

            Los Angeles County Fire Chief Anthony Marrone said more than 1,500 firefighters were battling the blaze.

            "The winds are the enemy today," Marrone said at a news conference.

            ___

            Associated Press writers Stefanie Dazio in Los Angeles and Julie Watson in San Diego contributed.
            """
        let item = PlainTextReader().read(text: page).item
        let texts = item.body.map(\.text)
        #expect(texts.count == 3, "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("Associated Press writers") }, "\(texts)")
    }
}
