import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Conventions of broadcasters' sites met in session 33 on copy written in the manner of Deutsche Welle's English pages
/// (the closing metadata block, "DW recommends") and NPR's (a date line, a programme label and the reporter's name in the
/// head; section names over related stories).
@Suite struct BroadcasterPageTests {
    static let dwPage = """
        Germany's far-right AfD elects new leadership duo

        The far-right Alternative for Germany has chosen a new pair of leaders at its party conference in Braunschweig. The vote signals a shift in the party's direction, analysts say.

        Delegates of the Alternative for Germany (AfD) on Saturday elected Tino Chrupalla and Jörg Meuthen as the party's co-chairs at a conference in the northern city of Braunschweig.

        Chrupalla, a painter and decorator from the eastern state of Saxony, won 54.5% of the votes in a run-off against Gottfried Curio, a member of the Bundestag from Berlin.

        Meuthen, a member of the European Parliament, was re-elected with 69% of the vote.

        Protests outside the venue

        Around 10,000 people protested outside the conference hall on Saturday morning, according to police. Several hundred demonstrators tried to block access roads to the venue.

        "We want to show that Braunschweig is a city of diversity," one of the organizers told DW.

        The AfD entered the Bundestag for the first time in 2017 and is now the largest opposition party.

        DW recommends

        AfD: What you need to know about Germany's far-right party

        Germany's AfD: A party divided

        Eastern wing gains ground

        Political scientist Hajo Funke of the Free University of Berlin said the result showed the growing influence of the party's nationalist eastern wing.

        "The moderate forces in the party have lost," Funke told the Reuters news agency.

        Date 30.11.2019

        Author Ben Knight

        Related Subjects Alternative for Germany (AfD), Germany

        Keywords AfD, far-right, Braunschweig, Tino Chrupalla, Jörg Meuthen

        Send us your feedback

        Print Print this page

        Permalink https://p.dw.com/p/3TxQk
        """

    static let nprPage = """
        Politics

        Senate passes stopgap bill to avert shutdown, sending it to the president

        December 3, 2026 11:42 PM ET

        Heard on All Things Considered

        Claudia Grisales

        Enlarge this image

        Senate Majority Leader John Thune speaks to reporters at the Capitol on Wednesday.
        Kevin Dietsch/Getty Images

        The Senate voted 71-28 late Wednesday to approve a stopgap spending bill that keeps the government funded through the end of January, sending the measure to President Trump hours before a midnight deadline.

        The House passed the bill earlier in the day with support from both parties. The president is expected to sign it.

        "Nobody wanted a shutdown before the holidays," Senate Majority Leader John Thune, R-S.D., said on the Senate floor. "This gives us the time we need to finish the full-year bills."

        Democrats had pushed for an extension of health care subsidies that expire at the end of the year, but the final bill does not include it.

        Senate Minority Leader Chuck Schumer, D-N.Y., said Democrats would keep fighting for the subsidies in January.

        What's in the bill

        The measure funds federal agencies at current levels and includes $4 billion in disaster aid for communities hit by hurricanes in Florida and North Carolina.

        It also extends a farm bill that lapsed in September.

        Related Stories

        Politics
        House GOP unveils stopgap plan as shutdown deadline nears

        Politics
        What a government shutdown would mean for federal workers

        The Pentagon had warned that a shutdown would delay paychecks for hundreds of thousands of troops.

        Facebook
        Flipboard
        Email
        """

    @Test("DW's closing \"Author Ben Knight\" is the byline; \"Related Subjects\" and \"Keywords\" lines are tags, no links")
    func dwClosingMetadata() {
        let item = PlainTextReader().read(text: Self.dwPage).item
        #expect(item.bylines == ["Ben Knight"], "\(item.bylines)")
        #expect(!item.links.contains { $0.title?.hasPrefix("Related Subjects") == true || $0.title?.hasPrefix("Keywords") == true })
    }

    @Test("\"DW recommends\" labels a box of related links; it is no subheading of the story")
    func dwRecommends() {
        let item = PlainTextReader().read(text: Self.dwPage).item
        let headings = item.body.compactMap { block -> String? in
            if case .subheading(let text, _) = block { return text }
            return nil
        }
        #expect(!headings.contains("DW recommends"), "\(headings)")
        #expect(item.links.map(\.title).contains("AfD: What you need to know about Germany's far-right party"))
    }

    @Test("NPR's head: the date line names no one; the reporter's name under it and a programme label is the byline")
    func nprHead() {
        let item = PlainTextReader().read(text: Self.nprPage).item
        #expect(item.bylines == ["Claudia Grisales"], "\(item.bylines)")
        #expect(ArticleAssembly.namesBeforeDate("December 3, 2026 11:42 PM ET") == nil)
        #expect(ArticleAssembly.namesBeforeDate("Last updated 12:05 GMT") == nil)
        #expect(ArticleAssembly.namesBeforeDate("Reuters November 18, 2019 11:03 PM")?.names == "Reuters")
    }

    @Test("a section's name set over each related story's title is no related link")
    func sectionNamesOverRelatedTitles() {
        let item = PlainTextReader().read(text: Self.nprPage).item
        #expect(
            item.links.map(\.title) == [
                "House GOP unveils stopgap plan as shutdown deadline nears", "What a government shutdown would mean for federal workers",
            ], "\(item.links)")
    }

    static let bbcPage = """
        Coronavirus: New York hospitals brace for surge in cases

        * 10 April 2020

        Related Topics
        * Coronavirus pandemic

        Image copyright Getty Images
        Image caption A field hospital has been set up in Central Park

        Hospitals in New York City are preparing for a surge in coronavirus patients as the state recorded its highest single-day death toll.

        Governor Andrew Cuomo said 799 people had died in the past 24 hours, bringing the total in the state to more than 7,000.

        "We are not yet at the apex," Mr Cuomo told a news conference in Albany. "We are still climbing."

        The city's public hospital system has added thousands of beds, and a navy hospital ship, the USNS Comfort, is now treating patients with the virus.

        A city upended

        By Nada Tawfik, BBC News, New York

        The streets of Manhattan, usually packed with commuters and tourists, are eerily quiet. The sound of ambulance sirens is almost constant.

        Many New Yorkers have left for second homes, while those who remain queue outside supermarkets, standing six feet apart.

        Health workers say they are exhausted. One nurse at a Brooklyn hospital told me she had not had a day off in three weeks.

        Mayor Bill de Blasio has warned that the city could run short of ventilators within days.

        Media caption The BBC's Nada Tawfik reports from an empty Times Square

        The US now has more than 460,000 confirmed cases, according to Johns Hopkins University, the highest number in the world.

        What are the symptoms?

        The main symptoms are a fever, a new continuous cough and a loss of taste or smell.

        Source: CDC, Chicago Department of Public Health

        Share this story About sharing

        More on this story

        * Coronavirus: What is the US doing to fight the pandemic?
        9 April 2020
        * How New York became the epicentre of the US outbreak
        8 April 2020
        """

    @Test("the BBC's boxed section signed \"By Nada Tawfik, BBC News, New York\": the author, the outlet the source, no link")
    func bbcSectionByline() {
        let item = PlainTextReader().read(text: Self.bbcPage).item
        #expect(item.bylines == ["Nada Tawfik"], "\(item.bylines)")
        #expect(item.infoSources.compactMap(\.name) == ["BBC News"], "\(item.infoSources)")
    }

    @Test("a video's caption, the share buttons, a factbox's source line and a related story's date are no links or headings")
    func bbcFurniture() {
        let item = PlainTextReader().read(text: Self.bbcPage).item
        #expect(
            item.links.map(\.title) == [
                "Coronavirus: What is the US doing to fight the pandemic?", "How New York became the epicentre of the US outbreak",
            ], "\(item.links)")
        #expect(!item.body.contains { $0.text.hasPrefix("Media caption") }, "\(item.body.map(\.text))")
    }

    static let cnnPage = """
        Hurricane Delia makes landfall in Louisiana as Category 3 storm

        By Jane Holloway and Marcus Reed, CNN

        Updated 6:14 AM ET, Thu October 8, 2026

        STORY HIGHLIGHTS

        * Delia came ashore near Grand Isle with winds of 120 mph
        * More than 400,000 customers are without power
        * Governor says the state is "ready for a long night"

        (CNN) -- Hurricane Delia made landfall near Grand Isle, Louisiana, early Thursday as a Category 3 storm, bringing winds of 120 mph and a storm surge of up to 12 feet, the National Hurricane Center said.

        More than 400,000 homes and businesses were without power across southern Louisiana and Mississippi by dawn, according to PowerOutage.us.

        "We are ready for a long night," Louisiana Gov. Jeff Landry said at a news conference in Baton Rouge on Wednesday evening. "Stay off the roads and stay inside."

        The storm is expected to weaken as it moves inland over the next 24 hours, but forecasters warned of flash flooding as far north as Jackson, Mississippi.

        In New Orleans, the city's levee system was holding, Mayor Helena Moreno said.

        READ: How hurricanes get their names

        The Federal Emergency Management Agency has sent teams and supplies to Louisiana, and President Trump approved an emergency declaration for the state on Tuesday.

        CNN's Sara Lopez and Tom Becker contributed to this report.
        """

    @Test("CNN's \"READ: How hurricanes get their names\" is a related link; a highlight's bullet is no standfirst")
    func cnnInlineTeaserAndHighlights() {
        let item = PlainTextReader().read(text: Self.cnnPage).item
        #expect(item.links.map(\.title) == ["How hurricanes get their names"], "\(item.links)")
        #expect(!item.body.contains { $0.text.hasPrefix("READ") })
        #expect(!item.descriptions.contains { $0.text.hasPrefix("*") }, "\(item.descriptions)")
        #expect(item.body.first?.text.hasPrefix("Hurricane Delia made landfall") == true)
    }

    @Test(
        "a media release's closing \"SOURCE: …\" line is its trailer, no related link (AAP's Medianet release)",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the corpus's superdesk-aap release)"))
    func releaseSourceLineIsTheTrailer() throws {
        let file = try #require(TestPaths.sharedFolder()).appendingPathComponent(
            "corpus/plaintext/superdesk-aap/aap_mediarelease_afsa_insolvencies.txt")
        let item = PlainTextReader().read(try Data(contentsOf: file), file: file.lastPathComponent).item
        #expect(!item.links.contains { $0.title?.hasPrefix("SOURCE") == true }, "\(item.links)")
        #expect(item.editorialNotes.contains("SOURCE: Australian Financial Security Authority"), "\(item.editorialNotes)")
    }
}
