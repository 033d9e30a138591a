import ThaiText

/// Decisions about joining two pieces of Thai text, made with ICU's Thai dictionary: a line break
/// or a space that falls inside a dictionary word was put there by the export, not by the author.
enum ThaiJoin {
    /// True when `left` ends and `right` starts with a Thai letter and the dictionary reads the
    /// junction as the inside of one word (`เทศบาลเมืองเข` + `ลางค์นคร`, `งบประมา` + `ณ`).
    static func isInsideWord(_ left: Substring, _ right: Substring) -> Bool {
        guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first,
              isThaiLetterOrMark(last), isThaiLetterOrMark(first) else { return false }
        // A mark or a following vowel cannot begin a syllable: the break is certainly inside a word.
        if cannotBeginSyllable(first) { return true }
        // Look at a window around the junction: the last Thai run of the left piece and the first of the right.
        let leftRun = trailingThaiRun(left)
        let rightRun = leadingThaiRun(right)
        let joined = leftRun + rightRun
        let junction = leftRun.utf8.count
        let boundaries = ICU.thaiWordBoundaries(joined)
        if !boundaries.contains(junction) { return true }
        return spansCompoundWord(leftRun, rightRun)
    }

    /// True when a word of `CompoundWords` runs across the junction of `left` and `right`.
    static func spansCompoundWord(_ left: String, _ right: String) -> Bool {
        let leftScalars = Array(left.unicodeScalars)
        let rightScalars = Array(right.unicodeScalars)
        for word in CompoundWords.all {
            let scalars = Array(word.unicodeScalars)
            // Split the word at each inner point: its head must end `left`, its tail start `right`.
            for cut in 1..<scalars.count {
                let head = scalars[..<cut], tail = scalars[cut...]
                if leftScalars.count >= head.count, rightScalars.count >= tail.count,
                   leftScalars.suffix(head.count).elementsEqual(head), rightScalars.prefix(tail.count).elementsEqual(tail) {
                    return true
                }
            }
        }
        return false
    }

    /// Removes the spaces inside words of one cell's text (`ดำเนิน การ` → `ดำเนินการ`), keeping
    /// spaces between words. Returns the text and how many spaces were removed.
    static func removeWrapSpaces(_ text: String) -> (text: String, removed: Int) {
        guard text.utf8.contains(0x20) else { return (text, 0) }
        var pieces = text.split(separator: " ", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return (text, 0) }
        var output = String(pieces.removeFirst())
        var removed = 0
        for piece in pieces {
            if piece.isEmpty { output += " "; continue }
            if isInsideWord(Substring(output), piece) || (isBrokenPiece(piece) && endsWithThai(output)) {
                removed += 1
            } else {
                output += " "
            }
            output += piece
        }
        return (output, removed)
    }

    /// Header labels are short and wrapped in narrow columns: every space between two Thai letters
    /// is a wrap (`อยู่ ระหว่าง ดำเนิน การ` → `อยู่ระหว่างดำเนินการ`).
    static func removeThaiSpaces(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        let all = Array(text.unicodeScalars)
        for (index, scalar) in all.enumerated() {
            if scalar == " ", index > 0, index + 1 < all.count,
               isThaiLetterOrMark(all[index - 1]), isThaiLetterOrMark(all[index + 1]) { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Joins two lines of one paragraph: with no space when the break splits a word, else one space.
    static func joinLines(_ left: String, _ right: String) -> (text: String, splitWord: Bool) {
        if left.isEmpty { return (right, false) }
        if right.isEmpty { return (left, false) }
        if isInsideWord(Substring(left), Substring(right)) { return (left + right, true) }
        return (left + " " + right, false)
    }

    // MARK: - Thai script classes

    static func isThaiLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E4E).contains(scalar.value) && !(0x0E3F...0x0E3F).contains(scalar.value)
    }

    /// Above/below vowels, tone marks, sara a/aa/am and the thanthakhat attach to a preceding consonant.
    static func cannotBeginSyllable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: return true
        default: return false
        }
    }

    /// A piece too small to stand alone: one consonant with nothing on it, other than the few that are words.
    static func isBrokenPiece(_ piece: Substring) -> Bool {
        let scalars = Array(piece.unicodeScalars)
        guard scalars.count == 1, let only = scalars.first, isThaiLetterOrMark(only) else { return false }
        return !ThaiWordShapes.singleLetterWords.contains(only)
    }

    private static func endsWithThai(_ text: String) -> Bool {
        text.unicodeScalars.last.map(isThaiLetterOrMark) ?? false
    }

    private static func trailingThaiRun(_ text: Substring) -> String {
        var start = text.unicodeScalars.endIndex
        var count = 0
        while start > text.unicodeScalars.startIndex, count < 40 {
            let before = text.unicodeScalars.index(before: start)
            guard isThaiLetterOrMark(text.unicodeScalars[before]) else { break }
            start = before
            count += 1
        }
        return String(text.unicodeScalars[start...])
    }

    private static func leadingThaiRun(_ text: Substring) -> String {
        var end = text.unicodeScalars.startIndex
        var count = 0
        while end < text.unicodeScalars.endIndex, count < 40, isThaiLetterOrMark(text.unicodeScalars[end]) {
            end = text.unicodeScalars.index(after: end)
            count += 1
        }
        return String(text.unicodeScalars[..<end])
    }
}
