import ThaiText

/// The input forms sarabun reads.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case text, markdown, html
}

/// Where a block, row or cell stands in its source: 1-based lines and columns (Unicode scalars).
/// HTML keeps the line of each element; its column is that of the element's tag on that line.
public struct SourceLines: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var endLine: Int

    public init(line: Int, column: Int = 1, endLine: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = max(endLine ?? line, line)
    }

    /// The smallest stretch holding both.
    public func union(_ other: SourceLines) -> SourceLines {
        let first = (line, column) <= (other.line, other.column) ? self : other
        return SourceLines(line: first.line, column: first.column, endLine: max(endLine, other.endLine))
    }

    public var description: String { line == endLine ? "\(line):\(column)" : "\(line):\(column)-\(endLine)" }
}

/// A document read into blocks, in source order.
public struct Document: Sendable {
    public var format: DocumentFormat
    public var encoding: TextEncoding
    public var blocks: [Block]
    /// What the reader could not read cleanly (unclosed tags, binary stretches, ragged rows…), each with a place.
    public var warnings: [ReadWarning]

    public init(format: DocumentFormat, encoding: TextEncoding, blocks: [Block], warnings: [ReadWarning]) {
        self.format = format
        self.encoding = encoding
        self.blocks = blocks
        self.warnings = warnings
    }

    public var tables: [Table] { blocks.compactMap(\.table) }
}

public struct ReadWarning: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int = 1, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): warning: \(message)" }

    private static let unreadableBytesLead = "unreadable bytes replaced by U+FFFD: "

    /// The warning on a line whose bytes could not be decoded, with the text around them.
    static func unreadableBytes(excerpt: String) -> String { unreadableBytesLead + excerpt }

    /// The warning after the last line warned about: how many more lines have unreadable bytes.
    static func unreadableBytes(moreLines: Int) -> String {
        "\(moreLines) more line(s) after this one " + unreadableMoreLinesTail
    }

    private static let unreadableMoreLinesTail = "have unreadable bytes replaced by U+FFFD"

    /// Whether `message` is the warning that counts the further lines with unreadable bytes.
    public static func countsMoreUnreadableLines(_ message: String) -> Bool { message.hasSuffix(unreadableMoreLinesTail) }

    /// The text around the unreadable bytes, when `message` is such a warning (it travels through the
    /// records as plain text, so the checker finds it again by its words).
    public static func unreadableExcerpt(in message: String) -> String? {
        message.hasPrefix(unreadableBytesLead) ? String(message.dropFirst(unreadableBytesLead.count)) : nil
    }
}

/// One block of the document.
///
/// Its plain values are held inline and everything reference-counted (texts, repairs, table, line
/// sources) in one copy-on-write box: every reader walks the blocks, and a copy of a block then costs
/// one retain instead of six (copies of blocks were the parse's largest source of retains).
public struct Block: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case heading, paragraph, listItem, table, pageArtefact
    }

    public var kind: Kind
    public var source: SourceLines
    /// Heading level (1 = top), for headings.
    public var level: Int?
    /// What kind of page artefact, for page artefacts.
    public var artefact: PageArtefact?
    private var parts: Parts

    /// The text as the author meant it: wrapped lines joined, split words rejoined, markup removed.
    public var text: String {
        get { parts.text }
        _modify { uniqueParts(); yield &parts.text }
    }
    /// The source lines as they were (markup included), so a repair can always be checked.
    public var rawText: String {
        get { parts.rawText }
        _modify { uniqueParts(); yield &parts.rawText }
    }
    /// The list marker (`-`, `๑.`, `(๒)`), for list items.
    public var marker: String? {
        get { parts.marker }
        _modify { uniqueParts(); yield &parts.marker }
    }
    /// The repairs made to `rawText` to give `text`.
    public var repairs: [ParagraphRepair] {
        get { parts.repairs }
        _modify { uniqueParts(); yield &parts.repairs }
    }
    /// A table is never changed once built: it is shared by every copy of its block.
    public var table: Table? {
        get { parts.table }
        set { uniqueParts(); parts.table = newValue }
    }
    /// The source line of each line of `text`, where they are not simply `source.line`, `source.line + 1`, …:
    /// a block joined from HTML paragraphs that stand apart in the markup (`<p>` at line 513, the next at
    /// 519) or from lines a page break separated. Nil when the lines follow each other.
    public var lineSources: [Int]? {
        get { parts.lineSources }
        _modify { uniqueParts(); yield &parts.lineSources }
    }

    /// Where the raw text of each line of `text` starts in `rawText`, for a block joined from lines of
    /// markup (whose raw texts are joined with "\n", though they need not follow each other in the source).
    public var rawLineStarts: [Int]? {
        get { parts.rawLineStarts }
        _modify { uniqueParts(); yield &parts.rawLineStarts }
    }

    /// Where pieces of the text's lines stand in the source, where not column for column from the block's
    /// column (or 1, on later lines): the rest of a word split across lines joined into the line above
    /// (`ดำเนิ` + `นการ`), text after a list marker or markup (`- `, `# `, `**`). Nil when there are none.
    public var linePieces: [LinePiece]? {
        get { parts.linePieces }
        _modify { uniqueParts(); yield &parts.linePieces }
    }

    /// The source line of the text's line `offset` (0 for the first), always inside the block's lines.
    /// Where words split across lines were joined, this is the line the text line starts on.
    public func sourceLine(ofTextLine offset: Int) -> Int {
        if let lineSources = parts.lineSources, !lineSources.isEmpty {
            return lineSources[min(max(offset, 0), lineSources.count - 1)]
        }
        return min(source.line + max(offset, 0), source.endLine)
    }

    /// The pieces of text line `offset`, renumbered for a block made of that line alone.
    public func linePieces(onTextLine offset: Int) -> [LinePiece]? {
        guard let pieces = parts.linePieces?.filter({ $0.textLine == offset }), !pieces.isEmpty else { return nil }
        return pieces.map { LinePiece(textLine: 0, textColumn: $0.textColumn, line: $0.line, column: $0.column) }
    }

    /// The source line and column of a place in the text: its text line (0 for the first) and column counted
    /// as the scanner counts them (the first text line starting at `source.column`, the others at 1), moved
    /// to where the piece of the line it falls in stands in the source.
    public func sourcePosition(ofTextLine offset: Int, column: Int) -> (line: Int, column: Int) {
        let place = (line: sourceLine(ofTextLine: offset), column: column)
        guard let pieces = parts.linePieces else { return place }
        // The pieces are in text order: the last one at or before the place, found by halving (a block of
        // thousands of indented lines has as many pieces, and every token of it is placed).
        var low = 0, high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if (pieces[middle].textLine, pieces[middle].textColumn) <= (offset, column) { low = middle + 1 } else { high = middle }
        }
        guard low > 0, case let piece = pieces[low - 1], piece.textLine == offset else { return place }
        return (piece.line, piece.column + column - piece.textColumn)
    }

    public init(kind: Kind, source: SourceLines, text: String, rawText: String, level: Int? = nil,
                marker: String? = nil, artefact: PageArtefact? = nil, repairs: [ParagraphRepair] = [],
                table: Table? = nil) {
        self.kind = kind
        self.source = source
        self.level = level
        self.artefact = artefact
        parts = Parts(text: text, rawText: rawText, marker: marker, repairs: repairs, table: table, lineSources: nil)
    }

    /// Copies the box before a change when another block still shares it.
    private mutating func uniqueParts() {
        if !isKnownUniquelyReferenced(&parts) { parts = parts.copy() }
    }

    /// The reference-counted values of a block. Changed only through `uniqueParts()`, so no two blocks
    /// ever see one change: that is what makes the unchecked Sendable sound.
    private final class Parts: @unchecked Sendable {
        @exclusivity(unchecked) var text: String
        @exclusivity(unchecked) var rawText: String
        @exclusivity(unchecked) var marker: String?
        @exclusivity(unchecked) var repairs: [ParagraphRepair]
        @exclusivity(unchecked) var table: Table?
        @exclusivity(unchecked) var lineSources: [Int]?
        @exclusivity(unchecked) var rawLineStarts: [Int]?
        @exclusivity(unchecked) var linePieces: [LinePiece]?

        init(text: String, rawText: String, marker: String?, repairs: [ParagraphRepair], table: Table?, lineSources: [Int]?) {
            self.text = text
            self.rawText = rawText
            self.marker = marker
            self.repairs = repairs
            self.table = table
            self.lineSources = lineSources
        }

        func copy() -> Parts {
            let copy = Parts(text: text, rawText: rawText, marker: marker, repairs: repairs, table: table, lineSources: lineSources)
            copy.rawLineStarts = rawLineStarts
            copy.linePieces = linePieces
            return copy
        }
    }
}

/// A piece of a line of a block's text and where it stands in the source: from `textColumn` of text line
/// `textLine` on (columns counted as `Block.sourcePosition` counts them), the text is source line `line` from
/// `column`. A source line joined with no break starts one (the rest of a split word); so does text that
/// starts past a list marker or markup.
public struct LinePiece: Hashable, Sendable {
    public var textLine: Int
    public var textColumn: Int
    public var line: Int
    public var column: Int

    public init(textLine: Int, textColumn: Int, line: Int, column: Int) {
        self.textLine = textLine
        self.textColumn = textColumn
        self.line = line
        self.column = column
    }
}

/// Page furniture kept in the model but marked, so later stages skip it and nothing is lost.
public enum PageArtefact: String, Sendable, Hashable {
    /// `/เรียน ปลัด...`: the first words of the next page, printed at the foot of this one.
    case pageTurn
    /// `- ๒ -`, `หน้า ๓`: a page number on a line of its own.
    case pageNumber
    /// A page break the converter marked (`<!-- page 2 -->`, a form feed).
    case pageBreak
    /// A title or header repeated at the top of each page, between the parts of a text.
    case runningHeader
    /// A table's title and header rows repeated where the table continues on a new page.
    case repeatedTableHeader
}

/// A repair made while joining lines, with the line where it was made.
public struct ParagraphRepair: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
        /// A word split across two lines, rejoined with no space (the dictionary finds one word).
        case wordSplitAcrossLines
        /// A sentence cut by a page break or blank line, joined to its continuation.
        case sentenceAcrossBreak
        /// A space inside a word (a wrap in a narrow column), removed.
        case wrapSpace
    }
    public var kind: Kind
    public var line: Int

    public init(kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }
}
