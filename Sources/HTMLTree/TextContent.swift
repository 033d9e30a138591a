/// How ``HTMLDocument/textContent(of:style:)`` joins a subtree's text.
public enum TextContentStyle: Sendable, Hashable {
    /// Roughly what a browser shows (like `innerText`):
    /// - runs of ASCII whitespace (space, tab, CR, LF, FF) become one space; U+00A0 is kept as is;
    ///   inside `<pre>`, `<textarea>`, `<listing>`, `<xmp>` text is kept verbatim;
    /// - `<br>` is always "\n";
    /// - block elements (p, div, li, tr, table, h1–h6, ul, ol, dl, dt, dd, blockquote, section, …)
    ///   start and end on their own line: one "\n" between blocks, never blank lines of their own;
    /// - cells (`td`, `th`) in one row are separated by "\t", and a block at the very start or end
    ///   of a cell adds no newline (Word wraps every cell's text in `<p>`);
    /// - `head`, `script`, `style`, `template` and comments contribute nothing;
    /// - no separator at the very start or end (a trailing `<br>` still gives "\n").
    case rendered
    /// The text nodes' content concatenated exactly (like DOM `textContent`): no separators,
    /// whitespace untouched, `<script>`/`<style>` bodies included, comments excluded.
    case raw
}

/// How an element name takes part in ``TextContentStyle/rendered`` text.
enum TextRole: UInt8, Sendable {
    case inline, block, row, cell, preformatted, hidden, lineBreak

    init(name: String) {
        switch name {
        case "br": self = .lineBreak
        case "tr": self = .row
        case "td", "th": self = .cell
        case "pre", "textarea", "listing", "xmp", "plaintext": self = .preformatted
        case "head", "script", "style", "template", "title": self = .hidden
        case "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
             "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
             "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
             "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot",
             "thead", "ul", "option":
            self = .block
        default: self = .inline
        }
    }
}

extension HTMLDocument {
    /// The text of `node` and its descendants (the whole document by default), joined as
    /// described in ``TextContentStyle``. For a text node, its own text.
    public func textContent(of node: Int = HTMLDocument.root, style: TextContentStyle = .rendered) -> String {
        var out: [UInt8] = []
        let range = node..<max(node + 1, nodes[node].subtreeEnd)
        switch style {
        case .raw:
            for i in range where nodes[i].kind == .text {
                out.append(contentsOf: storage[nodes[i].textOffset..<(nodes[i].textOffset + nodes[i].textLength)])
            }
        case .rendered:
            var builder = RenderedText()
            renderText(range, into: &builder)
            out = builder.bytes
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One linear pass over the subtree (which is contiguous in `nodes`), with a stack of open
    /// elements whose end needs an action.
    private func renderText(_ range: Range<Int>, into text: inout RenderedText) {
        struct Open { var end: Int; var role: TextRole; var cells: Int }
        var open: [Open] = []
        var preformatted = 0
        var i = range.lowerBound
        while i < range.upperBound {
            while let last = open.last, i >= last.end {
                open.removeLast()
                switch last.role {
                case .preformatted: preformatted -= 1; text.softNewline()
                case .block, .row: text.softNewline()
                default: break
                }
            }
            let node = nodes[i]
            switch node.kind {
            case .text:
                let bytes = storage[node.textOffset..<(node.textOffset + node.textLength)]
                if preformatted > 0 { text.appendVerbatim(bytes) } else { text.appendCollapsing(bytes) }
            case .element:
                let role = textRoles[Int(node.nameID)]
                switch role {
                case .hidden:
                    i = max(i + 1, node.subtreeEnd)
                    continue
                case .lineBreak:
                    text.hardNewline()
                case .cell:
                    if let row = open.lastIndex(where: { $0.role == .row }), row == open.count - 1 {
                        open[row].cells += 1
                        text.startCell(first: open[row].cells == 1)
                    } else {
                        text.startCell(first: true)
                    }
                case .preformatted:
                    preformatted += 1
                    text.softNewline()
                case .block, .row:
                    text.softNewline()
                case .inline:
                    break
                }
                if role != .inline && role != .lineBreak && node.subtreeEnd > i + 1 {
                    open.append(Open(end: node.subtreeEnd, role: role, cells: 0))
                }
            case .document, .comment:
                break
            }
            i += 1
        }
    }
}

/// Output with one pending separator, written only when more text follows, so separators never
/// lead, trail or pile up.
private struct RenderedText {
    enum Separator: Int, Comparable {
        case none, space, tab, newline
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    var bytes: [UInt8] = []
    var pending = Separator.none
    /// Nothing written since the current cell began: blocks there add no newline.
    var atCellStart = false

    mutating func softNewline() {
        if !atCellStart { pending = max(pending, .newline) }
    }

    /// Empty cells still count: each cell after the first adds one tab.
    var tabs = 0

    mutating func startCell(first: Bool) {
        if !first {
            tabs = pending == .tab ? tabs + 1 : 1
            pending = .tab
        }
        atCellStart = true
    }

    mutating func hardNewline() {
        if pending != .space { flush() }
        pending = .none
        bytes.append(0x0A)
        atCellStart = false
    }

    mutating func flush() {
        defer { pending = .none }
        guard let last = bytes.last else { return }
        switch pending {
        case .none: break
        case .space: if last != 0x0A && last != 0x09 { bytes.append(0x20) }
        case .tab: bytes.append(contentsOf: repeatElement(0x09, count: tabs))
        case .newline: if last != 0x0A { bytes.append(0x0A) }
        }
    }

    mutating func appendCollapsing(_ text: ArraySlice<UInt8>) {
        for byte in text {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pending = max(pending, .space)
            default:
                flush()
                bytes.append(byte)
                atCellStart = false
            }
        }
    }

    mutating func appendVerbatim(_ text: ArraySlice<UInt8>) {
        guard !text.isEmpty else { return }
        flush()
        bytes.append(contentsOf: text)
        atCellStart = false
    }
}
