import NewsModel
import Testing

@testable import PlainText

/// Page heads read in session 56: a site's head set as a run of short lines over the story's title, a WordPress tag
/// archive's title, a calendar widget's date lines and a Spanish date over a story without a headline. The pages are
/// written for these tests.
@Suite struct SiteHeadAndDateLineTests {
    @Test("the title set apart under a site's head run is the headline, not the site's motto")
    func titleUnderTheSiteHead() {
        let page = """
            Elus-Hebdo
            La lettre des élus de la région
            Édition du mardi 4 mars 2025
            Finances locales

            Budget des communes : le gouvernement annonce une baisse des dotations pour 2026

            Le ministre chargé des collectivités a présenté hier aux associations d'élus les grandes lignes du budget, qui prévoit une baisse des dotations versées aux communes.

            Par Claire Martin

            Les maires ont aussitôt dénoncé une mesure qui, selon eux, menace l'investissement local et les services publics de proximité dans les petites communes.

            Le gouvernement assure que les communes les plus fragiles seront épargnées par la baisse et promet une concertation avant l'été.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Budget des communes : le gouvernement annonce une baisse des dotations pour 2026")
    }

    @Test("a press release's head keeps its title, and its dateline line is no headline")
    func pressReleaseHead() {
        let page = """
            Source: Example Robotics Ltd
            MEDIA RELEASE PR10001
            Example Robotics Opens New Research Centre in Osaka

            OSAKA, Japan, March 3, 2025 /Example Wire/ --

            Example Robotics Ltd announced on March 3 the opening of a research centre in Osaka, where 120 engineers will work on industrial robots for the food industry.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Example Robotics Opens New Research Centre in Osaka")
    }

    @Test("a WordPress archive title heads no story")
    func archiveTitle() {
        for label in ["Archivo de la etiqueta: tráfico", "Tag Archives: traffic", "Schlagwort-Archiv: Verkehr"] {
            let page = """
                \(label)

                El Ayuntamiento cierra al tráfico el centro histórico los fines de semana

                La medida, aprobada ayer por la junta de gobierno, entrará en vigor el próximo sábado y afectará a las calles del casco antiguo durante todo el verano.

                Los comerciantes de la zona han pedido que se mantenga el acceso para la carga y descarga de mercancías por la mañana.
                """
            let item = PlainTextReader().read(text: page).item
            #expect(item.headline == "El Ayuntamiento cierra al tráfico el centro histórico los fines de semana", "\(label)")
        }
    }

    @Test("dates written with 'de' and a calendar's date ranges head no story")
    func spanishDates() {
        let page = """
            Del Viernes, 16 de Enero de 2026 al Domingo, 18 de Enero de 2026
            Día Jueves, 22 de Enero de 2026
            Día Sábado, 24 de Enero de 2026
            Los vecinos del barrio de San Roque han reclamado al Ayuntamiento que repare cuanto antes el alumbrado de la plaza, apagado desde hace dos semanas, según ha explicado la presidenta de la asociación, Carmen Ruiz.
            La asociación asegura que ha presentado tres escritos en el registro municipal sin recibir respuesta y que la falta de luz ha provocado varias caídas.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == nil, "\(item.headline ?? "")")
        #expect(storyParagraphTexts(item).count == 2, "\(storyParagraphTexts(item))")
        for text in ["jueves, 22 de enero de 2026", "Publicado: 3 de mayo de 2022, 10:35", "Published 1 day ago", "9 Hrs Ago"] {
            #expect(LineRules.otherDateLine.matches(in: text), "\(text)")
        }
        for text in ["22 de enero de 2026 fue un día histórico para el club", "Madrid, 22 de enero de 2026", "Read 3 days ago"] {
            #expect(!LineRules.otherDateLine.matches(in: text), "\(text)")
        }
    }

    @Test("a tag list set twice over heads no story")
    func repeatedTagRow() {
        let page = """
            Анна Петрова Казань Россия общество Анна Петрова Казань Россия

            Анна Петрова рассказала о планах по ремонту школ в Казани

            Мэр Казани Анна Петрова заявила, что ремонт двадцати школ города завершится до начала учебного года. Об этом она сообщила на заседании городской думы.

            По её словам, на работы выделено более миллиарда рублей из городского бюджета.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Анна Петрова рассказала о планах по ремонту школ в Казани", "\(item.headline ?? "")")
        #expect(RoleRules.isRepeatedRow("Анна Петрова Казань Россия общество Анна Петрова Казань Россия"))
        #expect(!RoleRules.isRepeatedRow("New York, New York"))
        #expect(!RoleRules.isRepeatedRow("Council approves new bus lanes for the city centre"))
    }

    @Test("an archive's title under its breadcrumb heads no story: the post's title under it does")
    func archiveTitleUnderItsBreadcrumb() {
        let page = """
            Monday , 3 March 2025
            Home » Tag Archives: Police

            Tag Archives: Police

            Bridge closed after crash: driver arrested, police say

            Police arrested a driver on Monday after his lorry struck the old bridge over the river, which will stay closed while engineers inspect it.

            A police spokesman said the driver had failed a breath test at the scene.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == "Bridge closed after crash: driver arrested, police say", "\(item.headline ?? "")")
    }

    @Test("a page that opens on its text has no headline below it: the first short line between paragraphs is a subheading")
    func noHeadlineBelowTheLead() {
        let page = """
            L’alerte a été donnée peu après 6 heures, mobilisant une vingtaine de pompiers et trois véhicules pour éteindre le feu qui avait pris dans un entrepôt.
            Un accès difficile pour les secours
            L’intervention a été compliquée par l’étroitesse de la rue, qui a retardé l’arrivée de la grande échelle jusqu’à 7 heures. Les pompiers ont toutefois maîtrisé l’incendie avant qu’il ne gagne les maisons voisines.
            Personne ne se trouvait dans l’entrepôt au moment des faits, et aucun blessé n’est à déplorer.
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline == nil, "\(item.headline ?? "")")
        #expect(subheadingTexts(item) == ["Un accès difficile pour les secours"], "\(item.body)")
        #expect(storyParagraphTexts(item).count == 3, "\(item.body)")
    }

    @Test("the headline over the byline may be a line the model took for a subheading, not the publication time above it")
    func subheadingOverTheByline() {
        let page = """
            Business

            Published 1 day ago

            Shoe retailer's sales miss, shares fall

            The retailer earned $1.2 billion in the third quarter.

            By Jane Doe

            Example Corp

            Shoe retailer beats profit estimates but misses on sales

            Shares of the shoe retailer fell sharply on Tuesday after its third-quarter sales came in below analysts' estimates, even as profit rose.
            """
        let model: [LineRole] = [.other, .other, .subheading, .other, .byline, .other, .headline, .body]
        let roles = rolesAfterRules(page, model)
        #expect(roles[2] == .headline, "\(roles)")
        #expect(roles[1] != .headline, "\(roles)")
    }
}
