import ThaiText

/// Decisions about joining two pieces of Thai text, made with ICU's Thai dictionary: a line break
/// or a space that falls inside a dictionary word was put there by the export, not by the author.
/// Everything runs on UTF-8 bytes (Thai letters are three bytes each); `JoinCache` remembers ICU's
/// answers within a document.
enum ThaiJoin {
    /// True when `left` ends and `right` starts with a Thai letter and the dictionary reads the
    /// junction as the inside of one word (`เทศบาลเมืองเข` + `ลางค์นคร`, `งบประมา` + `ณ`).
    static func isInsideWord(_ left: Substring, _ right: Substring, cache: JoinCache? = nil) -> Bool {
        left.withBytes { left in right.withBytes { right in isInsideWord(left, right, cache: cache) } }
    }

    static func isInsideWord(_ left: Bytes, _ right: Bytes, cache: JoinCache?) -> Bool {
        guard left.count >= 3, UTF8Text.isThaiLetterOrMark(left, at: left.count - 3),
              UTF8Text.isThaiLetterOrMark(right, at: 0) else { return false }
        // A mark or a following vowel cannot begin a syllable: the break is certainly inside a word.
        if cannotBeginSyllable(UTF8Text.scalar(right, at: 0).value) { return true }
        // Look at a window around the junction: the last Thai run of the left piece and the first of the right.
        var start = left.count - 3
        while start >= 3, left.count - start < windowLetters * 3, UTF8Text.isThaiLetterOrMark(left, at: start - 3) { start -= 3 }
        var end = 3
        while end < windowLetters * 3, UTF8Text.isThaiLetterOrMark(right, at: end) { end += 3 }
        let leftRun = Bytes(rebasing: left[start...]), rightRun = Bytes(rebasing: right[..<end])
        if let cache { return cache.answer(leftRun, rightRun) { decide(leftRun, rightRun) } }
        return decide(leftRun, rightRun)
    }

    /// How many letters each side of a junction the dictionary reads. ICU's Thai engine looks three words
    /// ahead, and its work grows with the window. On 216 documents 10 letters decides every junction as 16
    /// did and 8 does not (it joined `กฎหมาย` to `อย่างน้อย`); 12 keeps two letters of margin.
    static let windowLetters = 12

    /// The dictionary's reading of the junction of two Thai runs, or a compound word across it.
    private static func decide(_ leftRun: Bytes, _ rightRun: Bytes) -> Bool {
        let joined = [UInt8](unsafeUninitializedCapacity: leftRun.count + rightRun.count) { buffer, count in
            _ = buffer.initialize(from: leftRun)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[leftRun.count...]).initialize(from: rightRun)
            count = leftRun.count + rightRun.count
        }
        let boundaries = joined.withUnsafeBufferPointer { ICU.thaiWordBoundaries($0) }
        if !boundaries.contains(leftRun.count) { return true }
        return spansCompoundWord(leftRun, rightRun)
    }

    /// True when a word of `CompoundWords` runs across the junction of `left` and `right`.
    static func spansCompoundWord(_ left: String, _ right: String) -> Bool {
        left.withBytes { left in right.withBytes { spansCompoundWord(left, $0) } }
    }

    /// Each compound word cut at each inner scalar boundary, filed by the two scalars around the cut.
    private static let compoundCuts: [UInt64: [(word: [UInt8], cut: Int)]] = {
        var cuts: [UInt64: [(word: [UInt8], cut: Int)]] = [:]
        for word in CompoundWords.all {
            let bytes = Array(word.utf8)
            var offsets: [Int] = []
            for (offset, byte) in bytes.enumerated() where offset > 0 && byte & 0xC0 != 0x80 { offsets.append(offset) }
            for cut in offsets {
                let key = bytes.withUnsafeBufferPointer { junctionKey($0, $0, at: cut) }
                cuts[key, default: []].append((bytes, cut))
            }
        }
        return cuts
    }()

    /// The scalar ending `left` at `cut` and the one starting `right` at `cut`, packed.
    private static func junctionKey(_ left: Bytes, _ right: Bytes, at cut: Int) -> UInt64 {
        let before = UTF8Text.scalar(left, at: UTF8Text.scalarStart(left, before: cut)).value
        let after = UTF8Text.scalar(right, at: cut).value
        return UInt64(before) << 32 | UInt64(after)
    }

    static func spansCompoundWord(_ left: Bytes, _ right: Bytes) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        let key = UInt64(UTF8Text.scalar(left, at: UTF8Text.scalarStart(left, before: left.count)).value) << 32
            | UInt64(UTF8Text.scalar(right, at: 0).value)
        guard let candidates = compoundCuts[key] else { return false }
        // Split the word at the cut: its head must end `left`, its tail start `right`.
        for (word, cut) in candidates where left.count >= cut && right.count >= word.count - cut {
            let head = word.withUnsafeBufferPointer { Bytes(rebasing: $0[..<cut]) }
            let tail = word.withUnsafeBufferPointer { Bytes(rebasing: $0[cut...]) }
            if UTF8Text.equal(Bytes(rebasing: left[(left.count - cut)...]), head),
               UTF8Text.equal(Bytes(rebasing: right[..<tail.count]), tail) {
                return true
            }
        }
        return false
    }

    /// Removes the spaces inside words of one cell's text (`ดำเนิน การ` → `ดำเนินการ`), keeping
    /// spaces between words. Returns the text and how many spaces were removed.
    static func removeWrapSpaces(_ text: String, cache: JoinCache? = nil) -> (text: String, removed: Int) {
        guard text.containsByte(0x20) else { return (text, 0) }
        // The answer depends on the text alone: a repeated cell ("ดำเนิน การ", a unit's name) is decided once.
        if let cache { return cache.unwrapped(text) { removeWrapSpaces(text, joins: cache) } }
        return removeWrapSpaces(text, joins: nil)
    }

    private static func removeWrapSpaces(_ text: String, joins cache: JoinCache?) -> (text: String, removed: Int) {
        text.withBytes { bytes in
            // Pieces are split at Characters " ": on simple text those are the space bytes a mark does not follow.
            guard UTF8Text.isSimple(bytes) else { return removeWrapSpacesByCharacters(text, cache: cache) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var removed = 0
            var pieceStart = 0
            var first = true
            for index in 0...bytes.count {
                guard index == bytes.count || (bytes[index] == 0x20 && UTF8Text.startsCharacter(bytes, at: index + 1)) else { continue }
                let piece = Bytes(rebasing: bytes[pieceStart..<index])
                pieceStart = index + 1
                if first { output.append(contentsOf: piece); first = false; continue }
                if piece.isEmpty { output.append(0x20); continue }
                let joins = output.withUnsafeBufferPointer { output in
                    isInsideWord(output, piece, cache: cache) || (isBrokenPiece(piece) && endsWithThai(output))
                }
                if joins { removed += 1 } else { output.append(0x20) }
                output.append(contentsOf: piece)
            }
            return removed == 0 ? (text, 0) : (output.withUnsafeBufferPointer { String(utf8: $0) }, removed)
        }
    }

    /// The same on Characters, for text that is not simple.
    private static func removeWrapSpacesByCharacters(_ text: String, cache: JoinCache?) -> (text: String, removed: Int) {
        var pieces = text.split(separator: " ", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return (text, 0) }
        var output = String(pieces.removeFirst())
        var removed = 0
        for piece in pieces {
            if piece.isEmpty { output += " "; continue }
            let joins = output.withBytes { output in
                piece.withBytes { piece in isInsideWord(output, piece, cache: cache) || (isBrokenPiece(piece) && endsWithThai(output)) }
            }
            if joins { removed += 1 } else { output += " " }
            output += piece
        }
        return (output, removed)
    }

    /// Header labels are short and wrapped in narrow columns: every space between two Thai letters
    /// is a wrap (`อยู่ ระหว่าง ดำเนิน การ` → `อยู่ระหว่างดำเนินการ`).
    static func removeThaiSpaces(_ text: String) -> String {
        text.withBytes { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var removed = false
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20, index >= 3, UTF8Text.isThaiLetterOrMark(bytes, at: index - 3),
                   UTF8Text.isThaiLetterOrMark(bytes, at: index + 1) {
                    removed = true
                    continue
                }
                output.append(byte)
            }
            return removed ? output.withUnsafeBufferPointer { String(utf8: $0) } : text
        }
    }

    /// Joins two lines of one paragraph: with no space when the break splits a word, else one space.
    static func joinLines(_ left: String, _ right: String, cache: JoinCache? = nil) -> (text: String, splitWord: Bool) {
        if left.isEmpty { return (right, false) }
        if right.isEmpty { return (left, false) }
        if isInsideWord(Substring(left), Substring(right), cache: cache) { return (left + right, true) }
        return (left + " " + right, false)
    }

    // MARK: - Thai script classes

    static func isThaiLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E4E).contains(scalar.value) && !(0x0E3F...0x0E3F).contains(scalar.value)
    }

    /// Above/below vowels, tone marks, sara a/aa/am and the thanthakhat attach to a preceding consonant.
    static func cannotBeginSyllable(_ scalar: Unicode.Scalar) -> Bool { cannotBeginSyllable(scalar.value) }

    static func cannotBeginSyllable(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: return true
        default: return false
        }
    }

    /// A piece too small to stand alone: one consonant with nothing on it, other than the few that are words.
    static func isBrokenPiece(_ piece: Bytes) -> Bool {
        guard piece.count == 3, UTF8Text.isThaiLetterOrMark(piece, at: 0) else { return false }
        return !ThaiWordShapes.singleLetterWords.contains(Unicode.Scalar(UTF8Text.scalar(piece, at: 0).value)!)
    }

    private static func endsWithThai(_ text: Bytes) -> Bool {
        text.count >= 3 && UTF8Text.isThaiLetterOrMark(text, at: text.count - 3)
    }
}

/// ICU's answers for the junctions already decided in one document, keyed by the Thai runs on both
/// sides: the same wrapped words come back (column labels, repeated headers, running text), and
/// one ICU call costs more than reading the line around it.
final class JoinCache {
    @exclusivity(unchecked) private var answers = ByteTable<Bool>()
    /// Cell texts with their wrap spaces removed, and how many.
    @exclusivity(unchecked) private var cells = ByteTable<(text: String, removed: Int)>()

    func unwrapped(_ text: String, _ repair: () -> (text: String, removed: Int)) -> (text: String, removed: Int) {
        text.withBytes { bytes in
            if let known = cells.value(for: bytes) { return known }
            let repaired = repair()
            cells.insert(bytes, repaired)
            return repaired
        }
    }

    func answer(_ leftRun: Bytes, _ rightRun: Bytes, _ decide: () -> Bool) -> Bool {
        // The runs are Thai letters only, so 0x20 cannot occur in them: it separates the two.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: leftRun.count + rightRun.count + 1) { buffer in
            _ = buffer.initialize(from: leftRun)
            buffer[leftRun.count] = 0x20
            _ = UnsafeMutableBufferPointer(rebasing: buffer[(leftRun.count + 1)...]).initialize(from: rightRun)
            let key = Bytes(buffer)
            if let known = answers.value(for: key) { return known }
            let decided = decide()
            answers.insert(key, decided)
            return decided
        }
    }
}
