import HTMLTree
import ThaiText

/// A PDF converted to HTML as drawn (pdftohtml's complex output, and the like): every line of a page, and every
/// cell of a table's line, is an element of its own at a position
/// (`<p style="position:absolute;top:203px;left:478px">45,000.00</p>`), in no paragraph or table the markup
/// declares. Such a document is read from where its text stands, as a text export of it would be: elements at
/// one height make a line, lines far apart a paragraph break, and a run of lines of several pieces a table, each
/// piece in the column its left edge falls under.
enum PositionedLayout {
    /// One positioned element with text.
    struct Piece {
        var page: Int
        var top: Int
        var left: Int
        var text: String
        var raw: String
        var source: SourceLines
    }

    /// The pieces of a page at one height, left to right.
    struct Line {
        var top: Int
        var pieces: [Piece]
        var isTableLike: Bool { pieces.count >= 2 }
        var source: SourceLines { pieces.dropFirst().reduce(pieces[0].source) { $0.union($1.source) } }
    }

    /// Fewer positioned pieces than this, or less of the text than `minimumShare`, is a page laid out by its
    /// markup with a few placed extras (a logo, a stamp): read by the markup.
    static let minimumPieces = 10
    static let minimumShare = 0.8
    /// Pieces whose tops differ by at most this (px) stand on one line.
    static let lineTolerance = 4
    /// A gap between lines this much above the page's usual line spacing breaks the paragraph.
    static let paragraphGapFactor = 1.2
    /// A piece belongs to the last column whose left edge is at most this far (px) right of its own.
    static let columnTolerance = 12
    /// A piece this far (px) from every column found is a column of its own, if another line has one there too.
    static let newColumnDistance = 25

    /// Whether the source positions anything absolutely at all: one byte search spares every other document
    /// the look at each element's style.
    static func mayBeDrawn(_ source: [UInt8]) -> Bool {
        source.withUnsafeBufferPointer { bytes in absolute.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes) != nil } }
    }
    private static let absolute = Array("absolute".utf8)

    /// The draft of a positioned document; nil when the document is laid out by its markup.
    static func read(_ document: HTMLDocument, map: HTMLSourceMap?) -> Draft? {
        var map = map
        let pieces = collect(document, map: &map)
        guard pieces.count >= minimumPieces else { return nil }
        let placed = pieces.reduce(0) { $0 + visibleBytes($1.text) }
        let all = visibleBytes(document.textContent())
        guard all > 0, Double(placed) >= minimumShare * Double(all) else { return nil }

        var draft = Draft()
        let markup = MarkupCache()
        var start = 0
        while start < pieces.count {
            var end = start
            while end < pieces.count, pieces[end].page == pieces[start].page { end += 1 }
            if start > 0 { draft.items.append(.paragraphBreak) }
            readPage(lines(of: pieces[start..<end]), into: &draft, markup: markup)
            start = end
        }
        return draft
    }

    // MARK: Pieces

    /// Every positioned element with text, in document order, with its page: pdftohtml wraps each page in a
    /// `<div id="pageN-div">`; without such divs a top that jumps back up starts a page.
    private static func collect(_ document: HTMLDocument, map: inout HTMLSourceMap?) -> [Piece] {
        var pieces: [Piece] = []
        var page = 0, sawPageDivs = false
        let nodes = document.nodes
        var index = 1
        while index < nodes.count {
            guard nodes[index].kind == .element, let name = document.name(of: index) else { index += 1; continue }
            if let id = document.attribute("id", of: index), id.lowercased().hasPrefix("page") {
                page += 1
                sawPageDivs = true
            }
            guard let style = document.attribute("style", of: index), let (top, left) = position(in: style) else {
                index += 1
                continue
            }
            let end = max(nodes[index].subtreeEnd, index + 1)
            let text = InlineMarkup.collapseSpaces(document.textContent(of: index).replacing("\u{A0}", with: " "))
            if !text.isEmpty {
                let line = nodes[index].line
                let endLine = nodes[index..<end].reduce(line) { max($0, $1.line) }
                let point = map?.locate(name, line: line) ?? HTMLSourcePoint(line: line, column: 1, offset: nil)
                var raw = text
                if let found = map, let offset = point.offset {
                    let close = found.elementEnd(name, from: offset + 1 + name.utf8.count, endLine: endLine)
                    raw = found.text(from: offset, to: close ?? found.end(ofLine: endLine))
                }
                if !sawPageDivs, let last = pieces.last, last.page == page, top + 300 < last.top { page += 1 }
                pieces.append(Piece(page: page, top: top, left: left, text: text, raw: raw,
                                    source: SourceLines(line: point.line, column: point.column, endLine: endLine)))
            }
            // What the element holds is read with it.
            index = end
        }
        return pieces
    }

    /// `top` and `left` of an absolutely positioned style (`position:absolute;top:203px;left:478px`), in whole units.
    static func position(in style: String) -> (top: Int, left: Int)? {
        let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" })
        guard compact.contains("position:absolute"), let top = number(after: "top:", in: compact),
              let left = number(after: "left:", in: compact) else { return nil }
        return (top, left)
    }

    /// The number after `label` (`top:203.5px` gives 204), where `label` opens a declaration.
    private static func number(after label: String, in style: String) -> Int? {
        var rest = Substring(style)
        while let range = rest.firstRange(of: label) {
            let opensDeclaration = range.lowerBound == style.startIndex || [";", "{", "\""].contains(style[style.index(before: range.lowerBound)])
            let digits = rest[range.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            // (Nine digits at most: no page is a billion units tall, and a longer run must not overflow.)
            if opensDeclaration, digits.count <= 9, let value = Double(digits) { return Int(value.rounded()) }
            rest = rest[range.upperBound...]
        }
        return nil
    }

    private static func visibleBytes(_ text: String) -> Int { text.utf8.count { $0 > 0x20 } }

    // MARK: Lines

    /// A page's pieces gathered into lines, top to bottom.
    static func lines(of pieces: ArraySlice<Piece>) -> [Line] {
        let sorted = pieces.sorted { ($0.top, $0.left) < ($1.top, $1.left) }
        var lines: [Line] = []
        for piece in sorted {
            if let last = lines.last, piece.top - last.top <= lineTolerance {
                lines[lines.count - 1].pieces.append(piece)
            } else {
                lines.append(Line(top: piece.top, pieces: [piece]))
            }
        }
        for index in lines.indices { lines[index].pieces.sort { $0.left < $1.left } }
        return lines
    }

    // MARK: Pages

    private static func readPage(_ lines: [Line], into draft: inout Draft, markup: MarkupCache) {
        guard !lines.isEmpty else { return }
        let gaps = zip(lines.dropFirst(), lines).map { $0.top - $1.top }.sorted()
        // The spacing of a paragraph's lines: the lower quartile of the gaps, which the gaps between paragraphs,
        // fewer than the lines, do not reach.
        let usualGap = gaps.isEmpty ? 0 : gaps[(gaps.count - 1) / 4]
        let tables = tableRuns(lines)
        var index = 0
        while index < lines.count {
            if let run = tables.first(where: { $0.lowerBound == index }) {
                if index > 0 { draft.items.append(.paragraphBreak) }
                draft.items.append(.table(table(Array(lines[run]), markup: markup)))
                draft.items.append(.paragraphBreak)
                index = run.upperBound
                continue
            }
            let line = lines[index]
            if index > 0, !tables.contains(where: { $0.upperBound == index }) {
                let previous = lines[index - 1]
                let gap = line.top - previous.top
                // Far below the line above, or indented past it (a paragraph's first line): a new paragraph.
                if Double(gap) > paragraphGapFactor * Double(usualGap) || line.pieces[0].left > previous.pieces[0].left + 20 {
                    draft.items.append(.paragraphBreak)
                }
            }
            let text = line.pieces.map(\.text).joined(separator: " ")
            draft.items.append(.line(DraftLine(text: text, raw: line.pieces.map(\.raw).joined(separator: " "), source: line.source)))
            index += 1
        }
    }

    /// Runs of lines that make a table: from a line of several pieces to the last such line with at most two lines
    /// of one piece between each (a cell's text wrapped onto the next line). A lone line of pieces (`ที่ … วันที่ …`)
    /// is a line.
    static func tableRuns(_ lines: [Line]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            guard lines[index].isTableLike else { index += 1; continue }
            var last = index, tableLike = 1
            var next = index + 1
            while next < lines.count, next - last <= 3 {
                if lines[next].isTableLike { last = next; tableLike += 1 }
                next += 1
            }
            if tableLike >= 2 { runs.append(index..<last + 1) }
            index = last + 1
        }
        return runs
    }

    // MARK: Tables

    /// The lines of a table as rows, each piece in the column its left edge falls under.
    static func table(_ lines: [Line], markup: MarkupCache) -> DraftTable {
        let anchors = columns(lines)
        var rows: [DraftRow] = []
        for line in lines {
            let placed = line.pieces.map { piece in
                let reading = InlineMarkup.read(piece.text, line: piece.source.line, column: piece.source.column, cache: markup)
                return (column: anchors.lastIndex { $0 <= piece.left + columnTolerance } ?? 0,
                        cell: DraftCell(text: reading.text, raw: piece.raw, source: piece.source, tick: reading.tick))
            }
            rows.append(DraftRow(columns: anchors.count, source: line.source, placed: placed))
        }
        let source = SourceLines(line: rows[0].source.line, column: lines[0].pieces[0].source.column, endLine: rows.last!.source.endLine)
        return DraftTable(rows: rows, source: source, declaredHeaderRows: nil)
    }

    /// The left edges of a table's columns: those of its fullest line, and any other edge far from them that two
    /// lines share (a column the fullest line leaves empty).
    static func columns(_ lines: [Line]) -> [Int] {
        let fullest = lines.max { $0.pieces.count < $1.pieces.count }!
        var anchors = fullest.pieces.map(\.left)
        let others = lines.flatMap { $0.pieces.map(\.left) }.filter { left in anchors.allSatisfy { abs($0 - left) > newColumnDistance } }
        var added: [Int] = []
        for left in others where added.allSatisfy({ abs($0 - left) > newColumnDistance }) {
            if others.count(where: { abs($0 - left) <= lineTolerance }) >= 2 { added.append(left) }
        }
        anchors += added
        return anchors.sorted()
    }
}
