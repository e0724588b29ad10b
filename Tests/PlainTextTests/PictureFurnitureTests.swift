import Foundation
import NewsModel
import TestSupport
import Testing

@testable import PlainText

/// Page furniture met in session 38 on pages written in the manner of Zeit Online and the BBC: the time of publication
/// with the sources after it, a picture set inside the story credit first, and a standfirst under the time stamp.
@Suite struct PictureFurnitureTests {
    private static let zeitPage = """
        Bahnstreik: GDL kündigt neuen Warnstreik im Güterverkehr an

        Die Lokführergewerkschaft will ab Mittwochabend den Güterverkehr bestreiken. Im Personenverkehr soll es am Donnerstag losgehen. Die Deutsche Bahn nennt den Streik "völlig überzogen".

        Aktualisiert am 5. März 2024, 14:21 Uhr Quelle: ZEIT ONLINE, dpa, AFP, tst

        Ein ICE steht im Hauptbahnhof Frankfurt am Main. © Boris Roessler/dpa

        Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat einen neuen Streik bei der Deutschen Bahn angekündigt. Im Güterverkehr soll der Ausstand am Mittwoch um 18 Uhr beginnen, im Personenverkehr am Donnerstag um 2 Uhr, teilte die Gewerkschaft in Frankfurt am Main mit. Der Streik soll 35 Stunden dauern.

        GDL-Chef Claus Weselsky sagte, die Bahn habe kein verhandlungsfähiges Angebot vorgelegt. "Wir werden nicht länger warten", sagte Weselsky der Nachrichtenagentur dpa.

        Bahn-Personalvorstand Martin Seiler kritisierte den Streik scharf. Die GDL lasse Millionen Pendler im Stich, sagte Seiler in Berlin.

        Verkehrsminister Volker Wissing (FDP) rief beide Seiten auf, an den Verhandlungstisch zurückzukehren. Auch der Fahrgastverband Pro Bahn forderte eine Schlichtung.

        Mehr zum Thema
        Bahnstreik: Was Reisende jetzt wissen müssen

        Die Tarifverhandlungen laufen seit November. Die GDL fordert unter anderem eine Verkürzung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich.
        """

    private static let bbcPage = """
        Storm Darragh: Thousands without power as amber warning remains

        2 hours ago

        Share
        Save

        Laura Foster
        BBC News, Cardiff

        Image caption,
        A fallen tree blocked a road in Caerphilly on Saturday morning

        About 45,000 homes in Wales are without power after Storm Darragh brought winds of up to 93mph overnight.

        The Met Office has issued an amber warning for wind across much of Wales and western England until 18:00 GMT.

        Natural Resources Wales said 12 flood warnings were in place, mostly along the River Wye.

        National Grid said engineers were working to restore supplies "as quickly as it is safe to do so".

        Getty Images
        Waves crashed over the sea wall in Aberystwyth

        Transport for Wales cancelled all trains on the Heart of Wales line, and the Severn Bridge was closed to traffic.

        First Minister Eluned Morgan thanked emergency workers and urged people to stay at home.

        More on this story
        Storm warnings issued as Darragh heads for UK
        What is the difference between yellow, amber and red weather warnings?
        """

    @Test("\"Aktualisiert am 5. März 2024, 14:21 Uhr Quelle: ZEIT ONLINE, dpa, …\" is the time stamp, not a picture")
    func publicationTimeWithSourcesIsNoPicture() {
        let item = PlainTextReader().read(text: Self.zeitPage).item
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.caption == "Ein ICE steht im Hauptbahnhof Frankfurt am Main.", "\(item.pictures)")
        #expect(!item.pictures.contains { $0.caption?.hasPrefix("Aktualisiert") == true }, "\(item.pictures)")
        #expect(item.body.filter(\.isStoryText).count == 5, "\(item.body)")
    }

    @Test("\"Getty Images\" over \"Waves crashed over the sea wall …\": a credit over its caption, not a subheading")
    func creditAboveItsCaption() {
        let item = PlainTextReader().read(text: Self.bbcPage).item
        let picture = item.pictures.first { $0.creditline == "Getty Images" }
        #expect(picture?.caption == "Waves crashed over the sea wall in Aberystwyth", "\(item.pictures)")
        #expect(!item.body.contains { if case .subheading = $0 { true } else { false } }, "\(item.body)")
        #expect(item.body.filter(\.isStoryText).count == 6, "\(item.body)")
    }

    @Test("The standfirst under the page's time stamp, over the byline, is no caption (\"Updated / Tuesday, …\")")
    func standfirstUnderTheTimeStamp() {
        let page = """
            Taoiseach says housing targets will be met despite slowdown

            Updated / Tuesday, 14 May 2024 18:42

            Simon Harris said the Government remains committed to building 33,000 homes this year

            By Paul Cunningham
            Political Correspondent

            Taoiseach Simon Harris has insisted the Government will meet its target of 33,000 new homes this year, despite figures showing a fall in construction activity in the first quarter.

            Speaking in Dublin, Mr Harris said the number of commencement notices had risen sharply in recent months. "The pipeline is strong," he said.

            Sinn Féin's housing spokesperson Eoin Ó Broin said the Government had "lost control" of the housing crisis. The Central Statistics Office reported that 6,000 homes were completed between January and March, down 11% on the same period last year.

            Minister for Housing Darragh O'Brien is due to bring proposals to Cabinet next week to extend the vacant property refurbishment grant.

            The Irish Home Builders Association said higher costs were delaying projects in Cork, Galway and Limerick.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(
            item.descriptions.first { $0.role == "drol:summary" }?.text
                == "Simon Harris said the Government remains committed to building 33,000 homes this year", "\(item.descriptions)")
        #expect(item.bylines == ["Paul Cunningham"], "\(item.bylines)")
    }

    @Test("\"… yesterday. - Rudolph Brown/Photographer\": the dash before the credit is no part of it")
    func dashBeforeTheCredit() {
        let page = """
            Holness announces back-to-school grant for families on welfare programme

            Published: Wednesday | August 21, 2024 | 12:08 AM

            Jovan Johnson/Senior Staff Reporter

            Prime Minister Andrew Holness speaking at a press briefing at Jamaica House yesterday. - Rudolph Brown/Photographer

            Prime Minister Andrew Holness has announced that families on the welfare programme will receive a one-time grant for each child going back to school.

            Opposition Leader Mark Golding said the grant was "too little, too late".
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "Rudolph Brown/Photographer", "\(item.pictures)")
        #expect(
            item.pictures.first?.caption == "Prime Minister Andrew Holness speaking at a press briefing at Jamaica House yesterday.",
            "\(item.pictures)")
        #expect(PictureCredit.withoutLeadingDash("— AP") == "AP" && PictureCredit.withoutLeadingDash("-") == "-")
        #expect(PictureCredit.withoutLeadingDash("Anne-Marie Duff/PA") == "Anne-Marie Duff/PA")
    }

    @Test("\"Care of Harbor View Associates LLC\" alone under the byline is a picture's credit, whatever the model said")
    func courtesyLineIsACredit() {
        let page = """
            News

            Waterfront rezoning plan plagues councilmember's re-election bid

            By Dana Ortiz and Sam Lee
            Published Nov 8, 2023

            Care of Harbor View Associates LLC

            A controversial rezoning proved to be a central issue in a heated City Council race on the waterfront, where the incumbent faced a strong challenger.

            The plan allows for 350 new apartments to be built along a stretch of the harbour, 99 of which would have rents capped.
            """
        // As the model fitted without the web pages' family read it (held out): the credit as the lead.
        let roles = PlainTextReader.applyingRoleRules(
            to: Array(page.utf8), modelRoles: [.other, .headline, .byline, .other, .body, .body, .body])
        #expect(roles.count == 7 && roles[4] == .credit, "\(roles)")
        #expect(roles.count == 7 && roles[5] == .body && roles[6] == .body, "\(roles)")
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.first?.creditline == "Care of Harbor View Associates LLC", "\(item.pictures)")
    }
}
