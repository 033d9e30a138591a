/// Draft items grouped into paragraphs, headings, list items, tables and gaps — the first step of
/// assembly. The lines are kept once, in order, in one array (`GroupedText.lines`); a group names a
/// range of them, so grouping allocates nothing per paragraph.
enum Part {
    case text(TextGroup)
    case table(DraftTable)
    /// One or more blank lines (or element boundaries).
    case gap
}

struct TextGroup {
    var kind: Block.Kind
    /// Indices into the line array.
    var lines: Range<Int>
    var level: Int?
    var marker: String?
    var artefact: PageArtefact?
    /// A paragraph the classifier must leave as it is (its heading line was taken out of it).
    var settled = false

    func source(in all: [DraftLine]) -> SourceLines {
        let first = all[lines.lowerBound].source
        return SourceLines(line: first.line, column: first.column, endLine: all[lines.upperBound - 1].source.endLine)
    }
}

/// The parts of a draft and their lines, with what the classifier needs already prepared: a page
/// number or page-turn marker among a paragraph's lines stands alone, a heading line directly above
/// its paragraph's lines is a heading of its own, and every one-line paragraph short enough to be a
/// running header is counted by its compact text.
struct GroupedText {
    var lines: [DraftLine] = []
    var parts: [Part] = []
    /// Counted one-line paragraphs: for each line, its entry in `counts` (-1 if not counted).
    var keys: [Int32] = []
    /// How many one-line paragraphs have each compact text.
    var counts = ByteTable<Int>()

    init(_ items: [DraftItem]) {
        lines.reserveCapacity(items.count)
        parts.reserveCapacity(items.count)
        keys = Array(repeating: -1, count: items.count)
        var open: TextGroup?
        for item in items {
            switch item {
            case .line(let line):
                lines.append(line)
                if open != nil { open!.lines = open!.lines.lowerBound..<lines.count } else {
                    open = TextGroup(kind: .paragraph, lines: (lines.count - 1)..<lines.count)
                }
            case .paragraphBreak:
                close(&open)
                if case .gap? = parts.last {} else { parts.append(.gap) }
            case .heading(let line, let level):
                close(&open)
                lines.append(line)
                parts.append(.text(TextGroup(kind: .heading, lines: (lines.count - 1)..<lines.count, level: level)))
            case .listItem(let line, let marker):
                close(&open)
                lines.append(line)
                open = TextGroup(kind: .listItem, lines: (lines.count - 1)..<lines.count, marker: marker)
            case .table(let table):
                close(&open)
                parts.append(.table(table))
            }
        }
        close(&open)
    }

    private func isFurniture(_ line: DraftLine) -> Bool {
        BlockClassifier.isPageNumber(line.text) || BlockClassifier.isPageTurn(line.text)
    }

    /// Ends the open group. A paragraph of several lines with a page number or page-turn marker among
    /// them (an HTML export puts every line in a `<p>` of its own) is split around it, so the marker
    /// is classified alone and the text around it can be joined.
    private mutating func close(_ open: inout TextGroup?) {
        guard let group = open else { return }
        open = nil
        guard group.kind == .paragraph else { parts.append(.text(group)); return }
        guard group.lines.count > 1, lines[group.lines].contains(where: isFurniture) else { appendParagraph(group.lines); return }
        var start = group.lines.lowerBound
        for index in group.lines where isFurniture(lines[index]) {
            if start < index { appendParagraph(start..<index) }
            parts.append(.gap)
            appendParagraph(index..<(index + 1))
            parts.append(.gap)
            start = index + 1
        }
        if start < group.lines.upperBound { appendParagraph(start..<group.lines.upperBound) }
    }

    private mutating func appendParagraph(_ range: Range<Int>) {
        let first = lines[range.lowerBound].text
        if range.count > 1 {
            // A heading line directly above its paragraph's lines becomes a block of its own.
            if let level = BlockClassifier.headingLevel(first) {
                parts.append(.text(TextGroup(kind: .heading, lines: range.lowerBound..<(range.lowerBound + 1), level: level)))
                parts.append(.text(TextGroup(kind: .paragraph, lines: (range.lowerBound + 1)..<range.upperBound, settled: true)))
            } else {
                parts.append(.text(TextGroup(kind: .paragraph, lines: range, settled: true)))
            }
            return
        }
        // A short line that stands alone as often as a running header does: counted by its compact bytes.
        if first.hasAtMostScalars(PageFurniture.runningHeaderMaxLength) {
            let entry = TableBuilder.withCompactBytes(first) { counts.insert($0, 0).entry }
            counts.setValue(counts.value(at: entry) + 1, at: entry)
            keys[range.lowerBound] = Int32(entry)
        }
        parts.append(.text(TextGroup(kind: .paragraph, lines: range)))
    }
}
