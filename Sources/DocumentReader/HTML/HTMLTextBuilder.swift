import ThaiText

/// The font a run of HTML text is set in, as far as reading it goes.
enum HTMLFont: Sendable, Equatable {
    case plain
    /// Symbol and the like: bullets, never ticks.
    case symbol
    /// Wingdings / Webdings: Latin letters are pictures, þ is a boxed tick.
    case dingbats
    /// Wingdings 2: other pictures, `R` a boxed tick, `P` a tick, `£` an empty box.
    case wingdings2
}

/// Writes the rendered text of one line (flow) or one cell: whitespace runs (and `&nbsp;`) become
/// one space, separators never lead or trail, tick glyphs become the Unicode ticks a plain-text
/// export shows, and the first tick is remembered. Works on UTF-8 bytes: this runs on every text
/// node of a document.
struct HTMLTextBuilder {
    private(set) var bytes: [UInt8] = []
    /// The first tick written (a Unicode tick character, a Wingdings glyph, a checkbox).
    private(set) var tick: TickState?
    /// The first visible character came from a Symbol or Wingdings run (a Word list bullet).
    private(set) var leadingSymbol = false
    /// Source line of the first visible character, and the largest line seen.
    private(set) var firstLine: Int?
    private(set) var maxLine = 0
    /// The text nodes as they were, for `raw` when the source bytes are not at hand.
    private(set) var rawText = ""
    var keepsRawText = false

    private enum Separator: Int { case none, space, newline }
    private var pending = Separator.none
    private var needsNFC = false
    /// A Word list paragraph starts here: a Symbol/Wingdings glyph before its text is its bullet.
    private var bulletExpected = false

    var isEmpty: Bool { bytes.isEmpty }

    /// The next visible character, if set in a symbol font, is a list bullet (Word writes a
    /// Wingdings ü or § before each item of a `MsoListParagraph`): it is written "-", never a tick.
    mutating func expectBullet() { bulletExpected = true }

    mutating func see(line: Int) { if line > maxLine { maxLine = line } }

    /// Appends a text node's content. `preformatted` keeps spaces and turns newlines into hard ones.
    mutating func append(_ text: String, font: HTMLFont, preformatted: Bool = false, line: Int) {
        if keepsRawText { rawText += text }
        var text = text
        text.withUTF8 { append(bytes: $0, font: font, preformatted: preformatted, line: line) }
    }

    /// Appends a text node's content given as UTF-8 (valid: a slice of a Swift string's bytes).
    mutating func append(bytes input: UnsafeBufferPointer<UInt8>, font: HTMLFont, preformatted: Bool = false, line: Int) {
        var index = 0
        let count = input.count
        while index < count {
            // A run of letters, digits and Thai (neither space, markup, tick nor bullet) is
            // written whole: Thai text is most of what this sees.
            if font != .dingbats && font != .wingdings2 && !(bulletExpected && font != .plain) {
                let end = Self.plainRunEnd(input, from: index, needsNFC: &needsNFC)
                if end > index {
                    write(UnsafeBufferPointer(rebasing: input[index..<end]), line: line, font: font)
                    index = end
                    continue
                }
            }
            let byte = input[index]
            if byte < 0x80 {
                switch byte {
                case 0x0A where preformatted:
                    hardNewline()
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    if preformatted { write([byte == 0x09 ? 0x09 : 0x20], line: line, font: font, space: true) }
                    else if pending == .none { pending = .space }
                case UInt8(ascii: "<") where !preformatted:
                    // Word's downlevel conditionals (`<![if !supportLists]>`, `<![endif]>`) reach
                    // libxml2's tree as text; they are markup, not words.
                    if let end = Self.conditionalEnd(input, index) { index = end; continue }
                    write([byte], line: line, font: font)
                default:
                    if bulletExpected && font != .plain {
                        write([UInt8(ascii: "-")], line: line, font: font)
                    } else if font == .dingbats, let tick = HTMLTicks.privateUse[0xF000 + UInt32(byte)] {
                        writeTick(tick.state, glyph: tick.glyph, line: line, font: font)
                    } else if font == .wingdings2, let tick = HTMLTicks.wingdings2[UInt32(byte)] {
                        writeTick(tick.state, glyph: tick.glyph, line: line, font: font)
                    } else {
                        write([byte], line: line, font: font)
                    }
                }
                index += 1
                continue
            }
            let width = min(Self.sequenceWidth(byte), count - index)
            let scalar = Self.decode(input, index, width)
            if bulletExpected && font != .plain && scalar != 0xA0 {
                write([UInt8(ascii: "-")], line: line, font: font)
            } else if scalar == 0xA0 {
                if preformatted { write([0x20], line: line, font: font, space: true) }
                else if pending == .none { pending = .space }
            } else if font == .wingdings2, let tick = HTMLTicks.wingdings2[scalar >= 0xF000 ? scalar - 0xF000 : scalar] {
                writeTick(tick.state, glyph: tick.glyph, line: line, font: font)
            } else if font == .symbol, scalar == HTMLTicks.radicalByte || scalar == 0xF000 + HTMLTicks.radicalByte {
                write(HTMLTicks.radical, line: line, font: font)
            } else if let tick = HTMLTicks.privateUse[scalar], scalar >= 0xF000 || font == .dingbats {
                writeTick(tick.state, glyph: tick.glyph, line: line, font: font)
            } else if font == .dingbats, scalar < 0x100, let tick = HTMLTicks.privateUse[0xF000 + scalar] {
                writeTick(tick.state, glyph: tick.glyph, line: line, font: font)
            } else {
                if tick == nil, let state = HTMLTicks.unicode[scalar] { tick = state }
                if !needsNFC { needsNFC = Self.mayChangeUnderNFC(input, index, width) }
                write(UnsafeBufferPointer(rebasing: input[index..<(index + width)]), line: line, font: font)
            }
            index += width
        }
    }

    /// A checkbox `<input>`: its Unicode tick in the text, its state as the tick.
    mutating func appendCheckbox(checked: Bool, line: Int) {
        let state: TickState = checked ? .checked : .unchecked
        writeTick(state, glyph: HTMLTicks.glyph(for: state), line: line, font: .plain)
    }

    /// A word boundary (between cells of a nested table).
    mutating func space() { if pending == .none { pending = .space } }

    /// A block boundary inside a cell: one "\n" if more text follows, never a blank line.
    mutating func softNewline() { if !bytes.isEmpty { pending = .newline } }

    /// `<br>`: always "\n" (two in a row make a blank line), trailing ones trimmed at the end.
    mutating func hardNewline() {
        if pending == .newline, bytes.last != 0x0A { bytes.append(0x0A) }
        pending = .none
        if !bytes.isEmpty { bytes.append(0x0A) }
    }

    /// The text: trimmed, NFC.
    func finish() -> String {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] == 0x0A { start += 1 }
        let slice = bytes[start..<end]
        if needsNFC, let composed = slice.withUnsafeBufferPointer({ try? ICU.nfc($0) }) {
            return String(decoding: composed, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self)
    }

    // MARK: Writing

    private mutating func writeTick(_ state: TickState, glyph: [UInt8], line: Int, font: HTMLFont) {
        if tick == nil { tick = state }
        glyph.withUnsafeBufferPointer { write($0, line: line, font: font) }
    }

    private mutating func write(_ piece: [UInt8], line: Int, font: HTMLFont, space: Bool = false) {
        piece.withUnsafeBufferPointer { write($0, line: line, font: font, space: space) }
    }

    private mutating func write(_ piece: UnsafeBufferPointer<UInt8>, line: Int, font: HTMLFont, space: Bool = false) {
        if let last = bytes.last {
            switch pending {
            case .space: if last != 0x0A && last != 0x20 { bytes.append(0x20) }
            case .newline: if last != 0x0A { bytes.append(0x0A) }
            case .none: break
            }
        }
        pending = .none
        if space && bytes.isEmpty { return }
        if !space {
            bulletExpected = false
            if firstLine == nil { leadingSymbol = font != .plain }
            if firstLine == nil { firstLine = line }
            see(line: line)
        }
        bytes.append(contentsOf: piece)
    }

    // MARK: Bytes

    /// The index after `<![…]>` starting at `index`, if the text holds one.
    private static func conditionalEnd(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        guard index + 2 < input.count, input[index + 1] == UInt8(ascii: "!"), input[index + 2] == UInt8(ascii: "[")
        else { return nil }
        var i = index + 3
        while i + 1 < input.count {
            if input[i] == UInt8(ascii: "]") && input[i + 1] == UInt8(ascii: ">") { return i + 2 }
            i += 1
        }
        return nil
    }

    /// The end of the run of plain characters at `index`: printable ASCII other than `<`, and Thai
    /// letters (U+0E00–U+0E7F), none of which is a tick or changes whitespace.
    private static func plainRunEnd(_ input: UnsafeBufferPointer<UInt8>, from index: Int, needsNFC: inout Bool) -> Int {
        var end = index
        let count = input.count
        while end < count {
            let byte = input[end]
            if byte < 0x80 {
                if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == 0x7F { break }
                end += 1
            } else if byte == 0xE0, end + 2 < count, input[end + 1] == 0xB8 || input[end + 1] == 0xB9 {
                if !needsNFC { needsNFC = mayChangeUnderNFC(input, end, 3) }
                end += 3
            } else {
                break
            }
        }
        return end
    }

    static func sequenceWidth(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    private static func decode(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> UInt32 {
        var value: UInt32
        switch width {
        case 2: value = UInt32(input[index] & 0x1F)
        case 3: value = UInt32(input[index] & 0x0F)
        case 4: value = UInt32(input[index] & 0x07)
        default: return UInt32(input[index])
        }
        for k in 1..<width { value = value << 6 | UInt32(input[index + k] & 0x3F) }
        return value
    }

    /// False for what NFC never changes here: Latin-1, Thai in canonical order, punctuation,
    /// boxes and dingbats. Anything else (combining marks, a tone mark before a below-vowel, other
    /// scripts) sends the finished text through ICU.
    private static func mayChangeUnderNFC(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        let byte = input[index]
        if byte == 0xC2 || byte == 0xC3 { return false }
        guard width == 3 else { return true }
        let second = input[index + 1], third = input[index + 2]
        if byte == 0xE0 && (second == 0xB8 || second == 0xB9) {
            // ่ ้ ๊ ๋ followed by ุ ู ฺ: not canonical order.
            guard second == 0xB9, (0x88...0x8B).contains(third), index + 5 < input.count else { return false }
            return input[index + 3] == 0xE0 && input[index + 4] == 0xB8 && (0xB8...0xBA).contains(input[index + 5])
        }
        if byte == 0xE2 { return second == 0x84 || second == 0x8C || second == 0xAB }
        if byte == 0xEF { return second == 0xAC || second == 0xAD }
        return true
    }
}

/// Tick forms as byte-level lookups for the builder.
enum HTMLTicks {
    /// Unicode tick characters and their states.
    static let unicode: [UInt32: TickState] = Dictionary(
        TickForms.characters.map { ($0.0.value, $0.1) }, uniquingKeysWith: { first, _ in first })
    /// Wingdings glyphs by private-use code point (U+F000 + the Wingdings byte): state and the
    /// UTF-8 of the Unicode tick that replaces them.
    static let privateUse: [UInt32: (state: TickState, glyph: [UInt8])] = Dictionary(
        TickForms.wingdingsPrivateUse.map { ($0.0.value, ($0.1, Array(String($0.2).utf8))) },
        uniquingKeysWith: { first, _ in first })

    /// Wingdings 2 glyphs by their byte: state and the UTF-8 of the Unicode tick that replaces them.
    static let wingdings2: [UInt32: (state: TickState, glyph: [UInt8])] = Dictionary(
        TickForms.wingdings2Glyphs.map { (UInt32($0.0), ($0.1, Array(String($0.2).utf8))) }, uniquingKeysWith: { first, _ in first })

    /// `√`, for Symbol's radical.
    static let radical = Array(String(TickForms.symbolRadical.glyph).utf8)
    static let radicalByte = UInt32(TickForms.symbolRadical.byte)

    static func glyph(for state: TickState) -> [UInt8] {
        switch state {
        case .checked: Array("\u{2611}".utf8)
        case .crossed: Array("\u{2612}".utf8)
        case .unchecked, .unknown: Array("\u{2610}".utf8)
        }
    }
}
