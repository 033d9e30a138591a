/// Options for one scan.
public struct ScanOptions: Sendable {
    /// Where the scanned text starts in its source (for a table cell cut out of a larger document).
    public var origin = SourcePosition(line: 1, column: 1, offset: 0)
    /// The text is set in a Wingdings font (a Word span), so þ ý ¨ o ü are ticks.
    public var inWingdings = false
    /// Confirm number words with ICU's Thai dictionary word break (off only to measure its cost).
    public var dictionaryWordBreak = true

    public init(origin: SourcePosition = SourcePosition(line: 1, column: 1, offset: 0), inWingdings: Bool = false) {
        self.origin = origin
        self.inWingdings = inWingdings
    }
}

/// The lexical scanner: one pass over UTF-8 bytes yielding typed tokens with exact values and places.
///
/// The pass looks only at bytes that can begin a token (digits, Thai digits, tick characters, `<`,
/// and Thai letters that can begin a number word); context words (พ.ศ., บาท, classifiers, months…)
/// are matched around a number from the vocabularies, backwards up to the previous token and forwards.
public enum LexicalScanner {
    public static func scan(_ text: UnsafeBufferPointer<UInt8>, options: ScanOptions = ScanOptions()) -> [Token] {
        var session = ScanSession(text: text, options: options)
        session.run()
        return session.tokens
    }

    /// Scans without collecting: each token goes to `each` as soon as it is read, so memory stays flat
    /// however many tokens a huge input holds.
    public static func scan(_ text: UnsafeBufferPointer<UInt8>, options: ScanOptions = ScanOptions(), each: (Token) -> Void) {
        withoutActuallyEscaping(each) { sink in
            var session = ScanSession(text: text, options: options, sink: sink)
            session.run()
        }
    }

    public static func scan(_ text: String, options: ScanOptions = ScanOptions()) -> [Token] {
        var copy = text
        return copy.withUTF8 { scan($0, options: options) }
    }

    public static func scan(_ bytes: [UInt8], options: ScanOptions = ScanOptions()) -> [Token] {
        bytes.withUnsafeBufferPointer { scan($0, options: options) }
    }
}

/// The state of one scan. Recognisers live in extensions, one file per family of tokens.
struct ScanSession {
    let text: UnsafeBufferPointer<UInt8>
    let options: ScanOptions
    var tokens: [Token] = []
    /// Where tokens go when the caller streams them instead of collecting them.
    let sink: ((Token) -> Void)?
    var tracker: LineTracker
    /// Bytes before this offset belong to an emitted token: look-backs stop here.
    var consumedUpTo: Int
    /// Depth of open elements inside a Wingdings span, when scanning raw HTML fragments.
    var wingdingsDepth = 0
    var wordBreakCache = WordBreakCache()
    /// The number-word tables, held by the session: read at most Thai letters, and a static's accessor
    /// (a once-check and a copy of the trie) cost more than the lookup itself.
    let numberWordOpenings = ScanSession.numberWordOpenings
    let numberWordTrie = ScanSession.numberWordTrie

    init(text: UnsafeBufferPointer<UInt8>, options: ScanOptions, sink: ((Token) -> Void)? = nil) {
        self.text = text
        self.options = options
        self.sink = sink
        tracker = LineTracker(origin: options.origin)
        consumedUpTo = 0
        if sink == nil { tokens.reserveCapacity(text.count / 64) }
    }

    var count: Int { text.count }

    mutating func run() {
        var index = 0
        let end = text.count
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                switch byte {
                case 0x0A:
                    tracker.passNewline(at: index)
                    index += 1
                case 0x30...0x39:
                    index = scanNumber(at: index)
                case UInt8(ascii: "<"):
                    index = scanTag(at: index)
                case UInt8(ascii: "("):
                    index = scanLostTick(at: index)
                case UInt8(ascii: "o") where inWingdings:
                    index = emitTick(.unchecked, from: index, to: index + 1)
                default:
                    index += 1
                }
            } else if byte == 0xE0 {
                index = scanThaiRun(from: index)
            } else if byte == 0xE2 || byte == 0xEF || ((byte == 0xC2 || byte == 0xC3) && inWingdings) {
                index = scanTickCharacter(at: index)
            } else {
                index += ThaiScript.sequenceWidth(byte)
            }
        }
    }

    var inWingdings: Bool { options.inWingdings || wingdingsDepth > 0 }

    // MARK: Emitting

    /// Records a token covering `start..<end` and returns `end`. `start` must be on the current line.
    @discardableResult
    mutating func emit(_ kind: TokenKind, _ value: TokenValue, from start: Int, to end: Int) -> Int {
        let startPosition = tracker.position(of: start, in: text)
        let endPosition = tracker.position(of: end, after: startPosition, in: text)
        let token = Token(kind: kind, value: value, span: SourceSpan(start: startPosition, end: endPosition))
        if let sink { sink(token) } else { tokens.append(token) }
        consumedUpTo = end
        // A token that crossed a line break moves the tracker onto its last line (a break the scan had passed
        // already, under a token that opens on the line before, is not passed again).
        if endPosition.line != startPosition.line {
            var index = max(start, tracker.lineStart)
            while index < end {
                if text[index] == 0x0A { tracker.passNewline(at: index) }
                index += 1
            }
        }
        return end
    }

    // MARK: Small matchers used by every recogniser

    /// Skips spaces and no-break spaces (and zero-width characters) forwards; never a tab or newline.
    func skipSpaces(from offset: Int) -> Int {
        var index = offset
        while index < count {
            let byte = text[index]
            if byte == 0x20 { index += 1; continue }
            if byte == 0xC2, index + 1 < count, text[index + 1] == 0xA0 { index += 2; continue }
            if byte == 0xE2, index + 2 < count, text[index + 1] == 0x80, (0x8B...0x8D).contains(text[index + 2]) { index += 3; continue }
            break
        }
        return index
    }

    /// Skips spaces and at most one line break, when a count's classifier wraps onto the next line.
    func skipSpacesAcrossOneLineBreak(from offset: Int) -> Int {
        var index = skipSpaces(from: offset)
        if index < count, text[index] == 0x0D { index += 1 }
        if index < count, text[index] == 0x0A { index = skipSpaces(from: index + 1) }
        return index
    }

    /// Skips spaces backwards from just before `offset`, not going below the last token.
    func skipSpacesBackward(before offset: Int) -> Int {
        var index = offset
        while index > consumedUpTo {
            let byte = text[index - 1]
            if byte == 0x20 { index -= 1; continue }
            if byte == 0xA0, index - 2 >= consumedUpTo, text[index - 2] == 0xC2 { index -= 2; continue }
            break
        }
        return index
    }

    /// Matches a lexicon entry at the end of the line before the one `offset` opens (`คิดเป็นร้อยละ` / `๗๖.๖๗`, a
    /// paragraph wrapped between a word and its figure). Only between lines of running text: not where either
    /// line holds a tab (a row of a table), and not where the word stands alone on its line (a column's label).
    func wordBeforeLineBreak<Value>(_ lexicon: Lexicon<Value>, before offset: Int) -> (value: Value, start: Int)? {
        // `offset` opens its line (spaces aside), and the line before is known.
        guard offset >= tracker.lineStart, skipSpacesBackward(before: offset) == tracker.lineStart,
              let previousStart = tracker.previousLineStart else { return nil }
        var end = tracker.lineStart - 1
        if end > previousStart, text[end - 1] == 0x0D { end -= 1 }
        guard end > previousStart, end > consumedUpTo,
              let word = lexicon.match(in: text, endingAt: skipSpacesBackward(before: end), notBefore: max(consumedUpTo, previousStart)),
              skipSpacesBackward(before: word.start) > previousStart else { return nil }
        // No tab on either line.
        var index = previousStart
        while index < count, index < tracker.lineStart || text[index] != 0x0A {
            if text[index] == 0x09 { return nil }
            index += 1
        }
        return word
    }

    /// Matches a lexicon entry just before `offset` (spaces skipped), returning where it starts.
    func wordBefore<Value>(_ lexicon: Lexicon<Value>, before offset: Int) -> (value: Value, start: Int)? {
        let end = skipSpacesBackward(before: offset)
        return lexicon.match(in: text, endingAt: end, notBefore: consumedUpTo)
    }

    /// Matches a lexicon entry at `offset` after spaces, returning where it ends.
    func wordAfter<Value>(_ lexicon: Lexicon<Value>, at offset: Int) -> (value: Value, end: Int)? {
        lexicon.match(in: text, at: skipSpaces(from: offset))
    }

    func byte(at offset: Int) -> UInt8? { offset >= 0 && offset < count ? text[offset] : nil }

    /// `บาท` after `offset`, or its abbreviation where no letter or digit runs on from its dot.
    func bahtAfter(_ offset: Int) -> (value: Void, end: Int)? { unitAfter(Classifiers.baht, at: offset) }

    /// `ลบ.` (millions of baht) after `offset`, where no letter or digit runs on from its dot.
    func millionBahtAfter(_ offset: Int) -> (value: Void, end: Int)? { unitAfter(Classifiers.millionBaht, at: offset) }

    private func unitAfter(_ lexicon: Lexicon<Void>, at offset: Int) -> (value: Void, end: Int)? {
        guard let unit = wordAfter(lexicon, at: offset) else { return nil }
        if text[unit.end - 1] == UInt8(ascii: "."), let next = byte(at: unit.end) {
            // A Thai letter (a lead byte of the Thai block) or an ASCII letter or digit: the dot abbreviates a name.
            if next == 0xE0 || (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next) { return nil }
        }
        return unit
    }

    /// Whether only indentation, bullets, bold marks or simple tags stand between the line (or cell)
    /// start and `offset`: where outline markers live.
    func isAtLineOrCellStart(_ offset: Int) -> Bool {
        var index = offset
        while index > 0 {
            let byte = text[index - 1]
            switch byte {
            case 0x0A, 0x09: return true
            case 0x20, UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: "|"):
                index -= 1
            case UInt8(ascii: ">"):
                // a simple opening tag such as <p> or <td>
                var open = index - 1
                while open > 0 && text[open - 1] != UInt8(ascii: "<") && text[open - 1] != 0x0A && index - open < 40 { open -= 1 }
                guard open > 0, text[open - 1] == UInt8(ascii: "<") else { return false }
                index = open - 1
            case 0xA0 where index >= 2 && text[index - 2] == 0xC2:
                index -= 2
            case 0x80 where index >= 3 && text[index - 3] == 0xE2 && text[index - 2] == 0xA2:
                index -= 3 // •
            default:
                return false
            }
        }
        return true
    }
}
