import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Players, picture labels and promotions met in session 36 on pages written in the manner of Fox News, NPR, The Hindu,
/// the Straits Times and El País.
@Suite struct PlayerAndPictureLabelTests {
    @Test("\"Video\" and the video's title and description set under it are neither the story's text nor its standfirst")
    func videoPlayerInTheHead() {
        let page = """
            Wildfire forces evacuations in Southern California

            close
            Video
            Wildfire spreads near Los Angeles
            Firefighters battle flames as winds pick up. Watch the latest on Foxnews.com.

            VENTURA, Calif. – Thousands of residents were ordered to leave their homes on Tuesday as a wildfire spread through the hills.

            Officials said more than 400 firefighters were working to contain the blaze.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.count == 2, "\(item.paragraphTexts)")
        #expect(!item.descriptions.contains { $0.text.contains("Firefighters battle") }, "\(item.descriptions)")
    }

    @Test("\"Enlarge this image\" / caption / credit / \"hide caption\" / \"toggle caption\" / credit: one picture")
    func enlargedPicture() {
        let page = """
            Scientists find water ice deposits near the moon's south pole

            December 4, 2026 5:00 AM ET

            Heard on Morning Edition

            Geoff Brumfiel

            Enlarge this image
            An image of the moon's south pole taken by NASA's Lunar Reconnaissance Orbiter.
            NASA/GSFC/Arizona State University
            hide caption
            toggle caption
            NASA/GSFC/Arizona State University

            Scientists say they have found large deposits of water ice in craters near the moon's south pole, a discovery that could help future astronauts live on the lunar surface.

            The findings, published Wednesday in the journal Science, are based on data from India's Chandrayaan-3 mission and NASA's Lunar Reconnaissance Orbiter.

            "It's more ice than we expected," says Noah Petro, a project scientist at NASA's Goddard Space Flight Center in Maryland.

            NASA plans to land astronauts near the south pole as part of its Artemis program later this decade.

            Copyright 2026 NPR
            """
        let item = PlainTextReader().read(text: page).item
        #expect(
            item.pictures.first?.caption == "An image of the moon's south pole taken by NASA's Lunar Reconnaissance Orbiter.",
            "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "NASA/GSFC/Arizona State University", "\(item.pictures)")
        #expect(item.descriptions.isEmpty, "\(item.descriptions)")
    }

    @Test("\"Caption. File | Photo Credit: X\": the file marker is no part of the caption")
    func fileMarkerAfterTheCaption() {
        let split = PictureCredit.split("Farmers protest near the Shambhu border on Tuesday. File | Photo Credit: Akhilesh Kumar")
        #expect(split.caption == "Farmers protest near the Shambhu border on Tuesday.", "\(split)")
        #expect(split.credit == "Akhilesh Kumar", "\(split)")
    }

    @Test("a name over a line that is only a journalist's post signs the story, whichever the model took for the author")
    func nameOverItsPost() {
        let page = """
            Changi Airport to add 50 new flights a week from March

            Ong Hwee Leng
            Senior Aviation Correspondent
            Dec 2, 2026, 05:00 PM

            SINGAPORE – Changi Airport will add 50 new weekly flights from March, the Civil Aviation Authority said on Dec 2.

            The new services will connect Singapore with six cities in China and India.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines == ["Ong Hwee Leng"], "\(item.bylines)")
    }

    @Test("a call to subscribe in Spanish closing the page is no paragraph: \"Únete a EL PAÍS para …\"")
    func subscriptionCallInSpanish() {
        #expect(RoleRules.isPromotion("Únete a EL PAÍS para seguir toda la actualidad y leer sin límites."))
        #expect(RoleRules.isPromotion("Подписывайтесь на наш канал в Telegram"))
        #expect(!RoleRules.isPromotion("Únicamente el Gobierno puede aprobar el decreto, según fuentes del ministerio."))
    }

    @Test("where the model finds no text, the short sentences after the first long one are the story's too")
    func shortSentencesOfAPageTheModelFindsNoTextIn() {
        let page = """
            Flood warnings issued for three counties

            Heavy rain is expected to continue through Sunday, forecasters said.

            The Met Office issued amber warnings for Cumbria, Lancashire and North Yorkshire on Saturday.

            Emergency services said they had rescued 40 people from cars and homes.

            Roads in the north are already closed.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.paragraphTexts.last == "Roads in the north are already closed.", "\(item.paragraphTexts)")
        #expect(item.paragraphTexts.count == 4, "\(item.paragraphTexts)")
    }

    @Test("\"(AAP)\" under the byline is the story's source, not a picture's credit")
    func agencyUnderTheByline() {
        let page = """
            Unemployment rate falls to 3.9 per cent

            Colin Brinsden
            (AAP)

            Australia's unemployment rate fell to 3.9 per cent in November as 40,000 jobs were added, the Bureau of Statistics said.

            Economists had expected the rate to stay at 4.1 per cent.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.bylines == ["Colin Brinsden"], "\(item.bylines)")
        #expect(item.infoSources.contains { $0.name == "AAP" }, "\(item.infoSources)")
    }

    @Test("the tabloids' \"PICTURED:\" opens a caption, and their tip line closes no story")
    func tabloidCaptionLabelAndTipLine() {
        #expect(
            PictureCredit.split("PICTURED: Helen Worth at the British Soap Awards in 2023").caption
                == "Helen Worth at the British Soap Awards in 2023")
        #expect(RoleRules.isPromotion("Do you have a story for The Sun news desk?"))
        #expect(RoleRules.isPromotion("Email us at tips@the-sun.co.uk or call 0207 782 4104."))
        #expect(!RoleRules.isPromotion("Email records show the minister knew of the plan in March."))
    }
}
