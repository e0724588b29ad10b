import Foundation
import NewsXML
import Testing

@testable import NewsMLG2

/// The writer's byte-level attribute checks answer what the full checks behind them would.
@Suite struct AttributeCheckTests {
    static let uris = [
        "http://www.wikidata.org/entity/Q142", "https://sws.geonames.org/2988507/", "http://example.com/a?b=c&d=e#f",
        "http://user@example.com/path_(x)", "https://", "http:///x", "http://a b", "http://exa%mple.com", "http://[::1]/",
        "http://example.com:8080/", "urn:newsmlkit:text:1f", "mailto:desk@example.com", "ftp://example.com/ä", "no scheme",
    ]

    @Test func plainWebAddressesAreURIs() {
        for uri in Self.uris where ElementBuilder.isPlainWebAddress(uri) {
            #expect(XMLURI.isValid(uri), "\(uri)")
        }
        #expect(ElementBuilder.isPlainWebAddress("http://www.wikidata.org/entity/Q142"))
        #expect(!ElementBuilder.isPlainWebAddress("http:///x") && !ElementBuilder.isPlainWebAddress("https://"))
        #expect(!ElementBuilder.isPlainWebAddress("http://example.com:8080/"), "ports take the full check")
    }

    @Test func qcodeCheckOnBytes() {
        #expect(
            ElementBuilder.isQCode("medtop:20000002") && ElementBuilder.isQCode("iso3166-1a2:FR") && ElementBuilder.isQCode("a.b_c-d:é"))
        #expect(!ElementBuilder.isQCode(":x") && !ElementBuilder.isQCode("nocolon") && !ElementBuilder.isQCode("bad scheme:x"))
        #expect(!ElementBuilder.isQCode("a:b c") && !ElementBuilder.isQCode("a:b\u{A0}c"), "no white space in the code, ASCII or not")
        #expect(!ElementBuilder.isQCode("é:x"), "the scheme is ASCII")
    }
}
