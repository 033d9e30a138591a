/// A place in HTML source: 1-based line and column (Unicode scalars), and the byte offset when the
/// source is at hand.
struct HTMLSourcePoint: Sendable, Equatable {
    var line: Int
    var column: Int
    var offset: Int?
}

/// Finds elements in the source bytes that libxml2 parsed, to give them columns and raw text.
///
/// libxml2 gives each element the line of its start tag but no column. Start tags come in the
/// source in document order, so the k-th `<td` met on a line is the k-th `td` element on that line:
/// one cursor per tag name, reset at each new line, keeps every lookup a short forward scan.
/// Everything here is a plain byte scan, bounded by a line or by the element's own extent.
struct HTMLSourceMap {
    let bytes: [UInt8]
    /// Byte offset where each source line starts (index 0 is `firstLine`).
    private let lineStarts: [Int]
    private let firstLine: Int
    /// Column of the first byte, for a fragment cut from the middle of a line.
    private let firstColumn: Int

    private var cursorLine = -1
    private var cursors: [String: Int] = [:]
    /// The last column computed, so positions met left to right on a long line are counted once.
    private var columnMemo = (line: -1, offset: 0, column: 1)

    init(_ bytes: [UInt8], firstLine: Int = 1, firstColumn: Int = 1) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.firstColumn = max(1, firstColumn)
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == 0x0A { starts.append(index + 1) }
        }
        lineStarts = starts
    }

    // MARK: Start tags

    /// The start tag `<name` of the next element `name` on source line `line`, or nil if the line
    /// holds no further one (an element libxml2 implied, or a line the source does not have).
    mutating func locate(_ name: String, line: Int) -> HTMLSourcePoint? {
        let index = line - firstLine
        guard index >= 0, index < lineStarts.count else { return nil }
        if index != cursorLine {
            cursorLine = index
            cursors.removeAll(keepingCapacity: true)
        }
        let lineEnd = end(ofLineIndex: index)
        var position = max(cursors[name] ?? lineStarts[index], lineStarts[index])
        let target = Array(name.utf8)
        while position < lineEnd {
            guard let open = firstIndex(of: UInt8(ascii: "<"), from: position, to: lineEnd) else { break }
            if startsComment(at: open) {
                guard let close = commentEnd(from: open + 4, limit: lineEnd) else { break }
                position = close
                continue
            }
            if matchesName(target, at: open + 1) {
                cursors[name] = open + 1 + target.count
                return HTMLSourcePoint(line: line, column: column(of: open, lineIndex: index), offset: open)
            }
            position = open + 1
        }
        cursors[name] = lineEnd
        return nil
    }

    // MARK: Positions

    /// The point at a byte offset.
    mutating func point(at offset: Int) -> HTMLSourcePoint {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return HTMLSourcePoint(line: firstLine + low, column: column(of: offset, lineIndex: low), offset: offset)
    }

    /// The first byte at or after `offset` that is not ASCII whitespace.
    func skipSpace(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] <= 0x20 { index += 1 }
        return index
    }

    /// The offset after the `>` that ends the tag starting at `offset` (quoted values skipped);
    /// `offset` itself if the tag never ends within 64 KB.
    func tagEnd(from offset: Int) -> Int {
        var index = offset + 1
        let limit = min(bytes.count, offset + 65_536)
        var quote: UInt8 = 0
        while index < limit {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "<") {
                return index
            }
            index += 1
        }
        return offset
    }

    /// The source text between two offsets, ASCII whitespace trimmed.
    func text(from start: Int, to end: Int) -> String {
        var start = max(0, min(start, bytes.count))
        var end = max(start, min(end, bytes.count))
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The end of line `line` (before its newline).
    func end(ofLine line: Int) -> Int {
        let index = line - firstLine
        guard index >= 0 else { return 0 }
        return index < lineStarts.count ? end(ofLineIndex: index) : bytes.count
    }

    // MARK: Element ends

    /// Where element `name` ends, scanning from `offset` (inside it, at its own nesting level):
    /// after its end tag, or before the tag that closes it implicitly (`<td>a<td>`, `</tr>` for
    /// a `td`), or nil when neither shows up by the end of the line after `endLine`.
    func elementEnd(_ name: String, from offset: Int, endLine: Int) -> Int? {
        let rule = HTMLEndRules.rule(for: name)
        let limit = end(ofLine: endLine + 1)
        var depth = 0, containerDepth = 0
        var index = max(0, offset)
        while index < limit {
            guard let open = firstIndex(of: UInt8(ascii: "<"), from: index, to: limit) else { return nil }
            if startsComment(at: open) {
                guard let close = commentEnd(from: open + 4, limit: limit) else { return nil }
                index = close
                continue
            }
            let closing = open + 1 < bytes.count && bytes[open + 1] == UInt8(ascii: "/")
            let nameStart = closing ? open + 2 : open + 1
            guard let tag = tagName(at: nameStart) else { index = open + 1; continue }
            if closing {
                if containerDepth > 0 {
                    if rule.containers.contains(tag) { containerDepth -= 1 }
                } else if tag == name {
                    if depth == 0 { return tagEnd(from: open) }
                    depth -= 1
                } else if depth == 0 && rule.endedByEnd.contains(tag) {
                    return open
                }
            } else if rule.containers.contains(tag) {
                containerDepth += 1
            } else if containerDepth == 0 {
                if tag == name {
                    if rule.optionalEnd && depth == 0 { return open }
                    depth += 1
                } else if depth == 0 && rule.endedByStart.contains(tag) {
                    return open
                }
            }
            index = nameStart
        }
        return nil
    }

    // MARK: Bytes

    private func end(ofLineIndex index: Int) -> Int {
        index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    }

    private mutating func column(of offset: Int, lineIndex: Int) -> Int {
        let lineStart = lineStarts[lineIndex]
        var from = lineStart, column = 1
        if columnMemo.line == lineIndex && columnMemo.offset <= offset {
            from = columnMemo.offset
            column = columnMemo.column
        }
        bytes.withUnsafeBufferPointer { buffer in
            for index in from..<offset where buffer[index] & 0xC0 != 0x80 { column += 1 }
        }
        columnMemo = (lineIndex, offset, column)
        return column + (lineIndex == 0 ? firstColumn - 1 : 0)
    }

    private func firstIndex(of byte: UInt8, from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < end {
                if buffer[index] == byte { return index }
                index += 1
            }
            return nil
        }
    }

    /// True if `target` (lower case) stands at `offset`, case-insensitively, followed by the end
    /// of the name.
    private func matchesName(_ target: [UInt8], at offset: Int) -> Bool {
        guard offset + target.count <= bytes.count else { return false }
        for (k, byte) in target.enumerated() where Self.lower(bytes[offset + k]) != byte { return false }
        let after = offset + target.count
        return after == bytes.count || !Self.isNameByte(bytes[after])
    }

    /// The lower-case tag name starting at `offset`, nil if no letter stands there.
    private func tagName(at offset: Int) -> String? {
        guard offset < bytes.count, Self.isLetter(bytes[offset]) else { return nil }
        var end = offset
        while end < bytes.count, Self.isNameByte(bytes[end]), end - offset < 32 { end += 1 }
        return String(decoding: bytes[offset..<end].map(Self.lower), as: UTF8.self)
    }

    private func startsComment(at open: Int) -> Bool {
        open + 3 < bytes.count && bytes[open + 1] == UInt8(ascii: "!") && bytes[open + 2] == UInt8(ascii: "-")
            && bytes[open + 3] == UInt8(ascii: "-")
    }

    /// The offset after `-->` at or after `start`, searching up to `limit`.
    private func commentEnd(from start: Int, limit: Int) -> Int? {
        var index = start
        while index + 2 < limit {
            if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
                && bytes[index + 2] == UInt8(ascii: ">") { return index + 3 }
            index += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

/// How an element's end shows in the source when its end tag is left out (HTML's optional end tags).
struct HTMLEndRules {
    /// The end tag may be omitted: a start tag of the same name at the same level ends it.
    var optionalEnd = false
    /// Start tags that end it (`<div>` ends an open `<p>`).
    var endedByStart: Set<String> = []
    /// End tags of enclosing elements that end it (`</tr>` ends an open `<td>`).
    var endedByEnd: Set<String> = []
    /// Elements inside which its own name belongs to someone else (a nested table's `<td>`).
    var containers: Set<String> = []

    static func rule(for name: String) -> HTMLEndRules { rules[name] ?? HTMLEndRules() }

    private static let cell = HTMLEndRules(
        optionalEnd: true, endedByStart: ["td", "th", "tr", "tbody", "thead", "tfoot"],
        endedByEnd: ["tr", "table", "tbody", "thead", "tfoot"], containers: ["table"])
    private static let term = HTMLEndRules(optionalEnd: true, endedByStart: ["dt", "dd"], endedByEnd: ["dl"],
                                           containers: ["dl"])
    private static let rules: [String: HTMLEndRules] = [
        "td": cell, "th": cell, "dt": term, "dd": term,
        "tr": HTMLEndRules(optionalEnd: true, endedByStart: ["tbody", "thead", "tfoot"],
                           endedByEnd: ["table", "tbody", "thead", "tfoot"], containers: ["table"]),
        "li": HTMLEndRules(optionalEnd: true, endedByEnd: ["ul", "ol"], containers: ["ul", "ol"]),
        "p": HTMLEndRules(optionalEnd: true,
                          endedByStart: ["div", "table", "ul", "ol", "dl", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "blockquote", "pre", "hr", "address", "center"],
                          endedByEnd: ["div", "td", "th", "li", "body", "blockquote", "dd", "center"]),
    ]
}
