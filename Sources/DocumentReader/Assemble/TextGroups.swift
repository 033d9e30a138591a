/// Draft items grouped into paragraphs, headings, list items, tables and gaps — the first step of
/// assembly. The lines are kept once, in order, in one array (`GroupedText.lines`); a group names a
/// range of them, so grouping allocates nothing per paragraph.
enum Part {
    case text(TextGroup)
    case table(DraftTable)
    /// One or more blank lines (or element boundaries).
    case gap
}

extension Part {
    var isGap: Bool { if case .gap = self { true } else { false } }
    /// The kind of a text part; nil for a table or a gap.
    var textKind: Block.Kind? { if case .text(let group) = self { group.kind } else { nil } }
}

struct TextGroup {
    var kind: Block.Kind
    /// Indices into the line array.
    var lines: Range<Int>
    var level: Int?
    /// A list item's marker: its index in `GroupedText.markers` (-1 for none). An index keeps the
    /// group free of references, so copying one costs no retain and release.
    var marker: Int32 = -1
    var artefact: PageArtefact?
    /// A paragraph the classifier must leave as it is (its heading line was taken out of it).
    var settled = false
    /// For a one-line paragraph counted as a possible running header, its entry in `GroupedText.counts`.
    var countEntry: Int32 = -1
    /// Whether that line ended with its page (`… หน้า ๒`) and was counted without it.
    var pageLabelled = false
}

/// The parts of a draft and their lines, with what the classifier needs already prepared: a page
/// number or page-turn marker among a paragraph's lines stands alone, a heading line directly above
/// its paragraph's lines is a heading of its own, and every one-line paragraph short enough to be a
/// running header is counted by its compact text. Items come one by one (`append`), straight from
/// the text reader or moved out of a draft.
struct GroupedText: DraftItemSink {
    private(set) var lines: [DraftLine] = []
    private(set) var parts: [Part] = []
    /// The list markers, for `TextGroup.marker`.
    private(set) var markers: [String] = []
    /// How many one-line paragraphs have each compact text.
    private(set) var counts = ByteTable<Int>()
    /// The paragraph or list item still taking lines.
    private var open: TextGroup?

    init(capacity: Int) {
        lines.reserveCapacity(capacity)
        parts.reserveCapacity(capacity)
    }

    /// Groups `items`, moving each one out (it is left a `.paragraphBreak`): the lines change hands
    /// without a retain and a release for each of their strings.
    init(moving items: inout [DraftItem]) {
        self.init(capacity: items.count)
        for index in items.indices {
            var item = DraftItem.paragraphBreak
            swap(&item, &items[index])
            append(item)
        }
        finish()
    }

    mutating func append(_ item: consuming DraftItem) {
        switch consume item {
        case .line(let line):
            let index = add(line)
            if open != nil { open!.lines = open!.lines.lowerBound..<(index + 1) } else {
                open = TextGroup(kind: .paragraph, lines: index..<(index + 1))
            }
        case .paragraphBreak:
            close()
            if case .gap? = parts.last {} else { parts.append(.gap) }
        case .heading(let line, let level):
            close()
            let index = add(line)
            parts.append(.text(TextGroup(kind: .heading, lines: index..<(index + 1), level: level)))
        case .listItem(let line, let marker):
            close()
            let index = add(line)
            markers.append(marker)
            open = TextGroup(kind: .listItem, lines: index..<(index + 1), marker: Int32(markers.count - 1))
        case .table(let table):
            close()
            parts.append(.table(table))
        }
    }

    /// Ends the last group: called once the items are all in.
    mutating func finish() { close() }

    private mutating func add(_ line: consuming DraftLine) -> Int {
        lines.append(line)
        return lines.count - 1
    }

    private static func isFurniture(_ line: DraftLine) -> Bool {
        BlockClassifier.isPageNumber(line.text) || BlockClassifier.isPageTurn(line.text)
    }

    /// Ends the open group. A paragraph of several lines with a page number or page-turn marker among
    /// them (an HTML export puts every line in a `<p>` of its own) is split around it, so the marker
    /// is classified alone and the text around it can be joined.
    private mutating func close() {
        guard let group = open else { return }
        open = nil
        guard group.kind == .paragraph else { parts.append(.text(group)); return }
        guard group.lines.count > 1, lines[group.lines].contains(where: Self.isFurniture) else {
            appendParagraph(group.lines)
            return
        }
        var start = group.lines.lowerBound
        for index in group.lines where Self.isFurniture(lines[index]) {
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
                let heading = range.lowerBound..<(range.lowerBound + 1)
                parts.append(.text(TextGroup(kind: .heading, lines: heading, level: level)))
                parts.append(.text(TextGroup(kind: .paragraph, lines: heading.upperBound..<range.upperBound, settled: true)))
            } else {
                parts.append(.text(TextGroup(kind: .paragraph, lines: range, settled: true)))
            }
            return
        }
        // A short line that stands alone as often as a running header does: counted by its compact bytes.
        var group = TextGroup(kind: .paragraph, lines: range)
        let withoutPage = first.hasAtMostScalars(PageFurniture.pageLabelledHeaderMaxLength + 12)
            ? BlockClassifier.withoutTrailingPageLabel(first) : nil
        let key = withoutPage.map(String.init) ?? first
        if key.hasAtMostScalars(withoutPage == nil ? PageFurniture.runningHeaderMaxLength : PageFurniture.pageLabelledHeaderMaxLength) {
            let entry = TableBuilder.withCompactBytes(key) { counts.insert($0, 0).entry }
            counts.setValue(counts.value(at: entry) + 1, at: entry)
            group.countEntry = Int32(entry)
            group.pageLabelled = withoutPage != nil
            // A long line with its page at the end is a running header the first time it is seen.
            if let withoutPage, !withoutPage.hasAtMostScalars(PageFurniture.pageLabelledHeaderAloneLength) {
                counts.setValue(max(counts.value(at: entry), PageFurniture.pageLabelledHeaderMinCount), at: entry)
            }
        }
        parts.append(.text(group))
    }
}
