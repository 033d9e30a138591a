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
    /// Pairs of letters, for similarity: of the whole name and of its base.
    var bigrams: Set<UInt64>
    var baseBigrams: Set<UInt64>

    init(_ name: String) {
        let body = String(TextTools.droppingMarker(name))
        full = Self.reduce(body)
        var base = ""
        var aliases: [String] = []
        var depth = 0
        var current = ""
        for character in body {
            switch character {
            case "(", "[", "（":
                depth += 1
                if depth == 1 { current = "" }
            case ")", "]", "）":
                if depth == 1 { aliases.append(Self.reduce(current)) }
                depth = max(0, depth - 1)
            default:
                if depth == 0 { base.append(character) } else { current.append(character) }
            }
        }
        self.base = Self.reduce(base)
        self.aliases = aliases.filter { $0.unicodeScalars.count >= 6 }
        bigrams = Self.bigrams(full)
        baseBigrams = Self.bigrams(self.base)
    }

    /// Letters only, kind words at the start dropped (`กิจกรรม “…”` and `โครงการ…` compare alike).
    static func reduce(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0E50...0x0E59: scalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            case 0x0E01...0x0E4E, 0x30...0x39: scalars.append(scalar)
            case 0x41...0x5A: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A: scalars.append(scalar)
            default: continue  // spaces, quotes, punctuation, zero-width, `ฯ` kept out by the range above
            }
        }
        var reduced = String(scalars)
        var stripped = true
        while stripped {
            stripped = false
            for word in ProjectKindWords.words.map(\.word) where reduced.hasPrefix(word) && reduced.count > word.count + 3 {
                reduced.removeFirst(word.count)
                stripped = true
            }
        }
        return reduced
    }

    static func bigrams(_ text: String) -> Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.insert(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        return result
    }

    /// Dice coefficient of the letter pairs: 1 for the same name, about 0.9 for a few letters changed.
    func similarity(to other: NameKey) -> Double {
        max(Self.dice(bigrams, other.bigrams), Self.dice(baseBigrams, other.baseBigrams))
    }

    /// A score of likeness between names, not a figure: it decides links and is shown as a note.
    static func dice(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = a.count <= b.count ? a.reduce(0) { $0 + (b.contains($1) ? 1 : 0) } : b.reduce(0) { $0 + (a.contains($1) ? 1 : 0) }
        return Double(2 * shared) / Double(a.count + b.count)
    }
}
