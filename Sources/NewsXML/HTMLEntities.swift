/// The HTML entities agency NITF and XHTML use without declaring them.
enum HTMLEntities {
    static let characters: [String: String] = [
        "nbsp": "\u{00A0}", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bdquo": "\u{201E}", "sbquo": "\u{201A}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}",
        "middot": "\u{00B7}", "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}",
        "frac14": "\u{00BC}", "frac34": "\u{00BE}", "plusmn": "\u{00B1}", "shy": "\u{00AD}", "iexcl": "\u{00A1}",
        "iquest": "\u{00BF}", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
        "szlig": "ß", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "Eacute": "É", "Egrave": "È",
        "aacute": "á", "agrave": "à", "acirc": "â", "atilde": "ã", "aring": "å", "aelig": "æ", "Aacute": "Á",
        "Agrave": "À", "Aring": "Å", "AElig": "Æ", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "otilde": "õ", "oslash": "ø", "Oslash": "Ø", "Oacute": "Ó",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "Uacute": "Ú", "ntilde": "ñ", "Ntilde": "Ñ", "ccedil": "ç",
        "Ccedil": "Ç", "yacute": "ý", "thorn": "þ", "eth": "ð", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
    ]
}
