import Foundation
import NewsModel
import PlainText
import TestSupport
import Testing

/// E-mailed copy as mail gateways save it (RFC 5322 fields, MIME parts, transfer encodings, encoded words, flowed
/// text) and the desk conventions inside it (labelled fields, a form's JSON submission). Messages written for
/// these tests.
@Suite struct MailMessageTests {
    static let multipart = """
        Delivered-To: desk@harbour-wire.example
        Received: from mail.example (mail.example. [192.0.2.1])
                by mx.harbour-wire.example with ESMTPS id abc123
                for <desk@harbour-wire.example>; Tue, 9 Jun 2026 08:14:02 +0100
        DKIM-Signature: v=1; a=rsa-sha256; d=example;
                b=QUJDREVGR0g=
        From: =?utf-8?Q?Ren=C3=A9e_Dubois?= <renee@northfield.example>
        Subject: =?utf-8?Q?Caf=C3=A9_on_the_quay?= =?utf-8?Q?_reopens?=
        Date: Tue, 9 Jun 2026 08:14:00 +0100
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/alternative; boundary=inner

        --inner
        Content-Type: text/plain; charset=ISO-8859-1
        Content-Transfer-Encoding: quoted-printable

        The caf=E9 on the north quay reopened on Monday after a winter of repairs=
         to its roof, its owner said.

        "We have waited a long time for this," said owner Ren=E9e Dubois.

        --inner
        Content-Type: text/html; charset=UTF-8

        <div>The café on the north quay reopened on Monday.</div>

        --inner--
        --outer
        Content-Type: image/jpeg; name="quay.jpg"
        Content-Disposition: attachment; filename="quay.jpg"
        Content-Transfer-Encoding: base64

        /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg
        --outer--
        """

    @Test("a MIME message: fields unfolded and decoded, the text/plain part read, the HTML twin and the attachment named")
    func multipartMessage() throws {
        let (item, diagnostics) = PlainTextReader().read(text: Self.multipart, file: "quay.eml")
        // The subject's two encoded words join without the space between them.
        #expect(item.headline == "Café on the quay reopens")
        let text = item.body.map(\.text).joined(separator: "\n")
        #expect(text.contains("The café on the north quay reopened on Monday after a winter of repairs to its roof"), "\(text)")
        #expect(text.contains("said owner Renée Dubois"))
        #expect(!text.contains("=E9") && !text.contains("<div>") && !text.contains("Content-Type"))
        #expect(item.contributors.contains { $0.names.contains("Renée Dubois") })
        let headers = try #require(item.preserved.first { $0.container == "email-headers" })
        #expect(headers.serialized.contains("by mx.harbour-wire.example with ESMTPS id abc123"))
        #expect(diagnostics.contains { $0.id == "plaintext.email-alternative" })
        let attachment = try #require(diagnostics.first { $0.id == "plaintext.email-attachment" })
        #expect(attachment.severity == .warning && attachment.message.contains("quay.jpg") && attachment.message.contains("image/jpeg"))
        // No header line is read as story text, byline or headline.
        #expect(item.bylines.isEmpty)
        #expect(!item.editorialNotes.contains { $0.contains("ESMTPS") })
        // The message's Date field is when its content was written; the Received line's date is the server's.
        #expect(item.contentCreated == "2026-06-09T08:14:00+01:00")
    }

    @Test("an e-mail's Date field as ISO 8601: numeric and named zones, obsolete forms, and nothing for what is no date")
    func mailDates() {
        #expect(MailDate.iso8601("Thu, 19 Feb 2015 17:18:40 +1100") == "2015-02-19T17:18:40+11:00")
        #expect(MailDate.iso8601("Tue, 10 Mar 2015 14:17:01 -0700 (PDT)") == "2015-03-10T14:17:01-07:00")
        #expect(MailDate.iso8601("3 Mar 2015 11:27 GMT") == "2015-03-03T11:27:00+00:00")
        #expect(MailDate.iso8601("Mon,  4 Jan 99 09:05:00 EST") == "1999-01-04T09:05:00-05:00")
        // A zone nobody can read (RFC 5322's "-0000", a military letter): the time is kept without an offset.
        #expect(MailDate.iso8601("Fri, 29 Feb 2008 23:59:59 -0000") == "2008-02-29T23:59:59")
        #expect(MailDate.iso8601("Fri, 29 Feb 2008 23:59:59 Q") == "2008-02-29T23:59:59")
        for notADate in ["", "yesterday", "Fri, 30 Feb 2009 10:00:00 +0000", "Mon, 14 Sep 2015 25:06:01 +0000", "14 Sept 2015 10:00 +0000"]
        {
            #expect(MailDate.iso8601(notADate) == nil, "\(notADate)")
        }
    }

    @Test("base64 and flowed text parts decode; a one-line message takes its subject as headline")
    func encodingsAndOneLineMessage() {
        let base64Body = Data("Der Hafen öffnet am Montag wieder.\n".utf8).base64EncodedString()
        let base64 = """
            From: desk@example.org
            Subject: Hafen
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: base64

            \(base64Body)
            """
        let read = PlainTextReader().read(text: base64).item
        #expect(read.headline == "Hafen")
        #expect(read.body.map(\.text) == ["Der Hafen öffnet am Montag wieder."])
        let flowed = """
            From: desk@example.org
            Subject: Ferry timetable
            Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes

            The new ferry timetable starts on Monday and adds two evening crossings on wee\u{20}
            kdays, the harbour board said on Friday in a statement to passengers.
            """
        let body = PlainTextReader().read(text: flowed).item.body.map(\.text).joined()
        #expect(body.contains("two evening crossings on weekdays, the harbour board said"), "\(body)")
    }

    @Test("labelled desk fields and a form's JSON submission fill headline, summary, slugline and dateline")
    func deskFields() throws {
        let labelled = """
            SPT

            Headline: Rowers win the harbour regatta
            Abstract: The town's crew beat four others on the river on Saturday.
            Slugline: Row regatta

            The town's rowing crew won the harbour regatta on Saturday, beating four crews from along the coast.

            "It was the best race of our lives," said captain Lena Holm.
            """
        let item = PlainTextReader().read(text: labelled).item
        #expect(item.headline == "Rowers win the harbour regatta")
        #expect(item.descriptions.first?.text == "The town's crew beat four others on the river on Saturday.")
        #expect(item.slugline == "Row regatta")
        #expect(!item.body.map(\.text).contains { $0.hasPrefix("Headline:") || $0.hasPrefix("Abstract:") })

        let form = """
            From: form@example.org
            To: desk@example.org
            Subject: Formatted Editorial Story
            Content-Type: text/plain; charset=utf-8

            {"Dateline":["HARBOURTON"],"Headline":["Ferry returns after refit"],"Abstract":["The ferry is back."],"Slugline":["Ferry"],"Desk":["Coast"],"Body":["The old ferry returned to service on Friday after a refit.\\n\\nTickets cost the same as before, the board said."]}
            """
        let (formItem, diagnostics) = PlainTextReader().read(text: form)
        #expect(formItem.headline == "Ferry returns after refit")
        #expect(formItem.dateline == "HARBOURTON")
        #expect(formItem.slugline == "Ferry")
        #expect(formItem.body.map(\.text).contains("Tickets cost the same as before, the board said."))
        #expect(diagnostics.contains { $0.id == "plaintext.form-submission" })
        // The fields without a place (the desk) are kept with the whole submission.
        let kept = try #require(formItem.preserved.first { $0.container == "form-submission" })
        #expect(kept.serialized.contains("\"Desk\":[\"Coast\"]"))
    }

    @Test("labelled lines that are not a message's fields stay the story's: 'Date:' over 'Headline:' is no e-mail")
    func notAMessage() {
        let copy = """
            Date: 9 June 2026
            Headline: Library closes for repairs

            Eastbrook library will close on Monday for six weeks while its roof is repaired, the council said.
            """
        let (item, diagnostics) = PlainTextReader().read(text: copy)
        #expect(!diagnostics.contains { $0.id == "plaintext.email-headers" })
        #expect(item.headline == "Library closes for repairs")
    }

    @Test("parts nested past eight levels are named, not read; a field full of '=?' and many attachments are read whole")
    func hostileMessages() throws {
        var deep = "From: desk@example.org\nTo: news@example.org\nSubject: Deep\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 0..<20 { deep += "--b\(level)\nContent-Type: multipart/mixed; boundary=b\(level + 1)\n\n" }
        deep += "--b20\nContent-Type: text/plain\n\nThe ferry returned on Friday.\n"
        let (deepItem, deepDiagnostics) = PlainTextReader().read(text: deep)
        #expect(deepItem.headline == "Deep")
        #expect(deepDiagnostics.contains { $0.id == "plaintext.email-decoding" && $0.message.contains("nested more than 8") })

        let words =
            "From: desk@example.org\nTo: news@example.org\nSubject: " + String(repeating: "=?x", count: 20_000)
            + "\n\nThe ferry returned to service on Friday after a refit, the harbour board said."
        #expect(PlainTextReader().read(text: words).item.body.count == 1)

        let many =
            "From: desk@example.org\nTo: news@example.org\nSubject: Pictures\nContent-Type: multipart/mixed; boundary=z\n\n"
            + (0..<50).map { "--z\nContent-Type: image/png; name=\"p\($0).png\"\n\nAAAA\n" }.joined() + "--z--\n"
        let warning = try #require(PlainTextReader().read(text: many).diagnostics.first { $0.id == "plaintext.email-attachment" })
        #expect(warning.message.hasPrefix("50 attachment(s)") && warning.message.hasSuffix("and 40 more"), "\(warning.message)")
    }

    @Test(
        "every raw e-mail of the corpus reads as a story, not as its mail headers",
        .enabled(if: TestPaths.sharedOrCI, "needs ../shared (the corpus's superdesk-email messages)"))
    func corpusMessages() throws {
        let folder = try #require(TestPaths.sharedFolder()).appendingPathComponent("corpus/plaintext/superdesk-email/rfc822")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 8)
        let fieldNames = ["Received", "Delivered-To", "X-Received", "Return-Path", "DKIM-Signature", "Content-Type", "{"]
        for name in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let (item, diagnostics) = PlainTextReader().read(data, file: name)
            let headline = try #require(item.headline, "\(name): no headline")
            #expect(!fieldNames.contains { headline.hasPrefix($0) }, "\(name): \(headline)")
            #expect(diagnostics.contains { $0.id == "plaintext.email-headers" }, "\(name)")
            #expect(item.bylines.allSatisfy { !$0.contains("ESMTP") && !$0.contains("PST") }, "\(name): \(item.bylines)")
            #expect(!item.body.map(\.text).contains { $0.hasPrefix("--") || $0.hasPrefix("Content-") }, "\(name)")
        }
    }
}
