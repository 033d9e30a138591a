import DocumentReader
import ThaiText

/// The lexical tokens of each block's text, scanned once per parse: the narrative reader and the
/// citation reader both read every text block's figures and dates.
final class BlockTokens {
    private let blocks: [Block]
    @exclusivity(unchecked) private var scanned: [[Token]?]

    init(_ blocks: [Block]) {
        self.blocks = blocks
        scanned = Array(repeating: nil, count: blocks.count)
    }

    func tokens(of index: Int) -> [Token] {
        if let tokens = scanned[index] { return tokens }
        let tokens = TextTools.tokens(of: blocks[index])
        scanned[index] = tokens
        return tokens
    }
}
