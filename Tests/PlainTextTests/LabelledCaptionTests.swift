import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Captions labelled "Image:" (the ABC's pages, and the copy of Notre Dame's fire GOLD-README names): the label says
/// what the line is, the caption follows it, the credit closes it in brackets.
@Suite struct LabelledCaptionTests {
    static let page = """
        Notre Dame: Paris cathedral spire collapses in huge fire

        By Kim Willsher in Paris

        Image: Flames and smoke billow from the roof of Notre Dame cathedral in Paris on Monday evening. (Reuters: Benoit Tessier)

        A huge fire has swept through the roof of Notre Dame cathedral in Paris, causing its spire to collapse.

        Thousands of people watched from the banks of the Seine as the flames tore through the 850-year-old building, one of the most visited monuments in Europe.

        Image: The spire of the cathedral toppled about an hour after the fire broke out. (AP: Thibault Camus)

        Officials said the fire could be linked to renovation work that was under way on the roof. The Paris prosecutor's office has opened an inquiry.

        French President Emmanuel Macron, who cancelled a televised address to the nation, said he was deeply saddened to see "this part of all of us" burn.

        "Notre Dame is our history, our literature, our imagination," Mr Macron told reporters outside the cathedral. "We will rebuild it together."

        Image: YouTube video shows the moment the spire fell as crowds gasped. (YouTube: Le Parisien)

        The Paris mayor, Anne Hidalgo, said firefighters were trying to save the artworks stored inside.

        A spokesman for the cathedral, Andre Finot, said the wooden frame of the roof was burning and that nothing would be left of it.

        Image: Firefighters battle the blaze from the Quai de Montebello. (Reuters: Charles Platiau)

        The fire brigade said it was not yet sure whether the stone vault would hold.

        US President Donald Trump said on Twitter that "perhaps flying water tankers could be used to put it out", a suggestion the French civil security service rejected.

        Topics: fires, religion-and-beliefs, france
        """

    @Test("\"Image: CAPTION (CREDIT)\" gives the caption without its label and the credit, one picture a line")
    func captionAfterItsLabel() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.pictures.count == 4, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Flames and smoke billow from the roof of Notre Dame cathedral in Paris on Monday evening.")
        #expect(item.pictures.first?.creditline == "Reuters: Benoit Tessier")
        #expect(item.pictures.allSatisfy { $0.caption?.hasPrefix("Image") == false }, "\(item.pictures.map(\.caption))")
        // No caption is a paragraph of the story.
        #expect(!item.body.contains { $0.text.contains("spire fell as crowds gasped") }, "\(item.body)")
    }

    @Test("A sentence and an agency's credit (\"… on Tuesday. REUTERS/Umit Bektas\") are a caption, never a subheading")
    func creditedSentenceIsNoHeading() {
        let page = """
            Quake death toll passes 40,000 as hopes fade

            By Jane Doe

            Rescue workers search the rubble in Antakya on Tuesday. REUTERS/Umit Bektas

            The death toll from the earthquakes that struck Turkey and Syria last week passed 40,000 on Wednesday, officials said, as rescue teams began to scale back their search.

            In Antakya, the capital of Hatay province, most buildings in the old town were destroyed and thousands of people are living in tents.

            The United Nations said it would appeal for more than $1bn in aid for survivors in Turkey.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.caption == "Rescue workers search the rubble in Antakya on Tuesday.", "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "REUTERS/Umit Bektas")
        #expect(item.subheadingTexts.isEmpty, "\(item.body)")
    }

    @Test("A promo's summary ending \"Full Article\" (Reuters' 2014 pages) is no picture: the link's words are no credit")
    func linkLabelIsNoCredit() {
        #expect(PictureCredit.trailingCredit(in: "The most striking images of a turbulent year. Full Article") == nil)
        #expect(
            PictureCredit.trailingCredit(in: "Rescue workers search the rubble in Antakya on Tuesday. Getty Images")?.credit
                == "Getty Images")
        let page = """
            Indonesia calls off search for missing jet as weather worsens

            JAKARTA Tue Dec 30, 2014 9:21am IST

            Relatives of passengers on board the missing aircraft wait for news at Juanda airport in Surabaya December 29, 2014.

            Credit: Reuters/Beawiharta

            Photos of the year

            The most striking images of a turbulent year. Full Article

            JAKARTA (Reuters) - Indonesian rescuers suspended the search for a missing AirAsia jet on Tuesday as heavy rain and strong winds lashed the Java Sea.

            Flight QZ8501 lost contact with air traffic control on Sunday morning about halfway through a two-hour flight from Surabaya to Singapore.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Reuters/Beawiharta")
        #expect(!item.pictures.contains { $0.creditline == "Full Article" })
    }
}
