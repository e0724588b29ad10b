import Foundation
import NewsModel
import Testing

@testable import PlainText

/// A live blog's entries (time, author or marker, title, text), on a page written for the test in the manner of a
/// broadcaster's live page.
@Suite struct LiveBlogTests {
    private let page = """
        Live: Earthquake of magnitude 7.1 strikes off Japan's northeast coast

        Last updated 12:05 GMT

        12:05 GMT
        KEY EVENT

        Power restored to most homes

        Tohoku Electric Power says electricity has been restored to all but 4,000 homes in Miyagi and Fukushima.

        11:48 GMT
        Mari Yamaguchi

        Bullet train services resume

        East Japan Railway Company says services between Tokyo and Sendai have resumed after safety checks.

        9.41am

        Tsunami Warning Lifted

        The Japan Meteorological Agency lifted all tsunami warnings for the Pacific coast shortly after 9am.
        """

    @Test("each entry's title is a subheading and its text a paragraph; the time, author and marker are no story text")
    func entriesAreHeadingsAndParagraphs() {
        let item = PlainTextReader().read(text: page).item
        var headings: [String] = []
        var paragraphs: [String] = []
        for block in item.body {
            switch block {
            case .subheading(let text, _): headings.append(text)
            case .paragraph(let text): paragraphs.append(text)
            default: break
            }
        }
        // "Tsunami Warning Lifted" has a name's shape, but a blank line sets it apart from its time: the title.
        #expect(headings == ["Power restored to most homes", "Bullet train services resume", "Tsunami Warning Lifted"], "\(item.body)")
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("Tohoku Electric Power says") == true)
        #expect(!item.descriptions.contains { $0.text.hasPrefix("Tohoku") })
        let kept = item.preserved.map(\.serialized)
        for line in ["12:05 GMT", "KEY EVENT", "11:48 GMT", "Mari Yamaguchi", "9.41am"] {
            #expect(kept.contains(line), "\(line): \(kept)")
        }
    }

    @Test("clock times alone on a line: \"12:05 GMT\", \"21:22\", \"9.41am\", \"10:45 a.m. ET\", \"14h05\" — not a score or a date")
    func clockTimeLines() {
        for line in ["12:05 GMT", "21:22", "9.41am", "10:45 a.m. ET", "14h05", "14.12 Uhr"] {
            #expect(RoleRules.isClockTimeLine(line), "\(line)")
        }
        for line in ["3-1", "2026", "12.5%", "Dec 3", "12:05 on Monday", "1234:56"] {
            #expect(!RoleRules.isClockTimeLine(line), "\(line)")
        }
    }
}
