import NewsModel
import Testing

@testable import Entities

/// Institutions as Spanish, Czech and Russian copy writes them, met in session 35 on pages written in the manner of El
/// País, iDNES and RIA Novosti.
@Suite struct OtherLanguageInstitutionTests {
    @Test("Spanish \"al\" before a body's name is \"to the\"; \"Autoridad …\" opens a body's name")
    func spanishBodies() {
        let found = recognisedKinds(
            [
                "El Gobierno llevará el proyecto de Presupuestos al Congreso de los Diputados antes de febrero, según la ministra.",
                "La Autoridad Independiente de Responsabilidad Fiscal advirtió la semana pasada de que el déficit podría crecer.",
            ], language: "es")
        #expect(found["Congreso de los Diputados"] == .organisation, "\(found)")
        #expect(found["Autoridad Independiente de Responsabilidad Fiscal"] == .organisation, "\(found)")
        #expect(!found.keys.contains { $0.hasPrefix("Presupuestos al") }, "\(found)")
    }

    @Test("Czech and Russian capitalise an institution's first word only: \"Česká národní banka\", \"Государственная дума\"")
    func slavicInstitutions() {
        let czech = recognisedKinds(
            [
                "Česká národní banka minulý týden ponechala úrokové sazby beze změny, uvedla ve čtvrtek.",
                "O rozpočtu bude Poslanecká sněmovna jednat příští týden. Národní rozpočtová rada varovala před schodkem.",
                "Příští zasedání vlády bude v pondělí.",
            ], language: "cs")
        for name in ["Česká národní banka", "Poslanecká sněmovna", "Národní rozpočtová rada"] {
            #expect(czech[name] == .organisation, "\(name): \(czech)")
        }
        // A verbal noun ends as an adjective does: "the next meeting of the government" names no body.
        #expect(!czech.keys.contains { $0.hasPrefix("Příští") }, "\(czech)")
        let russian = recognisedKinds(
            [
                "Государственная дума приняла бюджет в третьем чтении. Дефицит составит 1,2% ВВП.",
                "Следующее заседание совета пройдет в январе.",
            ], language: "ru")
        #expect(russian["Государственная дума"] == .organisation, "\(russian)")
        #expect(russian["ВВП"] == nil && !russian.keys.contains { $0.hasPrefix("Следующее") }, "\(russian)")
    }
}
