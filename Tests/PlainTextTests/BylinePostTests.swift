import NewsModel
import Testing

@testable import PlainText

/// A byline that gives the reporter's post after the name, without a comma (the Guardian's pages).
@Suite struct BylinePostTests {
    private func byline(_ line: String) -> [String] {
        let page = """
            Syria's Assad makes rare visit to front line as army advances in Idlib

            \(line)

            Tue 22 Oct 2019 14.05 BST

            Syria's president, Bashar al-Assad, has visited troops on the front line in Idlib province for the first time since the war began, vowing to retake the last rebel stronghold.

            Footage released by the presidency showed Assad greeting soldiers in the town of Hbeit, which government forces seized from rebels in August.
            """
        return PlainTextReader().read(text: page).item.bylines
    }

    @Test("The desk and region before \"correspondent\" are the post, not the name; a three-word name stays whole")
    func deskBeforeTheRole() {
        #expect(byline("Martin Chulov Middle East correspondent") == ["Martin Chulov"])
        #expect(byline("Jessica Elgot Chief political correspondent") == ["Jessica Elgot"])
        #expect(byline("Shaun Walker Moscow correspondent") == ["Shaun Walker"])
        #expect(byline("Mary Ann Smith Health editor") == ["Mary Ann Smith"])
    }
}
