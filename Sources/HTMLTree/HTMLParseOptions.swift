/// How ``HTMLDocument`` parses.
public struct HTMLParseOptions: Sendable, Hashable {
    /// Let libxml2 add the implied `<html>`/`<body>` (and `<p>` around bare top-level text).
    /// On by default: with it off (HTML_PARSE_NOIMPLIED) a fragment's elements sit at the top
    /// level, but libxml2 still wraps bare text in `<p>`, so nothing is gained for fragments
    /// except fewer wrappers. Text is never lost either way.
    public var impliedElements: Bool
    /// Keep comments as ``HTMLNode/Kind/comment`` nodes (Word exports carry large conditional comments).
    public var keepComments: Bool
    /// Used when no encoding is given or declared and the bytes are not UTF-8 (see
    /// ``HTMLEncodingSource/utf8Default``); nil means UTF-8 with invalid bytes replaced by U+FFFD.
    /// Default windows-874 (Thai Windows files).
    public var fallbackEncoding: String?
    /// At most this many libxml2 diagnostics are kept; the rest are counted in one summary
    /// diagnostic. Unknown-tag errors ("Tag o:p invalid", one per Office tag in Word exports) are
    /// kept once per tag name.
    public var maxDiagnostics: Int

    public init(impliedElements: Bool = true, keepComments: Bool = true,
                fallbackEncoding: String? = "windows-874", maxDiagnostics: Int = 100) {
        self.impliedElements = impliedElements
        self.keepComments = keepComments
        self.fallbackEncoding = fallbackEncoding
        self.maxDiagnostics = maxDiagnostics
    }
}

/// Where the encoding used to decode the input came from, in order of precedence.
public enum HTMLEncodingSource: Sendable, Hashable {
    /// The `encoding:` argument.
    case parameter
    /// A UTF-8 or UTF-16 byte order mark (it beats any `<meta>`, as in browsers).
    case byteOrderMark
    /// `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    case metaDeclaration
    /// Nothing declared and the bytes are UTF-8, or mostly so: a damaged UTF-8 file (say, with a
    /// binary blob) is kept as UTF-8 when its Thai characters are at least 1/8 as many as its
    /// invalid sequences, which are then replaced by U+FFFD.
    case utf8Default
    /// Nothing usable declared and the bytes are not UTF-8: ``HTMLParseOptions/fallbackEncoding``.
    case fallback
}
