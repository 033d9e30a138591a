import ThaiText

/// A project name reduced to what stays the same across the places a document names it:
/// no spaces (wrap spaces, lines joined with or without one), no quotes or punctuation, no leading
/// numbering or kind word, Thai digits as Arabic. The parenthetical part is kept apart as an alias.
struct NameKey: Hashable {
    /// The whole name, reduced.
    var full: String
    /// The name without its parenthetical parts.
    var base: String
    /// What the parentheses held (`(กิจกรรม โตไปไม่โกง)`), reduced: often the name used elsewhere.
    var aliases: [String]
    /// Pairs of letters, for similarity: of the whole name and of its base, sorted and unique
    /// (comparing two sorted arrays is a merge; the linker compares every name with every project).
    var bigrams: [UInt64]
    var baseBigrams: [UInt64]
    /// The base's length in code points (the linker compares the starts of names by it).
    var baseLetters: Int
    /// Whether the name had a parenthetical part (else its base is the whole name, and so are its pairs).
    var bracketed: Bool

    init(_ name: String) {
        // On UTF-8 bytes: the linker keys every mention's name, and scalar-by-scalar string building was
        // most of its time.
        let marked = TextTools.droppingMarker(name).utf8
        let body = OrganisationWords.expandingAbbreviations(marked.withContiguousStorageIfAvailable { Array($0) } ?? Array(marked))
        full = Self.reduce(body)
        var aliases: [String] = []
        var depth = 0
        var current: [UInt8] = []
        var outside: [UInt8] = []
        var bracketed = false
        // Runs of text between brackets are copied whole, to the name outside or the bracket being read.
        var runStart = 0
        func flush(upTo end: Int) {
            guard runStart < end else { return }
            if depth == 0 { outside.append(contentsOf: body[runStart..<end]) } else { current.append(contentsOf: body[runStart..<end]) }
        }
        var index = 0
        while index < body.count {
            let width = min(Self.sequenceLength(body[index]), body.count - index)
            let bracket = Self.bracket(body, at: index)
            if bracket != 0 {
                flush(upTo: index)
                if bracket == 1 {
                    depth += 1
                    bracketed = true
                    if depth == 1 { current.removeAll(keepingCapacity: true) }
                } else {
                    if depth == 1 { aliases.append(Self.reduce(current)) }
                    depth = max(0, depth - 1)
                }
                runStart = index + width
            }
            index += width
        }
        flush(upTo: body.count)
        self.aliases = aliases.filter { $0.unicodeScalars.count >= 6 }
        self.bracketed = bracketed
        bigrams = Self.bigrams(full)
        if !bracketed {
            // No brackets (most names): the base is the whole name.
            base = full
            baseBigrams = bigrams
        } else {
            base = Self.reduce(outside)
            baseBigrams = Self.bigrams(base)
        }
        baseLetters = TextTools.scalarCount(base)
    }

    /// 1 for an opening bracket `(`, `[`, `（` at `index`, -1 for a closing one, 0 otherwise.
    private static func bracket(_ bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0x28, 0x5B: return 1
        case 0x29, 0x5D: return -1
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC:
            // U+FF08 and U+FF09, the full-width brackets.
            return bytes[index + 2] == 0x88 ? 1 : bytes[index + 2] == 0x89 ? -1 : 0
        default: return 0
        }
    }

    /// How many bytes the UTF-8 sequence led by `byte` takes.
    private static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }

    /// Letters only, kind words at the start dropped (`กิจกรรม “…”` and `โครงการ…` compare alike).
    static func reduce(_ text: String) -> String {
        reduce(Array(text.utf8))
    }

    static func reduce(_ text: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            switch byte {
            case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
            case 0x41...0x5A: bytes.append(byte + 0x20)
            case 0xE0:
                // Thai is U+0E00–0E7F: E0 B8 80–BF, E0 B9 80–BF.
                guard index + 2 < count else { index = count; continue }
                let second = text[index + 1], third = text[index + 2]
                let scalar = UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                switch scalar {
                case 0x0E50...0x0E59: bytes.append(UInt8(scalar - 0x0E50) + 0x30)
                // `ฯ` (ไปยาลน้อย) marks a name cut short (`…แก่ผู้บริหารฯ`): no letter of it.
                case 0x0E2F: break
                case 0x0E01...0x0E4E: bytes.append(byte); bytes.append(second); bytes.append(third)
                default: break  // `ฯ` and the other signs
                }
                index += 3
                continue
            default: break  // spaces, quotes, punctuation, other scripts
            }
            index += sequenceLength(byte)
        }
        // Kind words dropped from the front, only while a name of four letters or more is left.
        var start = 0
        var stripped = true
        while stripped {
            stripped = false
            for word in kindWordBytes where bytes.count - start >= word.count && bytes[start..<start + word.count].elementsEqual(word) {
                guard hasFourLetters(bytes[(start + word.count)...]) else { continue }
                start += word.count
                stripped = true
            }
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    private static let kindWordBytes = ProjectKindWords.words.map { Array($0.word.utf8) }

    /// At least four letters, Thai vowel and tone marks not counted apart from their letter (a reduced
    /// name holds only Thai letters and marks, digits and Latin letters).
    static func hasFourLetters(_ text: String) -> Bool {
        hasFourLetters(Array(text.utf8)[...])
    }

    static func hasFourLetters(_ bytes: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0xE0, index + 2 < bytes.endIndex {
                let scalar = UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
                if scalar & 0xFF80 == 0x0E00, ThaiScript.joinsCharacterBefore(UInt8(scalar & 0x7F)) { continue }  // joined to the letter before
            } else {
                index += sequenceLength(byte)
            }
            letters += 1
            if letters >= 4 { return true }
        }
        return false
    }

    /// The sorted, unique pairs of neighbouring code points.
    static func bigrams(_ text: String) -> [UInt64] {
        // Scalars decoded from the bytes into a buffer of the most pairs there can be: iterating the scalar view
        // and appending was most of this function's time.
        var text = text
        var result = text.withUTF8 { bytes in
            // Room for a pair a byte, more than there can be: a key lives only while the linker runs.
            [UInt64](unsafeUninitializedCapacity: bytes.count) { pairs, count in
                var previous: UInt32?
                var index = 0
                count = 0
                while index < bytes.count {
                    let width = min(sequenceLength(bytes[index]), bytes.count - index)
                    var value = UInt32(bytes[index])
                    if width > 1 {
                        value &= 0x7F >> width
                        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    }
                    if let previous, count < pairs.count {
                        pairs[count] = UInt64(previous) << 32 | UInt64(value)
                        count += 1
                    }
                    previous = value
                    index += width
                }
            }
        }
        result.sort()
        // Duplicates squeezed out in place, by index (a `for … in result` holds a copy the writes would duplicate).
        var unique = 0
        result.withUnsafeMutableBufferPointer { pairs in
            for index in pairs.indices where unique == 0 || pairs[unique - 1] != pairs[index] {
                pairs[unique] = pairs[index]
                unique += 1
            }
        }
        result.removeLast(result.count - unique)
        return result
    }

    /// Dice coefficient of the letter pairs: 1 for the same name, about 0.9 for a few letters changed.
    func similarity(to other: NameKey) -> Double {
        let whole = Self.dice(bigrams, other.bigrams)
        // Two names without brackets: their bases are the names themselves.
        guard bracketed || other.bracketed else { return whole }
        return max(whole, Self.dice(baseBigrams, other.baseBigrams))
    }

    /// The most `similarity` can be, from the sizes alone: names of very different lengths are not alike.
    func similarityBound(to other: NameKey) -> Double {
        max(Self.diceBound(bigrams.count, other.bigrams.count), Self.diceBound(baseBigrams.count, other.baseBigrams.count))
    }

    private static func diceBound(_ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 0 : Double(2 * min(a, b)) / Double(a + b)
    }

    /// A score of likeness between names, not a figure: it decides links and is shown as a note.
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var shared = 0
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 }
            else { j += 1 }
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }
}
