/// Where the running line being written starts in the source, found only once it gets text
/// (finding the end of an element costs a scan, and most boundaries are followed by no text).
enum HTMLLineStart {
    /// At a block's start tag.
    case at(HTMLSourcePoint)
    /// At the first non-blank byte from this offset (after a `<br>`).
    case after(Int)
    /// After the end of element `name`, whose end is searched from `from`.
    case afterElement(String, from: Int, endLine: Int)
    /// No source bytes: the line of the first text node, column 1.
    case unknown
}

/// Where a running line ends: at an offset (a `<br>`, the next block's start tag), or at the end
/// of the block that closes (searched only if the line has text).
enum HTMLLineEnd {
    case at(Int?)
    case elementEnd(String, endLine: Int)
}

struct HTMLFlowLine {
    var text: String
    var point: HTMLSourcePoint
    var endLine: Int
    var rawEnd: Int?
    var fallbackRaw: String
    var leadingSymbol: Bool
}

/// The paragraph being read outside tables: finished lines (split by `<br>`) and the line being written.
struct HTMLFlowState {
    var lines: [HTMLFlowLine] = []
    var builder = HTMLTextBuilder()
    var start = HTMLLineStart.unknown
    var point: HTMLSourcePoint?
    /// The end offset the last finished line found for its block, reused as the next line's start.
    var lastEnd: Int?
}

extension HTMLWalker {
    /// Called when the running line gets its first visible character.
    mutating func resolveLineStart(textLine: Int) {
        var point = HTMLSourcePoint(line: textLine, column: 1)
        switch flow.start {
        case .at(let start):
            point = start
        case .after(let offset):
            if let found = map.map({ $0.skipSpace(from: offset) }), let located = map?.point(at: found) { point = located }
        case .afterElement(let name, let from, let endLine):
            if let end = map.map({ $0.elementEnd(name, from: from, endLine: endLine) ?? $0.end(ofLine: endLine) }),
               let found = map.map({ $0.skipSpace(from: end) }), let located = map?.point(at: found) {
                point = located
            }
        case .unknown:
            break
        }
        // A scan that went past the text's own line went wrong; keep the line libxml2 gave.
        if point.line > textLine { point = HTMLSourcePoint(line: textLine, column: 1) }
        flow.point = point
    }

    /// `<br>`: ends the running line; a second one in a row ends the paragraph, as a blank line does in text.
    mutating func lineBreak(at point: HTMLSourcePoint) {
        if cell != nil { cell!.builder.hardNewline(); return }
        if !flow.builder.isEmpty {
            finishLine(end: .at(point.offset))
            flow.start = after(point)
        } else if !flow.lines.isEmpty {
            flushFlow(end: .at(nil), closing: nil)
            paragraphBreak()
            flow.start = after(point)
        }
    }

    /// `<hr>` outside cells.
    mutating func endParagraph(at point: HTMLSourcePoint) {
        flushFlow(end: .at(point.offset), closing: nil)
        paragraphBreak()
        flow.start = after(point)
    }

    mutating func closeFlowBlock(_ frame: Frame) {
        flow.lastEnd = nil
        let wrote = flushFlow(end: .elementEnd(frame.name, endLine: frame.maxLine), closing: frame)
        // An empty `<p>` (Word's `<p class=MsoNormal>&nbsp;</p>`) is the blank line of the text
        // export; the end of a list ends its last item.
        if (!wrote && flowEvents == frame.eventsAtOpen && (frame.name == "p" || frame.name == "div"))
            || frame.list != nil {
            paragraphBreak()
        }
        if let end = flow.lastEnd {
            flow.start = .after(end)
        } else if let offset = frame.point.offset {
            flow.start = .afterElement(frame.name, from: offset + 1, endLine: frame.maxLine)
        } else {
            flow.start = .unknown
        }
    }

    /// Text of `<pre>` outside cells: each source line a line of the paragraph.
    mutating func appendPreformatted(_ text: String, line: Int) {
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        // libxml2 gives a text node the line of its first non-blank character.
        let blankLeading = pieces.prefix { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }.count
        let base = blankLeading < pieces.count ? line - blankLeading : line
        let font = font
        for (k, piece) in pieces.enumerated() {
            let pieceLine = base + k
            if k > 0 {
                lineBreak(at: HTMLSourcePoint(line: pieceLine, column: 1))
                flow.start = .unknown
            }
            write(line: pieceLine) { $0.append(String(piece), font: font, preformatted: true, line: pieceLine) }
        }
    }

    /// Ends the running line, keeping it if it has text.
    mutating func finishLine(end: HTMLLineEnd) {
        defer {
            var fresh = HTMLTextBuilder()
            fresh.keepsRawText = map == nil
            flow.builder = fresh
            flow.point = nil
        }
        guard !flow.builder.isEmpty, let point = flow.point else { return }
        let text = flow.builder.finish()
        guard !text.isEmpty else { return }
        var rawEnd: Int?
        switch end {
        case .at(let offset):
            rawEnd = offset
        case .elementEnd(let name, let endLine):
            if let start = point.offset { rawEnd = map?.elementEnd(name, from: start + 1, endLine: endLine) }
            flow.lastEnd = rawEnd
        }
        flow.lines.append(HTMLFlowLine(
            text: text, point: point, endLine: max(point.line, flow.builder.maxLine), rawEnd: rawEnd,
            fallbackRaw: map == nil ? flow.builder.rawText : text, leadingSymbol: flow.builder.leadingSymbol))
    }

    /// Ends the running paragraph: its lines become draft items labelled by the nearest list item
    /// or heading (else the innermost block); with ``HTMLParagraphBreaks/everyBlock``, then a
    /// paragraph break. Returns whether it wrote anything.
    @discardableResult
    mutating func flushFlow(end: HTMLLineEnd, closing: Frame?) -> Bool {
        finishLine(end: end)
        guard !flow.lines.isEmpty else { return false }
        let lines = flow.lines
        flow.lines = []
        flowEvents += 1

        var kind = HTMLBlockKind.paragraph
        var markerEmitted = false
        var contextPosition: Int?
        if let closing, closing.kind.labelsText {
            kind = closing.kind
            markerEmitted = closing.markerEmitted
        } else if let position = contextFrames.last {
            kind = frames[position].kind
            markerEmitted = frames[position].markerEmitted
            contextPosition = position
        } else if let closing {
            kind = closing.kind
        } else if let position = blockFrames.last {
            kind = frames[position].kind
        }

        // Word's list paragraphs are items without a list element around them: the first plain
        // paragraph after them ends the list.
        let wasInWordList = inWordList
        inWordList = false
        var rest = lines[...]
        switch kind {
        case .heading(let level):
            draft.items.append(.heading(joined(lines), level: level))
            rest = []
        case .listItem(let marker) where !markerEmitted:
            draft.items.append(.listItem(draftLine(lines[0]), marker: marker))
            rest = lines.dropFirst()
            if let contextPosition { frames[contextPosition].markerEmitted = true }
        case .wordList:
            if let item = Self.bulletItem(lines[0]) {
                draft.items.append(.listItem(draftLine(item), marker: "-"))
                rest = lines.dropFirst()
                inWordList = true
            } else if wasInWordList {
                paragraphBreak()
            }
        default:
            if wasInWordList { paragraphBreak() }
        }
        for line in rest { draft.items.append(.line(draftLine(line))) }
        if breaks == .everyBlock { paragraphBreak() }
        return true
    }

    /// A paragraph break, never two in a row nor before the first item.
    mutating func paragraphBreak() {
        guard let last = draft.items.last else { return }
        if case .paragraphBreak = last { return }
        draft.items.append(.paragraphBreak)
    }

    private func draftLine(_ line: HTMLFlowLine) -> DraftLine {
        var raw = line.fallbackRaw
        if let map, let start = line.point.offset {
            raw = map.text(from: start, to: line.rawEnd ?? map.end(ofLine: line.endLine))
        }
        return DraftLine(text: line.text, raw: raw,
                         source: SourceLines(line: line.point.line, column: line.point.column, endLine: line.endLine))
    }

    /// A heading's lines as one line (a `<br>` in a heading is a wrap, not a new heading).
    private func joined(_ lines: [HTMLFlowLine]) -> DraftLine {
        var first = draftLine(lines[0])
        guard lines.count > 1, let last = lines.last else { return first }
        first.text = lines.map(\.text).joined(separator: " ")
        if let map, let start = lines[0].point.offset {
            first.raw = map.text(from: start, to: last.rawEnd ?? map.end(ofLine: last.endLine))
        } else {
            first.raw = lines.map(\.fallbackRaw).joined(separator: "\n")
        }
        first.source = SourceLines(line: first.source.line, column: first.source.column, endLine: last.endLine)
        return first
    }

    /// Bullets Word writes before the text of a list paragraph (Symbol ·, Wingdings §, Courier o…).
    static let bullets: Set<Character> = [
        "\u{B7}", "\u{2022}", "\u{A7}", "\u{25AA}", "\u{25E6}", "\u{25CF}", "\u{25CB}", "o", "-", "\u{2013}",
        "\u{D8}", "\u{27A2}", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "*",
    ]

    /// The line without its bullet, if it starts with one followed by a space.
    static func bulletItem(_ line: HTMLFlowLine) -> HTMLFlowLine? {
        guard let first = line.text.first, line.leadingSymbol || bullets.contains(first) else { return nil }
        let rest = line.text.dropFirst()
        guard rest.first == " " else { return nil }
        let text = rest.drop { $0 == " " }
        guard !text.isEmpty else { return nil }
        var item = line
        item.text = String(text)
        return item
    }
}

extension HTMLBlockKind {
    /// Whether this kind labels the text of blocks inside it (a `<p>` inside an `<li>`).
    var labelsText: Bool {
        switch self {
        case .heading, .listItem: true
        case .paragraph, .wordList: false
        }
    }
}
