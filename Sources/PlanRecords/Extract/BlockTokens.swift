import DocumentReader
import ThaiText

/// The lexical tokens of each block's text, scanned once per parse: the narrative reader and the
/// citation reader both read every text block's figures and dates.
final class BlockTokens {
    private let blocks: [Block]
    private var scanned: [[Token]?]

    init(_ blocks: [Block]) {
        self.blocks = blocks
        scanned = Array(repeating: nil, count: blocks.count)
    }

    func tokens(of index: Int) -> [Token] {
        if let tokens = scanned[index] { return tokens }
        let block = blocks[index]
        let tokens = TextTools.tokens(block.text, line: block.source.line, column: block.source.column, endLine: block.source.endLine)
        scanned[index] = tokens
        return tokens
    }
}
