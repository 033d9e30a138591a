import HTMLTree
import ThaiText

/// How text that sits in a block is labelled: the markup's own kind for the draft.
enum HTMLBlockKind: Sendable, Equatable {
    case paragraph
    /// Word's `<p class=MsoListParagraph>`: a list item if its text starts with a bullet.
    case wordList
    case heading(Int)
    case listItem(String)
}

/// The single pass over an ``HTMLDocument``'s node array (document order, no recursion) that
/// turns it into draft items. Elements whose end needs an action are kept on a stack of frames,
/// closed when the walk passes their subtree's end.
struct HTMLWalker {
    enum Mode {
        /// A whole document: blocks become lines, tables become draft tables.
        case document
        /// A fragment read as one cell's text (tables in it are flattened).
        case singleCell
    }

    struct Frame {
        enum Role { case inline, flowBlock, cellBlock, table, row, cell, tableHead, nestedTable, nestedRow }
        var end: Int
        var role: Role
        var name: String
        var point: HTMLSourcePoint
        var maxLine: Int
        var setsFont = false
        var preformatted = false
        var kind = HTMLBlockKind.paragraph
        /// A list item's marker has been written (later paragraphs of the item are plain lines).
        var markerEmitted = false
        /// For `<ol>`/`<ul>`: ordered, and the next item's number.
        var list: (ordered: Bool, next: Int)?
        /// `flowEvents` when the block opened: unchanged at its end means nothing was written in it.
        var eventsAtOpen = 0
    }

    struct OpenCell {
        var builder: HTMLTextBuilder
        var point: HTMLSourcePoint
        var name: String
        var columnSpan = 1
        var rowSpan = 1
    }

    let document: HTMLDocument
    var map: HTMLSourceMap?
    let mode: Mode
    let breaks: HTMLParagraphBreaks
    var draft = Draft()
    var fonts = HTMLFonts()

    var frames: [Frame] = []
    var fontStack: [HTMLFont] = []
    /// Indexes into `frames` of open lists, of open li/h1–h6 in running text, and of open blocks.
    var listFrames: [Int] = []
    var contextFrames: [Int] = []
    var blockFrames: [Int] = []
    var preDepth = 0
    var headDepth = 0
    var nestedTables = 0
    /// Where the first table inside the current table's cells opens.
    private var firstNestedTable: HTMLSourcePoint?
    /// Whether a one-cell frame around a table gives the table inside (`innerOfLayout`).
    var unwrapsLayoutTables = true
    /// The top-level table being read, and the cell of it whose text is being written.
    var table: HTMLTableBuilder?
    var cell: OpenCell?
    var flow = HTMLFlowState()
    /// Counts what running text has produced (lines flushed, blocks opened, tables), to tell an
    /// empty block from one that held something.
    var flowEvents = 0
    /// The last running text written was an item of a Word list (`MsoListParagraph`).
    var inWordList = false
    var lastLine: Int
    var warningCount = 0
    var suppressedWarnings = 0

    static let maxWarnings = 200

    init(document: HTMLDocument, map: HTMLSourceMap?, mode: Mode, firstLine: Int,
         breaks: HTMLParagraphBreaks = .likeText) {
        self.document = document
        self.map = map
        self.mode = mode
        self.breaks = breaks
        lastLine = firstLine
        flow.builder.keepsRawText = map == nil
    }

    var font: HTMLFont { fontStack.last ?? .plain }

    // MARK: The walk

    mutating func run() {
        let nodes = document.nodes
        var index = 1
        while index < nodes.count {
            close(before: index)
            let node = nodes[index]
            let line = node.line > 0 ? node.line : lastLine
            lastLine = line
            if node.kind == .element && !frames.isEmpty && line > frames[frames.count - 1].maxLine {
                frames[frames.count - 1].maxLine = line
            }
            switch node.kind {
            case .text:
                let text = document.text(of: index)
                // Whitespace between tags reports the line it starts on; only content marks where
                // an element ends, and content can run over several lines (a Word paragraph wraps mid-sentence).
                let contentEnd = line + Self.linesInsideContent(text)
                if !frames.isEmpty && contentEnd > frames[frames.count - 1].maxLine && !Self.isBlank(text) {
                    frames[frames.count - 1].maxLine = contentEnd
                }
                appendText(text, line: line)
                if contentEnd > line {
                    if cell != nil { cell!.builder.see(line: contentEnd) } else if !flow.builder.isEmpty { flow.builder.see(line: contentEnd) }
                }
            case .element:
                if let next = open(index, line: line) { index = next; continue }
            case .comment, .document:
                break
            }
            index += 1
        }
        close(before: Int.max)
        flushFlow(end: .at(map?.bytes.count), closing: nil)
        if suppressedWarnings > 0 {
            draft.warnings.append(ReadWarning(line: lastLine, message: "\(suppressedWarnings) more HTML warning(s) not kept"))
        }
    }

    /// Opens element `index`; returns where to continue when its subtree is skipped.
    private mutating func open(_ index: Int, line: Int) -> Int? {
        guard let name = document.name(of: index) else { return nil }
        let end = max(document.nodes[index].subtreeEnd, index + 1)
        let role = HTMLElementRole.of(name)
        switch role {
        case .hidden:
            // Style sheets (in `<head>` or not) say which classes are set in Wingdings.
            for element in name == "style" ? [index] : document.elements(named: "style", in: index) {
                fonts.learn(styleSheet: document.textContent(of: element, style: .raw))
            }
            return end
        case .inline:
            if end > index + 1, let font = fonts.font(of: index, in: document) {
                push(Frame(end: end, role: .inline, name: name, point: HTMLSourcePoint(line: line, column: 1),
                           maxLine: line), font: font)
            }
            return nil
        case .input:
            if document.attribute("type", of: index)?.lowercased() == "checkbox" {
                let checked = document.hasAttribute("checked", of: index)
                write(line: line) { $0.appendCheckbox(checked: checked, line: line) }
            }
            return nil
        case .image:
            // Word draws a tick it was pasted as a picture: the picture's `alt` is the tick (`alt="✓"`). Other
            // pictures (a logo, a signature) show nothing.
            if let alt = document.attribute("alt", of: index), TickForms.isTickCharacter(alt) {
                let font = font
                write(line: line) { $0.append(alt, font: font, line: line) }
            }
            return nil
        default:
            break
        }
        let point = locate(name, line: line)
        var frame = Frame(end: end, role: .inline, name: name, point: point, maxLine: line)
        switch role {
        case .lineBreak:
            lineBreak(at: point)
            return nil
        case .rule:
            if cell != nil { cell!.builder.softNewline() } else { endParagraph(at: point) }
            return nil
        case .block, .list, .preformatted:
            frame.preformatted = role == .preformatted
            if case .list(let ordered) = role {
                let start = integer(document.attribute("start", of: index)) ?? 1
                frame.list = (ordered, start)
            }
            let marker = name == "li" ? nextListMarker(index) : nil
            let kind = marker.map { .listItem($0) } ?? blockKind(index, name: name)
            if cell != nil {
                frame.role = .cellBlock
                cell!.builder.softNewline()
                if kind == .wordList { cell!.builder.expectBullet() }
            } else {
                frame.role = .flowBlock
                frame.kind = kind
                flushFlow(end: .at(point.offset), closing: nil)
                flowEvents += 1
                frame.eventsAtOpen = flowEvents
                flow.start = Self.containers.contains(name) ? after(point) : .at(point)
                if kind == .wordList { flow.builder.expectBullet() }
            }
        case .table:
            if table == nil && cell == nil && mode == .document {
                flushFlow(end: .at(point.offset), closing: nil)
                flow.start = after(point)  // stray text between rows
                table = HTMLTableBuilder(point: point)
                frame.role = .table
            } else {
                frame.role = .nestedTable
                if table != nil && nestedTables == 0 && firstNestedTable == nil { firstNestedTable = point }
                nestedTables += 1
                separate()
                warn(at: point, "a table inside a table cell: its text is kept as the cell's text")
            }
        case .row:
            if inTopTable {
                table!.startRow(at: point, inHead: headDepth > 0)
                frame.role = .row
            } else {
                frame.role = .nestedRow
                separate()
            }
        case .cell:
            if inTopTable && cell == nil {
                openCell(index, name: name, point: point)
                frame.role = .cell
            } else {
                cell?.builder.space()
                if cell == nil { flow.builder.space() }
            }
        case .tableHead:
            if inTopTable {
                headDepth += 1
                frame.role = .tableHead
            }
        default:
            break
        }
        push(frame, font: fonts.font(of: index, in: document))
        return nil
    }

    private var inTopTable: Bool { table != nil && nestedTables == 0 }

    /// Blocks that hold other blocks: text directly in them is placed where it stands, not at
    /// the container's tag (`<body>` on line 1, its first words on line 9).
    static let containers: Set<String> = [
        "html", "body", "section", "article", "main", "header", "footer", "nav", "aside", "form", "fieldset",
        "center", "blockquote", "dl", "ul", "ol", "menu", "dir", "details", "dialog", "figure", "hgroup",
    ]

    /// The running line starts after the tag at `point` (at the first text when the source is not at hand).
    func after(_ point: HTMLSourcePoint) -> HTMLLineStart {
        guard let map, let offset = point.offset else { return .unknown }
        return .after(map.tagEnd(from: offset))
    }

    static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy { $0 <= 0x20 } }

    private mutating func push(_ frame: Frame, font: HTMLFont?) {
        var frame = frame
        if let font {
            frame.setsFont = true
            fontStack.append(font)
        }
        if frame.role == .inline && !frame.setsFont { return }
        if frame.preformatted { preDepth += 1 }
        let position = frames.count
        if frame.list != nil { listFrames.append(position) }
        if frame.role == .flowBlock {
            blockFrames.append(position)
            switch frame.kind {
            case .heading, .listItem: contextFrames.append(position)
            default: break
            }
        }
        frames.append(frame)
    }

    /// Closes every frame whose subtree ends before node `index`.
    private mutating func close(before index: Int) {
        while let last = frames.last, last.end <= index {
            let frame = frames.removeLast()
            let position = frames.count
            if listFrames.last == position { listFrames.removeLast() }
            if contextFrames.last == position { contextFrames.removeLast() }
            if blockFrames.last == position { blockFrames.removeLast() }
            if !frames.isEmpty && frame.maxLine > frames[position - 1].maxLine { frames[position - 1].maxLine = frame.maxLine }
            if frame.setsFont { fontStack.removeLast() }
            if frame.preformatted { preDepth -= 1 }
            switch frame.role {
            case .inline:
                break
            case .flowBlock:
                closeFlowBlock(frame)
            case .cellBlock:
                cell?.builder.softNewline()
            case .table:
                flushFlow(end: .at(nil), closing: nil)
                if let done = table?.finish(maxLine: frame.maxLine) {
                    draft.items.append(.table(innerOfLayout(done, endLine: frame.maxLine) ?? done))
                    flowEvents += 1
                    inWordList = false
                }
                table = nil
                firstNestedTable = nil
                flow.start = frame.point.offset.map { .afterElement("table", from: $0 + 1, endLine: frame.maxLine) } ?? .unknown
            case .row:
                table?.finishRow(maxLine: frame.maxLine)
            case .cell:
                closeCell(frame)
            case .tableHead:
                headDepth -= 1
            case .nestedTable:
                nestedTables -= 1
                separate()
            case .nestedRow:
                separate()
            }
        }
    }

    // MARK: Cells

    private mutating func openCell(_ index: Int, name: String, point: HTMLSourcePoint) {
        var warnings: [ReadWarning] = []
        let columnSpan = HTMLSpan.read(document.attribute("colspan", of: index), attribute: "colspan", at: point,
                                       warnings: &warnings)
        let rowSpan = HTMLSpan.read(document.attribute("rowspan", of: index), attribute: "rowspan", at: point,
                                    warnings: &warnings)
        for warning in warnings { warn(at: point, warning.message) }
        var builder = HTMLTextBuilder()
        builder.keepsRawText = map == nil
        cell = OpenCell(builder: builder, point: point, name: name, columnSpan: columnSpan, rowSpan: rowSpan)
    }

    private mutating func closeCell(_ frame: Frame) {
        guard let open = cell else { return }
        cell = nil
        var raw = open.builder.rawText
        if let map, let offset = open.point.offset {
            // The end tag usually sits on a line after the cell's last text (Word indents it).
            let end = map.elementEnd(open.name, from: offset + 1 + open.name.utf8.count, endLine: frame.maxLine + 2)
            raw = map.text(from: offset, to: end ?? map.end(ofLine: frame.maxLine))
            if end == nil {
                warn(at: open.point, "<\(open.name)> has no end tag near its text; its raw text is cut at the end of line \(frame.maxLine)")
            }
        }
        let source = SourceLines(line: open.point.line, column: open.point.column, endLine: frame.maxLine)
        let draftCell = DraftCell(text: open.builder.finish(), raw: raw, source: source, columnSpan: open.columnSpan,
                                  rowSpan: open.rowSpan, tick: open.builder.tick)
        table?.add(draftCell, isHeader: open.name == "th", inHead: headDepth > 0)
    }

    /// A layout table (one cell framing a page, as Google Docs and Word write them) around the real table: the
    /// table inside it, read from its markup; nil when `table` is no such frame.
    private mutating func innerOfLayout(_ table: DraftTable, endLine: Int) -> DraftTable? {
        guard unwrapsLayoutTables, table.rows.count == 1, table.rows[0].cells.count == 1, let inner = firstNestedTable,
              let offset = inner.offset, let map else { return nil }
        // Up to its own end tag: the frame's end tags after it are no part of it.
        let end = map.elementEnd("table", from: offset + 1 + "table".utf8.count, endLine: endLine) ?? map.end(ofLine: endLine)
        let (found, warnings) = HTMLFragment.readTable(html: map.text(from: offset, to: end), firstLine: inner.line, firstColumn: inner.column)
        guard let found, found.rows.count >= 2 else { return nil }
        draft.warnings.removeAll { $0.line == inner.line && $0.column == inner.column && $0.message.hasPrefix("a table inside a table cell") }
        draft.warnings += warnings
        return found
    }

    /// The text of the single cell a fragment is read as (mode `.singleCell`).
    mutating func startSingleCell(at point: HTMLSourcePoint) {
        var builder = HTMLTextBuilder()
        builder.keepsRawText = true
        cell = OpenCell(builder: builder, point: point, name: "")
    }

    // MARK: Text

    private mutating func appendText(_ text: String, line: Int) {
        if cell != nil {
            cell!.builder.append(text, font: font, preformatted: preDepth > 0, line: line)
        } else if preDepth > 0 {
            appendPreformatted(text, line: line)
        } else {
            let font = font
            write(line: line) { $0.append(text, font: font, line: line) }
        }
    }

    /// The line breaks between a text's first and last visible bytes (libxml2 gives a text node the line
    /// of its first visible character).
    static func linesInsideContent(_ text: String) -> Int {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else { return 0 }
        return utf8[first..<last].count { $0 == 0x0A }
    }

    /// Writes into the cell or the running line; notes where a running line starts.
    mutating func write(line: Int, _ body: (inout HTMLTextBuilder) -> Void) {
        if cell != nil { body(&cell!.builder); return }
        let wasEmpty = flow.builder.isEmpty
        body(&flow.builder)
        if wasEmpty && !flow.builder.isEmpty { resolveLineStart(textLine: line) }
    }

    /// A word break between flattened cells, a line break between flattened rows.
    private mutating func separate() {
        if cell != nil { cell!.builder.softNewline() } else { flow.builder.space() }
    }

    private func blockKind(_ index: Int, name: String) -> HTMLBlockKind {
        if let level = HTMLElementRole.headingLevel(name) { return .heading(level) }
        if let classes = document.attribute("class", of: index), classes.lowercased().hasPrefix("msolist") {
            return .wordList
        }
        return .paragraph
    }

    /// "-" for bullets, "N." for numbered items (`start` and `value` honoured); counts the item.
    private mutating func nextListMarker(_ index: Int) -> String {
        guard let position = listFrames.last, let list = frames[position].list, list.ordered else { return "-" }
        let number = integer(document.attribute("value", of: index)) ?? list.next
        frames[position].list?.next = number + 1
        return "\(number)."
    }

    // MARK: Places and warnings

    private mutating func locate(_ name: String, line: Int) -> HTMLSourcePoint {
        map?.locate(name, line: line) ?? HTMLSourcePoint(line: line, column: 1, offset: nil)
    }

    mutating func warn(at point: HTMLSourcePoint, _ message: String) {
        guard warningCount < Self.maxWarnings else { suppressedWarnings += 1; return }
        warningCount += 1
        draft.warnings.append(ReadWarning(line: point.line, column: point.column, message: message))
    }
}

/// An integer attribute value (`start="3"`), nil if it is not one.
private func integer(_ value: String?) -> Int? {
    guard let value else { return nil }
    return Int(String(value.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }))
}
