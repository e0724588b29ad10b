import Foundation
import NewsXML
import Testing

@Suite struct XMLWriterTests {
    @Test func writesDeterministicIndentedOutputAndKeepsMixedContent() throws {
        let xml = """
            <n:root xmlns:n="urn:x" a="1 &amp; 2"><n:child>text <n:b>bold</n:b> tail</n:child><n:empty/></n:root>
            """
        let tree = try #require(XMLDocumentParser.parse(Data(xml.utf8)).tree)
        let written = XMLWriter().serialize(tree)
        #expect(
            written == """
                <?xml version="1.0" encoding="UTF-8"?>
                <n:root xmlns:n="urn:x" a="1 &amp; 2">
                  <n:child>text <n:b>bold</n:b> tail</n:child>
                  <n:empty/>
                </n:root>

                """)
        // Writing what was written gives the same bytes.
        let again = try #require(XMLDocumentParser.parse(Data(written.utf8)).tree)
        #expect(XMLWriter().serialize(again) == written)
    }

    @Test func escapesAndDropsCharactersXMLCannotCarry() {
        #expect(XMLWriter.escapeText("a<b>&c\u{01}d") == "a&lt;b&gt;&amp;cd")
        #expect(XMLWriter.escapeAttribute("\"x\"\n") == "&quot;x&quot;&#10;")
    }
}
