import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Head and foot lines met in session 35 on pages written in the manner of CNBC, KARE 11 and The Guardian: an author
/// signed with a handle or an outlet in brackets, a summary box's label under a time stamp, the topic tags' label.
@Suite struct BylineHandleAndBoxLabelTests {
    private static let cnbcPage = """
        Stocks rise as investors look ahead to Friday's jobs report

        Published Thu, Dec 4 2026 9:41 AM EST
        Updated Thu, Dec 4 2026 4:12 PM EST

        Samantha Subin @SamanthaSubin

        Key Points
        The S&P 500 gained 0.6% and the Nasdaq Composite added 0.9%.
        Nvidia shares rose 3% after the chipmaker announced a new partnership with Oracle.

        Stocks rose on Thursday as investors looked ahead to the November jobs report due Friday morning.

        The S&P 500 gained 0.6% to close at 6,912.44, while the Nasdaq Composite added 0.9% to 23,480.11.

        Nvidia led the gains after the company said it would supply chips for a new Oracle data center in Texas.
        """

    @Test("\"Samantha Subin @SamanthaSubin\" signs the story; the summary box's \"Key Points\" under the time stamp is no author")
    func handleSignsAndBoxLabelDoesNot() {
        #expect(RoleRules.nameBeforeHandle("Samantha Subin @SamanthaSubin") == "Samantha Subin")
        #expect(RoleRules.nameBeforeHandle("Email me at jane@example.com") == nil)
        let item = PlainTextReader().read(text: Self.cnbcPage).item
        #expect(item.bylines == ["Samantha Subin"], "\(item.bylines)")
        #expect(item.paragraphTexts.first?.hasPrefix("Stocks rose on Thursday") == true, "\(item.paragraphTexts)")
    }

    @Test("\"Author: Jennifer Hoff (KARE 11)\": the station in brackets is no part of the name, nor its number a date")
    func outletInBracketsAfterTheName() {
        let page = """
            Minneapolis City Council approves budget after marathon session

            Author: Jennifer Hoff (KARE 11)
            Published: 11:58 PM CST December 3, 2026

            MINNEAPOLIS — After more than seven hours of debate, the Minneapolis City Council voted 9-4 late Wednesday to approve a budget.

            The spending plan includes money to hire 40 new officers for the Minneapolis Police Department.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Jennifer Hoff"], "\(item.bylines)")
    }

    @Test("\"Explore more on these topics\" labels The Guardian's topic tags: no related link")
    func topicTagsLabel() {
        let page = """
            Thames Water given more time to secure rescue deal

            Anna Isaac

            Britain's biggest water company, Thames Water, has been given until the end of March to agree a rescue deal with its creditors.

            The company, which serves 16 million customers in London and the Thames Valley, has debts of about £17bn.

            Explore more on these topics
            Thames Water
            Water industry
            Ofwat
            """
        #expect(RoleRules.opensWithTagLabel("Explore more on these topics"))
        let item = PlainTextReader().read(text: page).item
        #expect(!item.links.contains { $0.title?.hasPrefix("Explore more") == true }, "\(item.links)")
        #expect(!item.paragraphTexts.contains { $0.hasPrefix("Explore more") })
    }

    @Test("\"Jonathan Amos\" over \"BBC News, Cardiff\": the name is the byline, the outlet and the town under it")
    func nameOverOutletAndTown() {
        let page = """
            Storm Bram: Thousands without power as winds hit 90mph

            8 hours ago

            Share
            Save

            Jonathan Amos
            BBC News, Cardiff

            Thousands of homes in Wales and the west of England are without power after Storm Bram brought winds of up to 90mph overnight.

            The Met Office issued an amber warning for wind covering most of Wales until 18:00 GMT.
            """
        #expect(PlainTextReader().read(text: page).item.bylines == ["Jonathan Amos"])
    }

    @Test("\"Shawn Jeffords · CBC News · Posted: …\": the name before the first separator of the head's parts line is the byline")
    func nameBeforeTheParts() {
        #expect(RoleRules.nameBeforeSeparator("Shawn Jeffords · CBC News · Posted: Dec 04, 2026") == "Shawn Jeffords")
        #expect(RoleRules.nameBeforeSeparator("No separator here") == nil)
        let page = """
            Ontario to spend $2B on new nuclear reactors at Darlington

            Province says small modular reactors will power 1.2 million homes

            Shawn Jeffords · CBC News · Posted: Dec 04, 2026 5:00 AM EST | Last Updated: 6 hours ago

            Ontario will spend $2 billion to build three more small modular reactors at the Darlington nuclear site east of Toronto.

            Energy Minister Stephen Lecce said the reactors would be operating by 2035.
            """
        #expect(PlainTextReader().read(text: page).item.bylines == ["Shawn Jeffords"])
    }
}
