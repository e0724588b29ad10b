import Foundation
import NewsModel
import PlainText
import TestSupport
import Testing

@Suite struct LineRoleTests {
    @Test("random bytes are refused as plaintext.binary, not read as a story")
    func binaryInputIsRefused() {
        var random = SplitMix64(seed: 42)
        let bytes = (0..<3072).map { _ in UInt8.random(in: 0...255, using: &random) }
        let (item, diagnostics) = PlainTextReader().read(bytes, file: "noise.bin")
        #expect(diagnostics.contains { $0.id == "plaintext.binary" && $0.severity == .error })
        #expect(item.headline == nil && item.body.isEmpty)
    }

    @Test("Windows-1252 text with umlauts and an IPTC 7901 envelope are still text")
    func textWithEncodingsAndEnvelopeIsNotBinary() {
        var bytes: [UInt8] = [0x01] + Array("ab12 header\r\n".utf8) + [0x02]
        bytes +=
            Array("Stürme über Hamburg\r\n\r\nHAMBURG (dpa) - Der Sturm hat am Montag ".utf8) + [0xFC] + Array("ber Nacht viele B".utf8)
            + [0xE4] + Array("ume entwurzelt, teilte die Feuerwehr mit.\r\n".utf8) + [0x03]
        let (item, diagnostics) = PlainTextReader().read(bytes, file: "dpa.txt")
        #expect(!diagnostics.contains { $0.id == "plaintext.binary" })
        #expect(item.headline == "Stürme über Hamburg")
    }

    @Test("many short lines are never dropped: what is not story text is kept and, past a share, reported")
    func shortLinesAreKeptOrReported() {
        let text = "Council approves harbour budget\n\n" + String(repeating: "Short para.\n\n", count: 5_000)
        let (item, diagnostics) = PlainTextReader().read(Array(text.utf8), file: "short.txt")
        let inBody = item.body.reduce(0) { $0 + ($1.text.isEmpty ? 0 : $1.text.components(separatedBy: "Short para.").count - 1) }
        let inNotes =
            item.preserved.reduce(0) { $0 + $1.serialized.components(separatedBy: "Short para.").count - 1 }
            + item.editorialNotes.reduce(0) { $0 + $1.components(separatedBy: "Short para.").count - 1 }
        #expect(inBody + inNotes == 5_000)
        // The warning stands exactly when more than a third of the text was kept out of the story.
        #expect(
            diagnostics.contains { $0.id == "plaintext.kept-out" && $0.severity == .warning } == (inNotes * 3 > 5_000),
            "\(inNotes) of 5000 kept out")
    }

    @Test("captions keep their credits apart in the shapes news pages use")
    func captionCreditShapes() {
        let cases: [(String, String, String)] = [
            ("A man walks past the station. (AP Photo/Jane Roe)", "A man walks past the station.", "AP Photo/Jane Roe"),
            ("Fans celebrate in the square Credit: EPA", "Fans celebrate in the square", "EPA"),
            ("The harbour at dawn. Photograph: Jan Smit/Getty Images", "The harbour at dawn.", "Jan Smit/Getty Images"),
            ("Die Brücke am Morgen. | Foto: Reuters", "Die Brücke am Morgen.", "Reuters"),
            (
                "A cyclist rides past the plant, November 19, 2019. © Reuters / Ana Diaz",
                "A cyclist rides past the plant, November 19, 2019.", "Reuters / Ana Diaz"
            ),
        ]
        for (line, caption, credit) in cases {
            let article =
                "Storm hits the coast overnight\n\n\(line)\n\nThe storm reached the coast on Monday night and closed the ports, the weather service said in a statement.\n\nRail services were suspended until Tuesday morning, the operator said.\n"
            let (item, _) = PlainTextReader().read(Array(article.utf8), file: "t.txt")
            #expect(item.pictures.first?.caption == caption, "\(line)")
            #expect(item.pictures.first?.creditline == credit, "\(line)")
        }
    }
}

@Suite struct NavigationLabelTests {
    /// A web page as copied from a browser: furniture lines in English and German between the paragraphs.
    static let page = """
        Harbour council approves new ferry timetable

        The harbour council approved a new ferry timetable on Tuesday after a two-hour debate about late-night crossings and fares.

        Advertisement

        Councillors said the change would add four crossings on weekday evenings and cost the city about 1.2 million euros a year.

        Read more

        Ferry operator warns of crew shortage

        Night buses to run until 2am

        The operator's chief executive said staff would be hired over the summer, and that the first new crossings would start in September.

        Image 2 of 5

        Mehr zu diesem Thema:

        * Neue Fähre für den Hafen

        Residents' groups welcomed the decision but asked for lower fares for commuters who cross twice a day.
        """

    @Test("furniture and related-links labels are neither body nor subheadings; the titles after a label are teasers")
    func furnitureAndRelatedLabels() {
        let (item, _) = PlainTextReader().read(Array(Self.page.utf8), file: "ferry.txt")
        let subheadings = item.subheadingTexts
        let paragraphs = item.paragraphTexts
        let teasers = item.body.compactMap { block -> String? in
            if case .relatedTeaser(let link) = block { return link.title }
            return nil
        }
        #expect(subheadings.isEmpty, "\(subheadings)")
        #expect(paragraphs.count == 4, "\(paragraphs)")
        for furniture in ["Advertisement", "Read more", "Image 2 of 5", "Mehr zu diesem Thema"] {
            #expect(!paragraphs.contains { $0.hasPrefix(furniture) })
        }
        #expect(teasers.contains("Ferry operator warns of crew shortage"), "\(teasers)")
        #expect(teasers.contains("Night buses to run until 2am"), "\(teasers)")
    }
}

@Suite struct LinearModelLoadingTests {
    /// The shipped weight files, found beside the sources (the tests run from the package).
    static let modelFiles: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [
            root.appendingPathComponent("Sources/PlainText/Resources/line-roles.model"),
            root.appendingPathComponent("Sources/Entities/Gazetteer/entity-acceptance.model"),
        ]
    }()

    @Test("the prepared line weights (.weights) are what the text weights give, and the shipped model loads them")
    func preparedWeightsEqualTextWeights() throws {
        let lineText = try String(contentsOf: Self.modelFiles[0], encoding: .utf8)
        let linePrepared = try Data(contentsOf: Self.modelFiles[0].deletingPathExtension().appendingPathExtension("weights"))
        #expect(LineRoleModel.prepared(fromText: lineText) == [UInt8](linePrepared), "run newsml-train")
        let fromText = try #require(LineRoleModel(serialized: lineText))
        let shipped = try #require(LineRoleModel.shipped)
        #expect(shipped.weights.hasSameWeights(as: fromText.weights))
        #expect(shipped.featureCount > 500)

        // A prepared file for other roles, cut short or with a byte more is refused (the text form is read instead).
        #expect(LinearModel(prepared: linePrepared, header: LineRoleModel.header, classCount: LineRoleModel.roleCount) != nil)
        #expect(LinearModel(prepared: linePrepared, header: LineRoleModel.header + " extra", classCount: LineRoleModel.roleCount) == nil)
        #expect(LinearModel(prepared: linePrepared.dropLast(4), header: LineRoleModel.header, classCount: LineRoleModel.roleCount) == nil)
        #expect(LinearModel(prepared: linePrepared + [0], header: LineRoleModel.header, classCount: LineRoleModel.roleCount) == nil)
        #expect(LinearModel(prepared: Data(), header: LineRoleModel.header, classCount: LineRoleModel.roleCount) == nil)
    }

    @Test("the hand-written decimal reader gives exactly Float(String) for every shipped weight")
    func decimalsMatchFloatParsing() throws {
        var checked = 0
        for file in Self.modelFiles {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n").dropFirst() {
                for field in line.split(separator: " ").dropFirst() {
                    let expected = try #require(Float(String(field)))
                    var copy = String(field)
                    let parsed = copy.withUTF8 { LinearModel.decimal($0) }
                    #expect(parsed == expected, "\(field)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20_000)
        // Shapes the weights are written in, and what the fast path leaves to Float(String).
        for sample in ["-0.1234", "5.23", "1.5e-05", "-3e+02", "0.0005", "12345", "7.999e-10"] {
            var copy = sample
            #expect(copy.withUTF8 { LinearModel.decimal($0) } == Float(sample), "\(sample)")
        }
        for refused in ["1e", "--1", "1.2.3", "0x10", "1e99"] {
            var copy = refused
            #expect(copy.withUTF8 { LinearModel.decimal($0) } == nil, "\(refused)")
        }
    }

    @Test("the shipped line-role weights load, and write back to the same file")
    func shippedWeightsRoundTrip() throws {
        let text = try String(contentsOf: Self.modelFiles[0], encoding: .utf8)
        let model = try #require(LineRoleModel(serialized: text))
        #expect(model.featureCount > 1000)
        #expect(model.serialized() == text)
    }
}

@Suite struct StoryFormatRuleTests {
    static func blocks(_ text: String) -> (subheadings: [String], paragraphs: [String], headline: String?, rights: String?) {
        let (item, _) = PlainTextReader().read(Array(text.utf8), file: "story.txt")
        return (item.subheadingTexts, item.paragraphTexts, item.headline, item.rights.copyrightNotice)
    }

    @Test("agency-style subheadings in capitals between paragraphs are subheadings; a link line is not one")
    func capitalSubheadings() {
        let story = """
            Thunder edge Lakers in overtime thriller

            OKLAHOMA CITY (AP) — Dennis Schröder scored 31 points and the Thunder beat the Lakers 130-127 in overtime on Wednesday night.

            The Thunder won’t have to wait long for a rematch: these teams meet again in Oklahoma City on Friday night.

            TIP-INS

            Thunder: F Hamidou Diallo missed his third straight game with a left knee sprain after a fall in practice.

            Lakers: Kyle Kuzma left the court in the second quarter with an eye abrasion and did not return to the game.

            UP NEXT

            Thunder: Host the Lakers on Friday, when both teams play the second game of a back-to-back on the road.

            More AP NBA: https://apnews.com/NBA

            Lakers: Visit the Thunder on Friday in the last game of a four-game road trip that started in Denver.
            """
        let read = Self.blocks(story)
        #expect(read.subheadings.contains("TIP-INS"), "\(read.subheadings)")
        #expect(read.subheadings.contains("UP NEXT"), "\(read.subheadings)")
        #expect(!read.subheadings.contains { $0.contains("https://") }, "\(read.subheadings)")
    }

    @Test("a date line is never the headline, a status label comes off it, and a rights line is not story text")
    func headlineAndRightsLines() {
        let story = """
            November 19, 2019 / 12:21 AM / Updated 14 hours ago

            BREAKING: 15-year-old driver killed in crash on turnpike

            MIAMI — A 15-year-old driver was killed and a 14-year-old passenger was critically hurt in a crash early on Wednesday, police said.

            Investigators said the car left the road at high speed and struck a tree near the southbound exit ramp of the turnpike.

            The names of the teenagers were not released, and police asked witnesses to come forward with any information.

            Copyright 2023 Sunbeam Television Corp. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
            """
        let read = Self.blocks(story)
        #expect(read.headline == "15-year-old driver killed in crash on turnpike", "\(read.headline ?? "nil")")
        #expect(!read.paragraphs.contains { $0.hasPrefix("Copyright") }, "\(read.paragraphs)")
        #expect(read.rights?.hasPrefix("Copyright 2023 Sunbeam") == true, "\(read.rights ?? "nil")")
    }
}

extension StoryFormatRuleTests {
    @Test("a short plain sentence after the last paragraph is story text; a reporting line there is the trailer")
    func trailersAreAttributions() {
        let story = """
            Australia and Argentina reach the Davis Cup quarterfinals

            MADRID (AP) — Australia beat Colombia 2-1 on Tuesday behind two singles wins by Nick Kyrgios and Alex de Minaur.

            Argentina comfortably got past Chile 3-0 in its group, with Guido Pella beating Nicolas Jarry in straight sets.

            Kazakhstan also needed the doubles match to beat the Netherlands and clinch its first away win since 2011.

            Colombia had lost to Belgium on Monday.

            (Reporting by Jane Roe; Editing by John Doe)
            """
        let (item, _) = PlainTextReader().read(Array(story.utf8), file: "story.txt")
        #expect(item.paragraphTexts.last == "Colombia had lost to Belgium on Monday.", "\(item.paragraphTexts)")
        #expect(item.editorialNotes.contains("(Reporting by Jane Roe; Editing by John Doe)"), "\(item.editorialNotes)")
    }

    @Test("a sentence between the headline and the byline is the standfirst, not the first paragraph")
    func standfirstAboveTheByline() {
        let story = """
            Louvre buys a Chardin still life with a gift from LVMH

            This will mark the seventh national treasure that the group has helped the museum to purchase.

            By Alexandra Smith • 11/08/23 5:19pm

            For over a year, the Louvre has fought to acquire an 18th-century painting by Jean Siméon Chardin for its collection.

            Now the museum is receiving help from the luxury group, which will pay most of the price of the work.

            The painting was declared a national treasure in 2022, which barred its export while a French buyer was sought.
            """
        let (item, _) = PlainTextReader().read(Array(story.utf8), file: "story.txt")
        #expect(item.paragraphTexts.first?.hasPrefix("For over a year") == true, "\(item.paragraphTexts)")
        #expect(item.descriptions.first { $0.role == "drol:summary" }?.text.hasPrefix("This will mark") == true)
    }

    @Test("the role rules correct a trailer that is a plain sentence and a standfirst read as the lead")
    func ruleCorrections() {
        let ending = """
            Australia and Argentina reach the Davis Cup quarterfinals

            MADRID (AP) — Australia beat Colombia 2-1 on Tuesday behind two singles wins by Nick Kyrgios and Alex de Minaur.

            Colombia had lost to Belgium on Monday.

            (Reporting by Jane Roe; Editing by John Doe)
            """
        let endingRoles = PlainTextReader.applyingRoleRules(to: Array(ending.utf8), modelRoles: [.headline, .body, .trailer, .trailer])
        #expect(endingRoles == [.headline, .body, .body, .trailer])
        let opening = """
            Louvre buys a Chardin still life with a gift from LVMH

            This will mark the seventh national treasure that the group has helped the museum to purchase.

            By Alexandra Smith • 11/08/23 5:19pm

            For over a year, the Louvre has fought to acquire an 18th-century painting by Jean Siméon Chardin for its collection.
            """
        let openingRoles = PlainTextReader.applyingRoleRules(to: Array(opening.utf8), modelRoles: [.headline, .body, .byline, .body])
        #expect(openingRoles == [.headline, .other, .byline, .body])
    }

    @Test("a publication-time line is never story text, whatever the model says; a paragraph with a date in it stays")
    func publicationTimeIsNotStory() {
        let page = """
            Harbour ferry fares to rise in spring

            By Jane Roe

            PUBLISHED: March 3, 2026 at 4:56 p.m. | UPDATED: March 3, 2026 at 6:00 p.m.

            Ferry fares across the harbour will rise by a tenth from April, the operator said on Tuesday.

            The last rise, on May 4, 2024, was the first in six years, the operator said.
            """
        let roles = PlainTextReader.applyingRoleRules(to: Array(page.utf8), modelRoles: [.headline, .byline, .body, .body, .body])
        #expect(roles == [.headline, .byline, .other, .body, .body], "\(roles)")
    }

    @Test("repeated, dashed, signed, credited and tag lines are not subheadings; a lower-case fragment is text")
    func subheadingsAreHeadings() {
        let page = """
            Cork moves to Level 3 restrictions

            Pubs and restaurants across the county prepared on Tuesday for the new restrictions that begin at midnight.

            Frances Watkins

            The county council said its offices would stay open by appointment for the coming three weeks.

            points the letter outlined as reasons for the decision

            Frances Watkins

            – USCG dispatcher, CNN

            Caroline Hawley, BBC diplomatic correspondent

            Christopher Tays Submitted photo

            Tags Alexandria Ocasio-Cortez Jeanine Pirro

            What happens next in the county

            Hospitals suspended visiting until further notice, the health service said in a statement on Tuesday.
            """
        let modelRoles: [LineRole] = [.headline, .body, .subheading, .body] + [LineRole](repeating: .subheading, count: 7) + [.body]
        let roles = PlainTextReader.applyingRoleRules(to: Array(page.utf8), modelRoles: modelRoles)
        #expect(roles[2] == .other && roles[5] == .other, "\(roles)")
        #expect(roles[4] == .body, "\(roles)")
        #expect([6, 8, 9].allSatisfy { roles[$0] == .other }, "\(roles)")
        // The signature is a boxed section's byline, not a subheading.
        #expect(roles[7] == .byline, "\(roles)")
        #expect(roles[10] == .subheading, "\(roles)")
    }

    @Test("a labelled credit right under a block read as a paragraph makes that block the picture's caption")
    func captionReadAsParagraph() {
        let story = """
            Hospitals in Gaza struggle to deliver babies

            Ibtisam Mahdi

            Doctors at the hospital said on Monday that they had delivered more than 40 babies in a single day this week.

            Children injured in an attack are treated at Al Aqsa Martyrs Hospital in Deir al-Balah on Nov. 6, 2023.

            Photo: Ashraf Amra/Anadolu via Getty Images

            The hospital's director said fuel for its generators would run out within days without new deliveries.

            Aid agencies have asked for a corridor to bring fuel and medicine to the hospitals in the south.
            """
        // The model's mistake: the caption read as a paragraph, its credit as a caption.
        var reader = PlainTextReader()
        reader.modelRoles = [.headline, .byline, .body, .body, .caption, .body, .body]
        let (item, _) = reader.read(Array(story.utf8), file: "story.txt")
        #expect(item.pictures.first?.caption?.hasPrefix("Children injured") == true, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Ashraf Amra/Anadolu via Getty Images", "\(item.pictures)")
        #expect(!item.paragraphTexts.contains { $0.hasPrefix("Children injured") })
    }

    @Test("a paragraph the model puts above the headline leaves no head for the byline rules, and nothing breaks")
    func storyAboveTheHeadline() {
        let text = """
            The harbour reopened on Thursday after a storm closed it for three days, the port authority said.

            Short line of words here

            Harbour reopens after storm

            Another short line of words
            """
        // Found by the fuzz harness on a mutated input: the rules made a range from the head's start (after the
        // headline) to the story's start (before it) and trapped.
        let roles = PlainTextReader.applyingRoleRules(to: Array(text.utf8), modelRoles: [.body, .other, .headline, .other])
        #expect(roles.count == 4)
        #expect(roles[2] == .headline)
    }

    @Test("a publication line that gives the time before the date is a date line, not a caption with a credit")
    func publicationTimeBeforeDate() {
        let story = """
            City council approves $12 million plan to fix Elm Street bridge

            By Maria Gonzalez
            Published 6:12 p.m. ET Dec. 2, 2026 | Updated 9:40 a.m. ET Dec. 3, 2026

            SPRINGFIELD — The City Council voted 7-2 on Tuesday to spend $12 million repairing the Elm Street bridge.

            Mayor Linda Park said the money would come from the state's infrastructure fund and a bond approved in 2024.
            """
        let (item, _) = PlainTextReader().read(Array(story.utf8), file: "page.txt")
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(!item.paragraphTexts.contains { $0.contains("6:12 p.m.") }, "\(item.paragraphTexts)")
        #expect(item.paragraphTexts.first?.hasPrefix("The City Council voted") == true, "\(item.paragraphTexts)")
    }

    @Test("French agency copy: a dated dateline with its year, and the last paragraph after a teaser and before the sign-off is story")
    func frenchAgencyDatelineAndLastParagraphAfterTeaser() {
        let story = """
            Grève à la SNCF : le trafic fortement perturbé jeudi dans toute la France

            Par Claire Dubois

            PARIS, 3 déc 2026 (AFP) - Le trafic ferroviaire sera fortement perturbé jeudi en raison d'une grève, a annoncé mercredi la SNCF.

            Seuls deux TGV sur cinq circuleront entre Paris et Lyon, et un TER sur trois en Auvergne-Rhône-Alpes, selon la direction.

            « Nous demandons une vraie négociation sur les salaires », a déclaré Laurent Brun, secrétaire général de la CGT-Cheminots.

            Lire aussi : Réforme des retraites : ce qui change au 1er janvier

            La direction de la SNCF a rappelé que les voyageurs pouvaient échanger ou se faire rembourser leurs billets sans frais.

            cd/abx/ial
            """
        let (item, _) = PlainTextReader().read(Array(story.utf8), file: "depeche.txt")
        #expect(item.dateline == "PARIS, 3 déc 2026 (AFP)")
        #expect(item.paragraphTexts.first?.hasPrefix("Le trafic ferroviaire") == true, "\(item.paragraphTexts)")
        #expect(item.paragraphTexts.last?.hasPrefix("La direction de la SNCF") == true, "\(item.paragraphTexts)")
        #expect(item.links.map(\.title) == ["Réforme des retraites : ce qui change au 1er janvier"])
        #expect(!item.paragraphTexts.contains("cd/abx/ial"))
    }

    @Test("AP's copyright code after a caption's credit is kept as the picture's copyright notice, not dropped")
    func apCopyrightCodeAfterCredit() {
        let story = """
            Chastain and Isaac star in a crime drama set in New York

            * In this image released by A24 Films, Jessica Chastain appears in a scene from the film. (AP Photo/A24 Films, Atsushi Nishijima) AP2014

            The film is set in New York in 1981, the most violent year in the city's history, the director said.
            """
        var reader = PlainTextReader()
        reader.modelRoles = [.headline, .caption, .body]
        let (item, _) = reader.read(Array(story.utf8), file: "story.txt")
        let picture = item.pictures.first
        #expect(picture?.creditline == "AP Photo/A24 Films, Atsushi Nishijima", "\(item.pictures)")
        #expect(picture?.copyrightNotice == "AP2014", "\(item.pictures)")
        #expect(picture?.caption?.hasSuffix("from the film.") == true, "\(item.pictures)")
    }

    @Test("a caption carrying its own credit does not join a picture whose different credit came earlier: both credits are kept")
    func captionWithItsOwnCreditAfterAnEarlierCredit() {
        let story = """
            Cannabis use disorder is rising where the drug is legal

            Health Marijuana Cannabis Weed

            Rates of cannabis use disorder have risen in states where the drug has been legalised, a study found.

            A stock image of a woman holding a joint. Researchers looked at legalisation and problematic use. Getty

            The authors said the policies had brought important social benefits.
            """
        // The model's reading: the tag line a credit, waiting for its caption; the caption further down has its own.
        var reader = PlainTextReader()
        reader.modelRoles = [.headline, .credit, .body, .caption, .body]
        let (item, _) = reader.read(Array(story.utf8), file: "story.txt")
        let captioned = item.pictures.first { $0.caption?.hasPrefix("A stock image") == true }
        #expect(captioned?.creditline == "Getty", "\(item.pictures)")
        #expect(item.pictures.contains { $0.creditline == "Health Marijuana Cannabis Weed" }, "\(item.pictures)")
    }

    @Test("a name and a paper's photo marker (\"Submitted photo\") read as a credit line is a caption with its credit")
    func markedPhotoCreditIsCaptionAndCredit() {
        let story = """
            Six arrested in county drug sweep

            Officers from the city police department carried out a two-week operation that ended on Tuesday night.

            1 of 2

            Christopher Battin Submitted photo

            Ryan S. Hollman Submitted photo

            The sheriff's department said all six were held at the county jail pending their first court hearing.
            """
        // Gallery lines the model reads as credits: each names the person pictured, then the paper's marker.
        var reader = PlainTextReader()
        reader.modelRoles = [.headline, .body, .other, .credit, .credit, .body]
        let (item, _) = reader.read(Array(story.utf8), file: "story.txt")
        #expect(item.pictures.map(\.caption) == ["Christopher Battin", "Ryan S. Hollman"], "\(item.pictures)")
        #expect(item.pictures.allSatisfy { $0.creditline == "Submitted photo" }, "\(item.pictures)")
    }

    @Test(
        "the beam over role sequences, one history wide, decides as the left-to-right reading does (shape and history features add up to the same scores)"
    )
    func beamOfOneIsLeftToRight() throws {
        let model = try #require(LineRoleModel.shipped)
        var articles = try FileManager.default.contentsOfDirectory(
            at: TestPaths.samples.appendingPathComponent("plaintext"), includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "txt" }
        if let corpus = TestPaths.sharedFolder()?.appendingPathComponent("corpus/plaintext"),
            let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)
        {
            articles += files.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
        }
        #expect(articles.count >= 5)
        for article in articles {
            let shapes = PlainTextReader.blockShapes(of: try Data(contentsOf: article))
            let greedy = LineRoleModel.decode(shapes, score: { model.weights.scores($0, into: &$1) }, decided: { _, _, _, _ in })
            let beam = LineRoleModel.beamDecode(shapes, width: 1, temperature: 10, weights: model.weights)
            #expect(beam == greedy, "\(article.lastPathComponent)")
            // A wider beam keeps one role per block.
            #expect(LineRoleModel.beamDecode(shapes, width: 4, temperature: 10, weights: model.weights).count == shapes.count)
        }
    }

    @Test("histories the beam scores once (the same key) have the same history features at every block")
    func historiesWithOneKeyHaveOneSetOfFeatures() throws {
        let text = try String(contentsOf: TestPaths.samples.appendingPathComponent("plaintext/email-council-closure.txt"), encoding: .utf8)
        let shapes = PlainTextReader.blockShapes(of: Array(text.utf8))
        let features = LineFeatures(shapes: shapes)
        // Every history of up to four roles from five kinds, and long runs of bodies (counted up to five).
        let roles: [LineRole] = [.other, .headline, .byline, .body, .caption]
        var histories = [LineFeatures.History()]
        for _ in 0..<4 {
            histories += histories.flatMap { history in
                roles.map { role in
                    var longer = history
                    longer.append(role)
                    return longer
                }
            }
        }
        for run in 4...8 {
            var history = LineFeatures.History()
            history.append(.headline)
            for _ in 0..<run { history.append(.body) }
            histories.append(history)
        }
        var byKey: [Int: [UInt64]] = [:]
        var keys = Set<Int>()
        for index in shapes.indices {
            byKey.removeAll()
            for history in histories {
                var buffer: [UInt64] = []
                features.historyFeatures(of: index, history: history, into: &buffer)
                let key = LineFeatures.historyKey(history)
                keys.insert(key)
                if let seen = byKey[key] {
                    #expect(seen == buffer, "block \(index), key \(key)")
                } else {
                    byKey[key] = buffer
                }
            }
        }
        // The key tells histories apart too: far more than one.
        #expect(keys.count > 100)
    }

    @Test("a linear model scores what its rows say: feature 0, neighbours in its table and features it lacks")
    func linearModelScoresItsRows() {
        // 300 features with bits alike in the low and high halves (neighbours in the table), and feature 0.
        var rows: [UInt64: Int32] = [0: 0]
        var weights: [Float] = [0.5, -0.5]
        for index in 1...300 {
            rows[UInt64(index) << 32 | UInt64(index)] = Int32(index)
            weights += [Float(index), -Float(index) / 2]
        }
        let model = LinearModel(classCount: 2, rows: rows, weights: weights)
        var scores = [Float](repeating: 9, count: 2)
        model.scores([0, 7 << 32 | 7, 300 << 32 | 300, 12_345, 7], into: &scores)
        let expected: [Float] = [307.5, -154]
        #expect(scores == expected)
        model.scores([], into: &scores)
        #expect(scores == [0, 0])
    }

    @Test("a photographer-and-agency line under a caption is its credit, even where the caption read as a paragraph")
    func photographerAndAgencyCredits() {
        let story = """
            Teachers rally at the Statehouse

            INDIANAPOLIS — Thousands of teachers rallied at the Statehouse on Tuesday to press lawmakers for higher pay this year.

            Teachers wearing red carry signs as they hold a rally at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019.
            Michael Conroy, AP

            The union said the rally was the biggest such teacher protest in the state, and more than 140 districts closed.

            Lawmakers have said they do not expect to take action on further school funding until at least 2021.
            """
        let (item, _) = PlainTextReader().read(Array(story.utf8), file: "story.txt")
        #expect(item.pictures.first?.creditline == "Michael Conroy, AP", "\(item.pictures)")
        #expect(item.pictures.first?.caption?.hasPrefix("Teachers wearing red") == true, "\(item.pictures)")
        #expect(!item.paragraphTexts.contains { $0.contains("Michael Conroy") || $0.hasPrefix("Teachers wearing red") })
    }

    @Test("(Photo by X) is the credit said in words and stays whole; (Photo: X) labels X")
    func photoByCredits() {
        let lines = [
            ("U.S. President Donald Trump. (Photo by REUTERS)", "Photo by REUTERS"),
            ("Mayor Anne Roe. (Photo: Getty Images)", "Getty Images"),
        ]
        for (line, credit) in lines {
            let story =
                "Storm hits the coast overnight\n\n\(line)\n\nThe storm reached the coast on Monday night and closed the ports, the weather service said.\n\nRail services were suspended until Tuesday morning, the operator said in a statement.\n"
            let (item, _) = PlainTextReader().read(Array(story.utf8), file: "t.txt")
            #expect(item.pictures.first?.creditline == credit, "\(line)")
        }
    }
}
