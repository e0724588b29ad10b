import NewsModel
import Testing

@testable import Entities

/// A surname, "of" and another name's possessive, met held out on a court report (web-trafilatura).
@Suite struct SurnameOfPossessiveTests {
    @Test("\"convicted Hartley of Zoe's manslaughter\" names no \"Hartley of Zoe\"; \"Bank of America's\" stays whole")
    func surnameOfAPossessive() {
        let found = recognisedKinds(
            [
                "A jury at Bristol Crown Court convicted Hartley of Zoe's manslaughter after a trial. Kevin Hartley, 54, denied it.",
                "The Bank of America's profits rose in the quarter, analysts in Charlotte said.",
            ], language: "en")
        #expect(found["Hartley of Zoe"] == nil, "\(found)")
        #expect(found["Kevin Hartley"] == .person, "\(found)")
        #expect(found["Bank of America"] == .organisation, "\(found)")
    }
}
