import Foundation
import NewsModel
import Testing

@testable import PlainText

/// Italian regional news pages showed the reader (session 45) keeping a story's lead and last section out of the
/// body, reading a paragraph signed "(ANSA)" as a caption with its credit, and a page with no title line headed by its
/// first paragraph. The pages are written in the manner of Italian regional news sites.
@Suite struct SignedParagraphAndLeadTests {
    @Test("a kicker, headline and one-sentence standfirst over a full paragraph: the paragraph is the lead")
    func fullParagraphUnderTheStandfirstIsTheLead() {
        let page = """
            Cronaca

            Due anni fa lo multò: ora il vigile viene premiato dal sindaco

            Il sindaco di Roccalba premia il vigile che lo multò nel 2019: l'agente gli notificò la sanzione per sosta vietata

            È una storia davvero curiosa quella che arriva da Roccalba dove il sindaco ha premiato il vigile urbano che lo multò nel 2019. Il primo cittadino, Ettore Bonsignore, ha consegnato una targa all'agente della polizia locale. Premiato il vigile Carmine Loffredo, per il lavoro svolto in questi anni nel comune.

            Roccalba, il sindaco premia il vigile che lo multò

            E così – come riportato dall'edizione odierna del quotidiano locale – il sindaco Ettore Bonsignore nella mattinata di martedì ha raggiunto il municipio. “Cosa devo dire? Che ha fatto bene a multarmi?” è stato il commento del primo cittadino.

            La multa del sindaco di Roccalba

            Nel febbraio del 2019 infatti il vigile notificò al sindaco Bonsignore una sanzione per sosta vietata, poi pagata dopo una settimana circa.

            Articoli correlati

            Pulsante per tornare all'inizio
            """
        // The model's reading of such a page: the lead and the last section left out with the furniture.
        let model: [LineRole] = [.other, .headline, .other, .other, .other, .body, .subheading, .other, .other, .other]
        let roles = rolesAfterRules(page, model)
        #expect(roles[3] == .body, "\(roles)")
        #expect(roles[6] == .subheading && roles[7] == .body, "\(roles)")
        #expect(roles[2] != .body, "\(roles)")
        #expect(roles[8] == .other, "\(roles)")
    }

    @Test("a paragraph signed \"(ANSA)\" after its last stop is the story, not a caption; \"Commenta la notizia\" no headline")
    func signedParagraphIsTheStory() {
        let page = """
            Ettore Valsecchi, 67 anni, ha fatto irruzione stamani nel municipio di Roccalba nella stanza del sindaco armato di fucile. Secondo le prime testimonianze, alcuni dei presenti avrebbero cercato di bloccarlo, ma l'uomo è riuscito comunque ad entrare brandendo l'arma. Un impiegato è intervenuto in difesa del sindaco e l'uomo ha sparato un colpo in aria prima di essere bloccato. Ancora poco chiari i motivi del gesto. (ANSA)
            Caricamento commenti
            Commenta la notizia
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.pictures.isEmpty, "\(item.pictures)")
        #expect(item.body.first?.text.hasPrefix("Ettore Valsecchi, 67 anni") == true, "\(item.body)")
        #expect(item.headline != "Commenta la notizia", "\(item.headlines)")
        #expect(RoleRules.isSignedAfterItsStop("… i motivi del gesto. (ANSA)"))
        #expect(RoleRules.isSignedAfterItsStop("… di sette giorni.[Vs]"))
        #expect(!RoleRules.isSignedAfterItsStop("Firefighters at the scene on Tuesday. (AP Photo/Jane Doe)"))
        #expect(!RoleRules.isSignedAfterItsStop("The mayor at the opening (Photo)"))
    }

    @Test("a page with no title line is not headed by its first paragraph")
    func paragraphIsNoHeadline() {
        let page = """
            Scoperta macabra nei pressi dell'abitazione del sindaco di Roccalba, Ettore Bonsignore. Rinvenuta una testa di capretto nelle vicinanze del portone di casa del primo cittadino. Bonsignore, già in campagna elettorale per le prossime elezioni, ha sporto denuncia ai carabinieri. “Non riesco a comprendere chi possa avere fatto un gesto simile.”
            Articoli Correlati
            -
            Roccalba: furto in farmacia, arrestati due giovani
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.headline != item.body.first?.text, "\(item.headlines)")
        #expect(item.body.first?.text.hasPrefix("Scoperta macabra") == true, "\(item.body)")
    }

    @Test("the story's last paragraph signed \"(NAN)\" is story text; \"Source: Facebook\" under a picture is no byline")
    func closingSignOffAndPictureSource() {
        let page = """
            Three killed in election violence, police say

            The police command in the state on Sunday confirmed three deaths following violence during the elections.

            Picture of the polling unit after the attack. Photo credit: State Police Command

            Source: Facebook

            The command's spokesperson, Ahmed Bello, said in Lokoja that a police inspector was killed on Friday.

            He said the situation has since been brought under control.

            He also dismissed reports that candidates were prevented from entering the state on the eve of the elections. (NAN)
            """
        let item = PlainTextReader().read(text: page).item
        #expect(item.bylines.isEmpty, "\(item.bylines)")
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.body.last?.text.hasPrefix("He also dismissed reports") == true, "\(item.body)")
    }
}
