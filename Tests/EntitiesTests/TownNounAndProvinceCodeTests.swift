import NewsModel
import Testing

@testable import Entities

/// Small towns the gazetteer does not know, named after a noun for a town ("the town of …", "il comune di …"), and
/// Italy's province codes after a town (session 45, Italian and Irish local news). The towns are invented.
@Suite struct TownNounAndProvinceCodeTests {
    @Test("\"the town of Killenbrae\", \"nel comune di Roccalba\", \"в посёлке Ольховка\": an unknown town is a place")
    func unknownTownAfterItsNoun() {
        let english = recognisedKinds(
            ["Gardaí were called to a house in the town of Killenbrae on Sunday, a spokesman for the force said."], language: "en")
        #expect(english["Killenbrae"] == .place, "\(english)")
        let italian = recognisedKinds(
            ["Un uomo ha fatto irruzione stamani nel comune di Roccalba nella stanza del sindaco Francesca Salvemini."],
            language: "it")
        #expect(italian["Roccalba"] == .place, "\(italian)")
        #expect(italian["Francesca Salvemini"] == .person, "\(italian)")
        let russian = recognisedKinds(["Пожар произошёл в посёлке Ольховка ночью, сообщил Игорь Сомов."], language: "ru")
        #expect(russian["Ольховка"] == .place, "\(russian)")
        // The genitive belongs to a title: the governor of the city is a person.
        let title = recognisedKinds(["Встреча с губернатором города Александром Бегловым прошла в среду."], language: "ru")
        #expect(title["Александром Бегловым"] != .place, "\(title)")
    }

    @Test("\"Carini (PA)\", \"Patti (Me)\": an Italian province code in brackets after a town names no body")
    func italianProvinceCodeIsNoBody() {
        let found = recognisedKinds(
            ["I carabinieri di Carini (PA) e di Patti (Me) hanno arrestato due uomini, ha detto il sindaco Giovanni Ferlito."],
            language: "it")
        #expect(found["PA"] == nil && found["Me"] == nil, "\(found)")
        #expect(found["Carini"] == .place, "\(found)")
    }
}
