import HTMLTree
import ThaiText

/// HTML that plain-text and markdown exports carry inside their lines and cells
/// (`<p>…</p> <p>…</p>`, `<input type="checkbox" checked>`, `<br>`), read with libxml2.
enum HTMLFragment {
    /// True if the text holds a tag: `<` followed by a letter, or `</` followed by a letter.
    /// Autolinks (`<https://…>`, `<mailto:…>`) are text, not markup.
    static func containsMarkup<S: StringProtocol>(_ raw: S) -> Bool {
        if let found = raw.utf8.withContiguousStorageIfAvailable(scanForMarkup) { return found }
        return Array(raw.utf8).withUnsafeBufferPointer(scanForMarkup)
    }

    /// The fragment's text as a plain-text export shows it: paragraphs and `<br>` as "\n", spaces
    /// collapsed, checkboxes and Wingdings ticks as ☑ ☐ ☒, autolinks kept as written; and its
    /// first tick. `line`/`column` place the fragment, for the warnings.
    static func flatten(_ raw: String, line: Int, column: Int) -> (text: String, tick: TickState?, warnings: [ReadWarning]) {
        if let simple = flattenSimple(raw) { return (simple.text, simple.tick, []) }
        return flattenWithLibXML2(raw, line: line, column: column)
    }

    /// `flatten` through libxml2's parser, whatever the fragment holds.
    static func flattenWithLibXML2(_ raw: String, line: Int, column: Int) -> (text: String, tick: TickState?, warnings: [ReadWarning]) {
        let html = escapingAutolinks(raw)
        let options = HTMLParseOptions(keepComments: false, maxDiagnostics: 20)
        let document = HTMLDocument.parse(html: html, firstLine: line, options: options)
        var walker = HTMLWalker(document: document, map: nil, mode: .singleCell, firstLine: line)
        walker.startSingleCell(at: HTMLSourcePoint(line: line, column: column))
        walker.run()
        let builder = walker.cell?.builder ?? HTMLTextBuilder()
        let warnings = HTMLReader.warnings(from: document, firstLine: line, columnOnFirstLine: column)
            + walker.draft.warnings
        return (builder.finish(), builder.tick, warnings)
    }

    /// The first `<table>` of an HTML chunk that a markdown document embeds (starting at source
    /// line `firstLine`, column `firstColumn`), with cells placed on their true source lines.
    static func readTable(html: String, firstLine: Int, firstColumn: Int = 1) -> (DraftTable?, [ReadWarning]) {
        let source = Array(html.utf8)
        let document = HTMLDocument.parse(source, encoding: "UTF-8", firstLine: firstLine)
        let draft = HTMLReader.read(document, source: source, firstLine: firstLine, firstColumn: firstColumn, unwrapsLayoutTables: false)
        var table: DraftTable?
        for item in draft.items {
            if case .table(let found) = item { table = found; break }
        }
        return (table, draft.warnings)
    }

    /// A fragment of text and nothing but `<p>`, `</p>` and `<br>` (the paragraphs a converter leaves in a
    /// cell), read without libxml2 into the same builder, as libxml2's tree would give it: each paragraph's
    /// edge a soft line break, each `<br>` a hard one. Nil for anything else (an entity, another tag, a
    /// stray `</p>` or `<`, a control character), which goes to libxml2. A parse per cell was most of the
    /// time spent reading text exports whose cells hold such markup.
    static func flattenSimple(_ raw: String) -> (text: String, tick: TickState?)? {
        var raw = raw
        return raw.withUTF8 { bytes -> (text: String, tick: TickState?)? in
            var builder = HTMLTextBuilder()
            var inParagraph = false
            var textStart = 0
            var index = 0
            func flushText(upTo end: Int) {
                if end > textStart { builder.append(bytes: UnsafeBufferPointer(rebasing: bytes[textStart..<end]), font: .plain, line: 0) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "&") || byte == 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) { return nil }
                guard byte == UInt8(ascii: "<") else { index += 1; continue }
                guard let (tag, end) = simpleTag(bytes, at: index) else { return nil }
                flushText(upTo: index)
                switch tag {
                case .open:
                    // A `<p>` inside a paragraph closes it first, as HTML's rules do.
                    if inParagraph { builder.softNewline() }
                    builder.softNewline()
                    inParagraph = true
                case .close:
                    guard inParagraph else { return nil }
                    builder.softNewline()
                    inParagraph = false
                case .lineBreak:
                    builder.hardNewline()
                }
                index = end
                textStart = end
            }
            flushText(upTo: bytes.count)
            return (builder.finish(), builder.tick)
        }
    }

    private enum SimpleTag { case open, close, lineBreak }

    private static let simpleTags: [([UInt8], SimpleTag)] = [
        (Array("<p>".utf8), .open), (Array("</p>".utf8), .close),
        (Array("<br>".utf8), .lineBreak), (Array("<br/>".utf8), .lineBreak), (Array("<br />".utf8), .lineBreak),
    ]

    /// `<p>`, `</p>`, `<br>`, `<br/>` or `<br />` (any case) at `index`, and the offset after it.
    private static func simpleTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (SimpleTag, Int)? {
        for (form, tag) in simpleTags where index + form.count <= bytes.count {
            var matches = true
            for offset in 0..<form.count where bytes[index + offset] | (isLetter(form[offset]) ? 0x20 : 0) != form[offset] {
                matches = false
                break
            }
            if matches { return (tag, index + form.count) }
        }
        return nil
    }

    // MARK: Bytes

    private static func scanForMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                var next = index + 1
                if bytes[next] == UInt8(ascii: "/") { next += 1 }
                if next < bytes.count, isLetter(bytes[next]), !(next == index + 1 && isAutolink(bytes, at: next)) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// `scheme://` or `mailto:` right after a `<`.
    private static func isAutolink(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        while index < bytes.count, index - start <= 32, isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "+")
                || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-")
                || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":"), index - start >= 2 else { return false }
        let scheme = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        if scheme == "mailto" { return true }
        return index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// `<https://…>` written as `&lt;https://…&gt;`, so libxml2 keeps it as text instead of
    /// reading a tag named `https:`.
    private static func escapingAutolinks(_ raw: String) -> String {
        var bytes = Array(raw.utf8)
        var out: [UInt8] = []
        var changed = false
        bytes.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "<"), index + 1 < buffer.count, isAutolink(UnsafeBufferPointer(buffer), at: index + 1),
                   let close = buffer[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") || $0 == 0x20 }),
                   buffer[close] == UInt8(ascii: ">") {
                    out.append(contentsOf: Array("&lt;".utf8))
                    out.append(contentsOf: buffer[(index + 1)..<close])
                    out.append(contentsOf: Array("&gt;".utf8))
                    index = close + 1
                    changed = true
                    continue
                }
                out.append(byte)
                index += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : raw
    }
}
