import NewsModel
import Testing

@testable import Entities

/// "Smith Barney analyst Allan Kaplan": copy names a person's employer before the post and the name.
@Suite struct EmployerNameTests {
    @Test("A name before a job noun and a person's name is the employer: a firm, a club, a utility")
    func employerBeforeThePost() {
        let found = kindsByName(
            EntityRecognizer().recognise(
                in: storyItem(
                    [
                        "Smith Barney analyst Allan Kaplan said Hershey Foods Corp may raise prices later in the year.",
                        "\"What a great football game tonight,\" Rams coach Sean McVay said after the win in Los Angeles.",
                        "The utility cut more than 3,000 megawatts from the grid, Eskom spokesperson Daphne Mokwena said.",
                        "Texas lawyer John Doe said the case would go to trial.",
                    ], language: "en")))
        #expect(found["Smith Barney"] == .organisation, "\(found)")
        #expect(found["Rams"] == .organisation, "\(found)")
        #expect(found["Eskom"] == .organisation, "\(found)")
        #expect(found["Allan Kaplan"] == .person && found["Sean McVay"] == .person && found["Daphne Mokwena"] == .person, "\(found)")
        // A place the gazetteer knows stays a place before a post.
        #expect(found["Texas"] == .place, "\(found)")
    }
}
