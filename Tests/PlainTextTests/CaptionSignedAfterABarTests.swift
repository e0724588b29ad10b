import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A Spanish page read in session 58 opened with a picture's caption signed after a bar with its photographer's name
/// ("… en Palma. | Teresa Ayuga"); the reader took it for the headline and the photographer for one of the story's
/// people. The page is written for this test.
@Suite struct CaptionSignedAfterABarTests {
    private static let page = """
        La alcaldesa y el consejero de Turismo saludan a los vecinos este lunes en la plaza mayor antes de la inauguración del mercado. | Marta Ruiz Soler

        La alcaldesa de la ciudad inauguró este lunes el nuevo mercado municipal, que abrirá todos los días de la semana y reunirá a cuarenta puestos de productores locales.

        El proyecto ha costado dos millones de euros y ha tardado tres años en completarse, según explicó el consejero durante el acto.
        """

    @Test("a sentence, a bar and a person's name: caption and credit, no headline")
    func captionAndCredit() {
        let item = PlainTextReader().read(text: Self.page).item
        #expect(item.headlines.isEmpty, "\(item.headlines)")
        #expect(item.pictures.count == 1, "\(item.pictures)")
        #expect(item.pictures.first?.creditline == "Marta Ruiz Soler")
        #expect(item.pictures.first?.caption?.hasSuffix("del mercado.") == true, "\(item.pictures)")
        #expect(storyParagraphTexts(item).count == 2)
    }

    @Test("a title's bar names the site: no stop before it, or no person after it")
    func titlesKeepTheirBar() {
        #expect(RoleRules.isPhotographerAfterABar("Marta Ruiz Soler", in: "Los vecinos en la plaza. | Marta Ruiz Soler"))
        #expect(!RoleRules.isPhotographerAfterABar("EL PAÍS", in: "Los vecinos en la plaza. | EL PAÍS"))
        #expect(!RoleRules.isPhotographerAfterABar("Marta", in: "Los vecinos en la plaza. | Marta"))
        #expect(!RoleRules.isPhotographerAfterABar("Local News", in: "Crash closes road. | Sports | Local News"))
    }
}
