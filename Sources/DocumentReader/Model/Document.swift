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
}

/// One block of the document.
public struct Block: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case heading, paragraph, listItem, table, pageArtefact
    }

    public var kind: Kind
    public var source: SourceLines
    /// The text as the author meant it: wrapped lines joined, split words rejoined, markup removed.
    public var text: String
    /// The source lines as they were (markup included), so a repair can always be checked.
    public var rawText: String
    /// Heading level (1 = top), for headings.
    public var level: Int?
    /// The list marker (`-`, `๑.`, `(๒)`), for list items.
    public var marker: String?
    /// What kind of page artefact, for page artefacts.
    public var artefact: PageArtefact?
    /// The repairs made to `rawText` to give `text`.
    public var repairs: [ParagraphRepair]
    public var table: Table? {
        get { tableBox?.table }
        set { tableBox = newValue.map(TableBox.init) }
    }
    /// The source line of each line of `text`, where they are not simply `source.line`, `source.line + 1`, …:
    /// a block joined from HTML paragraphs that stand apart in the markup (`<p>` at line 513, the next at
    /// 519) or from lines a page break separated. Nil when the lines follow each other.
    public var lineSources: [Int]?

    /// The source line of the text's line `offset` (0 for the first), always inside the block's lines.
    public func sourceLine(ofTextLine offset: Int) -> Int {
        if let lineSources, !lineSources.isEmpty {
            return lineSources[min(max(offset, 0), lineSources.count - 1)]
        }
        return min(source.line + max(offset, 0), source.endLine)
    }

    /// The table held by reference: every reader walks the blocks, and copying a block copied each of the
    /// table's arrays (a tenth of the parse went to such copies). A table is never changed once built.
    private var tableBox: TableBox?

    public init(kind: Kind, source: SourceLines, text: String, rawText: String, level: Int? = nil,
                marker: String? = nil, artefact: PageArtefact? = nil, repairs: [ParagraphRepair] = [],
                table: Table? = nil) {
        self.kind = kind
        self.source = source
        self.text = text
        self.rawText = rawText
        self.level = level
        self.marker = marker
        self.artefact = artefact
        self.repairs = repairs
        self.tableBox = table.map(TableBox.init)
    }
}

/// A table behind a reference, so a `Block` copies in a few retains.
final class TableBox: Sendable {
    let table: Table

    init(_ table: Table) {
        self.table = table
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
