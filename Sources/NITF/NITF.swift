import NewsModel
import NewsXML

/// Names shared by the NITF reader and writer.
public enum NITF {
    /// The namespace of NITF 3.5 and 3.6 documents that declare one (most agency files declare none).
    public static let namespace = "http://iptc.org/std/NITF/2006-10-18/"
    /// The format name of preserved properties the NITF reader keeps for the NITF writer.
    public static let preservedFormat = "nitf"

    /// An IPTC subject code as NITF writes it (`tobject.subject.refnum`, eight digits) as a NewsML-G2 QCode.
    static func subjectQCode(_ refnum: String) -> String? {
        refnum.count == 8 && refnum.allSatisfy(\.isASCIIDigit) ? "subj:" + refnum : nil
    }

    /// NITF's ISO 8601 basic form ("20131020T192751+1100", "2021-05-16T09:00:04") as extended ISO 8601
    /// ("2013-10-20T19:27:51+11:00"); nil when it is neither.
    static func isoDate(_ norm: String) -> String? {
        let value = norm.trimmingWhitespace()
        let digits = Array(value.utf8)
        func isDigit(_ index: Int) -> Bool { index < digits.count && digits[index] >= 48 && digits[index] <= 57 }
        if digits.count >= 15, (0..<8).allSatisfy(isDigit), digits[8] == UInt8(ascii: "T"), (9..<15).allSatisfy(isDigit) {
            let text = String(value)
            func part(_ range: Range<Int>) -> Substring {
                text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)]
            }
            var zone = String(text.dropFirst(15))
            if zone.count == 5, zone.first == "+" || zone.first == "-" { zone.insert(":", at: zone.index(zone.startIndex, offsetBy: 3)) }
            guard zone.isEmpty || zone == "Z" || zone.count == 6 else { return nil }
            return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(9..<11)):\(part(11..<13)):\(part(13..<15))\(zone)"
        }
        // Extended form, also with a space between date and time ("2016-05-24 20:53:25+00:00", as some feeds write it).
        if digits.count >= 19, isDigit(0), isDigit(3), digits[4] == UInt8(ascii: "-"),
            digits[10] == UInt8(ascii: "T") || digits[10] == 0x20,
            isDigit(11), digits[13] == UInt8(ascii: ":")
        {
            var extended = value
            if digits[10] == 0x20 {
                extended.replaceSubrange(
                    extended.index(extended.startIndex, offsetBy: 10)...extended.index(extended.startIndex, offsetBy: 10), with: "T")
            }
            return extended
        }
        return nil
    }

    /// The basic form NITF's `norm` attributes use ("20131020T192751+1100"), from an extended ISO 8601 date-time.
    static func basicDate(_ iso: String) -> String {
        guard iso.utf8.count >= 10 else { return iso }
        let date = iso.prefix(10).filter { $0 != "-" }
        let rest = iso.dropFirst(10).filter { $0 != ":" }
        return String(date) + String(rest)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
