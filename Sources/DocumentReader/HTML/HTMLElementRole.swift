/// What an element does to the draft, by name.
enum HTMLElementRole: Sendable, Equatable {
    /// Contributes its text only (span, b, a, font, o:p, unknown tags).
    case inline
    /// Never shown: head, script, style, title, template.
    case hidden
    case lineBreak
    /// `<hr>`: ends a paragraph.
    case rule
    case input
    /// `<img>`: shown as its `alt` text where that is a tick (a tick drawn as a picture, `alt="✓"`).
    case image
    /// A block that holds running text (p, div, h1–h6, li, blockquote…).
    case block
    case list(ordered: Bool)
    case preformatted
    case table, row, cell, tableHead

    static func of(_ name: String) -> HTMLElementRole { roles[name] ?? .inline }

    private static let roles: [String: HTMLElementRole] = {
        var roles: [String: HTMLElementRole] = [
            "head": .hidden, "script": .hidden, "style": .hidden, "title": .hidden, "template": .hidden,
            "xml": .hidden, "noframes": .hidden,
            "br": .lineBreak, "hr": .rule, "input": .input, "img": .image,
            "ul": .list(ordered: false), "ol": .list(ordered: true), "menu": .list(ordered: false),
            "dir": .list(ordered: false),
            "pre": .preformatted, "listing": .preformatted, "xmp": .preformatted, "plaintext": .preformatted,
            "table": .table, "tr": .row, "td": .cell, "th": .cell, "thead": .tableHead,
        ]
        for name in ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dl", "dt", "dd", "blockquote",
                     "address", "center", "section", "article", "aside", "header", "footer", "main", "nav",
                     "figure", "figcaption", "form", "fieldset", "legend", "details", "summary", "dialog",
                     "hgroup", "body", "html", "caption"] {
            roles[name] = .block
        }
        return roles
    }()

    /// Heading level of h1–h6.
    static func headingLevel(_ name: String) -> Int? {
        let bytes = Array(name.utf8)
        guard bytes.count == 2, bytes[0] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[1])
        else { return nil }
        return Int(bytes[1] - UInt8(ascii: "0"))
    }
}
