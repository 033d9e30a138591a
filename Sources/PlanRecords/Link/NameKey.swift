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

    init(_ name: String) {
        let body = String(TextTools.droppingMarker(name))
        full = Self.reduce(body)
        var aliases: [String] = []
        var depth = 0
        var current = String.UnicodeScalarView()
        var outside = String.UnicodeScalarView()
        var bracketed = false
        for scalar in body.unicodeScalars {
            switch scalar {
            case "(", "[", "（":
                depth += 1
                bracketed = true
                if depth == 1 { current = String.UnicodeScalarView() }
            case ")", "]", "）":
                if depth == 1 { aliases.append(Self.reduce(String(current))) }
                depth = max(0, depth - 1)
            default:
                if depth == 0 { outside.append(scalar) } else { current.append(scalar) }
            }
        }
        self.aliases = aliases.filter { $0.unicodeScalars.count >= 6 }
        bigrams = Self.bigrams(full)
        if !bracketed {
            // No brackets (most names): the base is the whole name.
            base = full
            baseBigrams = bigrams
        } else {
            base = Self.reduce(String(outside))
            baseBigrams = Self.bigrams(base)
        }
    }

    /// Letters only, kind words at the start dropped (`กิจกรรม “…”` and `โครงการ…` compare alike).
    static func reduce(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
            case 0x41...0x5A: bytes.append(byte + 0x20)
            case 0xE0:
                // Thai is U+0E00–0E7F: E0 B8 80–BF, E0 B9 80–BF.
                guard let second = utf8.next(), let third = utf8.next() else { break }
                let scalar = UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                switch scalar {
                case 0x0E50...0x0E59: bytes.append(UInt8(scalar - 0x0E50) + 0x30)
                case 0x0E01...0x0E4E: bytes.append(contentsOf: [byte, second, third])
                default: continue  // `ฯ` and the other signs
                }
            case 0xC0...0xDF: _ = utf8.next()
            case 0xE1...0xEF: _ = utf8.next(); _ = utf8.next()
            case 0xF0...0xF7: _ = utf8.next(); _ = utf8.next(); _ = utf8.next()
            default: continue  // spaces, quotes, punctuation
            }
        }
        var reduced = String(decoding: bytes, as: UTF8.self)
        var stripped = true
        while stripped {
            stripped = false
            // Only when a name of four letters or more is left.
            for word in kindWords where reduced.startsWith(word) {
                let rest = String(decoding: reduced.utf8.dropFirst(word.utf8.count), as: UTF8.self)
                guard Self.hasFourLetters(rest) else { continue }
                reduced = rest
                stripped = true
            }
        }
        return reduced
    }

    private static let kindWords = ProjectKindWords.words.map(\.word)

    /// At least four letters, Thai vowel and tone marks not counted apart from their letter (a reduced
    /// name holds only Thai letters and marks, digits and Latin letters).
    static func hasFourLetters(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0E31, 0x0E33...0x0E3A, 0x0E47...0x0E4E: continue  // joined to the letter before
            default:
                letters += 1
                if letters >= 4 { return true }
            }
        }
        return false
    }

    static func bigrams(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.append(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        result.sort()
        var unique = 0
        for value in result where unique == 0 || result[unique - 1] != value {
            result[unique] = value
            unique += 1
        }
        result.removeLast(result.count - unique)
        return result
    }

    /// Dice coefficient of the letter pairs: 1 for the same name, about 0.9 for a few letters changed.
    func similarity(to other: NameKey) -> Double {
        max(Self.dice(bigrams, other.bigrams), Self.dice(baseBigrams, other.baseBigrams))
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
