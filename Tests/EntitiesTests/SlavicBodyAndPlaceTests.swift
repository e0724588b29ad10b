import NewsModel
import Testing

@testable import Entities

/// Czech and Russian bodies named head first with their field in lower case, their heads in every case, and places
/// named by a declined adjective or after "in" (session 40, pages written in the manner of RBC and iDNES); streets and
/// squares with their noun in small letters (session 45, Moscow news pages).
@Suite struct SlavicBodyAndPlaceTests {
    @Test("\"Министерство финансов России\", \"в Министерстве экономического развития\": the head, its field, the country")
    func russianMinistriesWithTheirFields() {
        let found = recognisedKinds(
            [
                "Министерство финансов России рассматривает возможность снижения порога доходов для малого бизнеса.",
                "В Министерстве экономического развития предложение пока не комментируют, сообщил Антон Силуанов.",
            ], language: "ru")
        #expect(found["Министерство финансов России"] == .organisation, "\(found)")
        #expect(found["Министерстве экономического развития"] == .organisation, "\(found)")
        #expect(found["В Министерстве"] == nil, "\(found)")
    }

    @Test("\"в Банке России\": a Russian body's head in the locative still opens the body's name")
    func russianHeadInTheLocative() {
        let found = recognisedKinds(
            [
                "Как пишет газета «Ведомости», в Банке России также выступают за более жесткий контроль над схемами.",
                "Андрей Макаров отметил, что депутаты поддержат инициативу.",
            ], language: "ru")
        #expect(found["Банке России"] == .organisation, "\(found)")
    }

    @Test("\"Ministerstvo životního prostředí\", \"Ministerstva zahraničních věcí\": Czech ministries with their fields")
    func czechMinistriesWithTheirFields() {
        let found = recognisedKinds(
            [
                "Ministerstvo životního prostředí stavbu schválilo v říjnu, uvedl primátor Bohuslav Svoboda.",
                "Podle Ministerstva zahraničních věcí je situace klidná.",
            ], language: "cs")
        #expect(found["Ministerstvo životního prostředí"] == .organisation, "\(found)")
        #expect(found["Ministerstva zahraničních věcí"] == .organisation, "\(found)")
    }

    @Test("\"programu Doprava Evropské unie\": a Slavic institution inside a capitalised run starts its own name")
    func institutionInsideARun() {
        let found = recognisedKinds(
            [
                "Primátor Bohuslav Svoboda uvedl, že město počítá s dotací z Operačního programu Doprava Evropské unie.",
                "Proti projektu se dříve stavěli někteří obyvatelé, kteří se obávali hluku.",
            ], language: "cs")
        #expect(found["Evropské unie"] == .organisation, "\(found)")
        #expect(found["Doprava Evropské"] == nil, "\(found)")
    }

    @Test("\"на Дальнем Востоке\": a run opening with a declined adjective, no given name, names a place, not a person")
    func declinedAdjectiveOpensAPlace() {
        let found = recognisedKinds(
            [
                "Депутаты поддержат инициативу, если она не затронет предпринимателей в Сибири и на Дальнем Востоке.",
                "Глава комитета Андрей Макаров отметил, что решение будет принято позже.",
            ], language: "ru")
        #expect(found["Дальнем Востоке"] == .place, "\(found)")
        #expect(found["Андрей Макаров"] == .person, "\(found)")
    }

    @Test("\"v Hlubočepích\": an unexplained word after \"in\" in Czech copy is a place")
    func wordAfterInIsAPlace() {
        let found = recognisedKinds(
            [
                "Podle náměstka trať ulehčí autobusové dopravě v Hlubočepích a na Barrandově.",
                "Náměstek primátora Zdeněk Hřib řekl, že stavba začne na jaře.",
            ], language: "cs")
        #expect(found["Hlubočepích"] == .place, "\(found)")
        #expect(found["Zdeněk Hřib"] == .person, "\(found)")
    }

    @Test("\"Следственный комитет России\", \"районный суд Петербурга\": the country or town a body serves ends its name")
    func russianBodyWithItsPlace() {
        let found = recognisedKinds(
            [
                "Следственный комитет России задержал бывшего вице-губернатора Игоря Албина.",
                "Смольнинский районный суд Петербурга рассмотрит вопрос о мере пресечения в пятницу.",
            ], language: "ru")
        #expect(found["Следственный комитет России"] == .organisation, "\(found)")
        #expect(found["Смольнинский районный суд Петербурга"] == .organisation, "\(found)")
    }

    @Test("\"mluvčí Policie ČR Petry Vaňkové\": a given name in a case form starts the person's name inside the run")
    func declinedGivenNameSplitsTheRun() {
        let found = recognisedKinds(
            [
                "Podle mluvčí Policie ČR Petry Vaňkové muž vyhrožoval pracovnici nožem a odnesl přes 80 tisíc korun.",
                "Muže zadrželi kriminalisté z pobočky České pošty, řekl mluvčí Matěj Šandera.",
            ], language: "cs")
        #expect(found["Policie ČR"] == .organisation, "\(found)")
        #expect(found["Petry Vaňkové"] == .person, "\(found)")
        #expect(found["České pošty"] == .organisation, "\(found)")
    }

    @Test("\"Petry Vaňkové\" then \"řekla Vaňková\": a Czech woman's surname in another case is the same person")
    func czechWomansSurnameInItsCases() {
        let found = recognisedKinds(
            [
                "Podle mluvčí Policie ČR Petry Vaňkové muž vyhrožoval pracovnici nožem.",
                "„Muže jsme zadrželi v jeho bytě, část peněz u sebe ještě měl,“ řekla Vaňková.",
            ], language: "cs")
        #expect(found["Petry Vaňkové"] == .person, "\(found)")
        #expect(found["Vaňková"] == nil, "\(found)")
    }

    @Test("\"в Департаменте транспорта Москвы\": a head-first body's field, then the town it serves in the genitive")
    func headFirstBodyWithItsTown() {
        let found = recognisedKinds(
            [
                "Ранее в Департаменте транспорта Москвы сообщили, что до конца года в городе откроют еще пять станций.",
                "Мэр Москвы Сергей Собянин открыл новую станцию.",
            ], language: "ru")
        #expect(found["Департаменте транспорта Москвы"] == .organisation, "\(found)")
    }

    @Test("\"Тверской улицы\", \"площадь Революции\", \"Václavské náměstí\": a street or square with its noun in small letters")
    func slavicStreetsAndSquares() {
        let found = recognisedKinds(
            [
                "Полиция проводила задержания в районе Манежной площади и Тверской улицы, сообщил Олег Карпенко.",
                "Вход на площадь Революции закрыт, Красная площадь также закрыта для входа.",
            ], language: "ru")
        #expect(found["Манежной площади"] == .pointOfInterest, "\(found)")
        #expect(found["Тверской улицы"] == .pointOfInterest, "\(found)")
        #expect(found["площадь Революции"] == .pointOfInterest, "\(found)")
        #expect(found["Красная площадь"] == .pointOfInterest, "\(found)")
        #expect(found["Олег Карпенко"] == .person, "\(found)")
        let czech = recognisedKinds(
            ["Demonstranti se sešli na Václavské náměstí a pak pokračovali do ulice Národní, uvedl mluvčí Pavel Hořínek."],
            language: "cs")
        #expect(czech["Václavské náměstí"] == .pointOfInterest, "\(czech)")
        #expect(czech["ulice Národní"] == .pointOfInterest, "\(czech)")
    }
}
