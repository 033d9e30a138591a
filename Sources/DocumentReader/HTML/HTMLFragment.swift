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
        let draft = HTMLReader.read(document, source: source, firstLine: firstLine, firstColumn: firstColumn)
        var table: DraftTable?
        for item in draft.items {
            if case .table(let found) = item { table = found; break }
        }
        return (table, draft.warnings)
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
