/// Thai number words in running text (`สิบห้า`, `หกสิบ`, `หนึ่งแสนเจ็ดหมื่นแปดพัน`), amounts in words
/// (`(-ห้าหมื่นบาทถ้วน-)`), and dotted abbreviations (`ก.พ.ร.`).
///
/// Number words hide inside names and ordinary words (a village called บ้านสองพี่น้อง, สามารถ, เสี่ยง, ประชาสัมพันธ์),
/// so a phrase counts only when (1) its edges are syllable edges (no leading vowel before it, no
/// dependent vowel or silenced letter after it), (2) it is no listed non-number word, and (3) a unit
/// or classifier follows it, or it has several parts and ICU's Thai dictionary puts word boundaries
/// at both its ends. A lone digit word with nothing after it (the สอง of a place name) is never a number.
extension ScanSession {
    static let numberWordTrie = ByteTrie(NumberWords.parts)
    /// The first two Thai characters of every number word, for a one-load rejection. One character was not
    /// enough: ส ห เ แ ร พ ล begin a number word and a great many others, and each sent the scan into the trie.
    /// A bit for each pair (8 KB, which stays in the first-level cache, where a byte each did not).
    static let numberWordOpenings: [UInt64] = {
        var table = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for (word, _) in NumberWords.parts {
            let bytes = Array(word.utf8)
            precondition(bytes.count >= 6 && bytes[0] == 0xE0 && bytes[3] == 0xE0, "a number word opens with two Thai characters")
            let key = ThaiScript.pairKey(bytes[1], bytes[2], bytes[4], bytes[5])
            table[key >> 6] |= 1 << (key & 63)
        }
        return table
    }()

    /// A run of Thai characters from `offset`, walked here until one starts a token or a character that is
    /// not Thai comes (the scan's loop then goes on from there): most of a document's bytes.
    @inline(__always)
    mutating func scanThaiRun(from offset: Int) -> Int {
        var offset = offset
        while offset + 2 < count, text[offset] == 0xE0 {
            let second = text[offset + 1], third = text[offset + 2]
            if second == 0xB9, third &- 0x90 < 10 { return scanNumber(at: offset) }
            if offset + 3 < count, text[offset + 3] == UInt8(ascii: "."), let end = scanAbbreviation(at: offset) { return end }
            // The first two characters, a bit in a table (one load, one branch that is seldom taken); the few
            // pairs that open a number word are walked in the trie.
            if offset + 5 < count, text[offset + 3] == 0xE0 {
                let pair = ThaiScript.pairKey(second, third, text[offset + 4], text[offset + 5])
                if numberWordOpenings[pair >> 6] >> (pair & 63) & 1 != 0, numberWordTrie.longestMatch(in: text, at: offset) != nil {
                    return scanNumberWords(at: offset)
                }
            }
            offset += 3
        }
        // A Thai lead byte too near the end to hold a character ends the scan.
        if offset + 2 >= count, offset < count, text[offset] == 0xE0 { return count }
        return offset
    }

    /// The number-word parts starting at `offset`, greedily, and where they end.
    func readNumberWordParts(at offset: Int) -> (parts: [NumberWords.Part], end: Int)? {
        guard let first = numberWordTrie.longestMatch(in: text, at: offset) else { return nil }
        var parts = [first.value]
        var end = first.end
        while let next = numberWordTrie.longestMatch(in: text, at: end) {
            parts.append(next.value)
            end = next.end
        }
        return (parts, end)
    }

    /// A scale word after a figure (`๑.๕ ล้านบาท`, `๓ แสน`, `๒ พันล้าน`): the figure is in those units. Only
    /// multipliers of a thousand or more, no digit word among them, and never a word that only starts like
    /// one (`พันธุ์`, `แสนสุข`).
    func scaleAfter(_ offset: Int) -> (scale: Int64, end: Int)? {
        let start = skipSpaces(from: offset)
        guard byte(at: start) == 0xE0, numberWordTrie.longestMatch(in: text, at: start) != nil,
              NumberWords.notNumbers.match(in: text, at: start) == nil else { return nil }
        var parts: [NumberWords.Part] = []
        var end = start
        while let next = numberWordTrie.longestMatch(in: text, at: end) {
            switch next.value {
            case .multiplier(let multiplier) where multiplier >= 1_000: parts.append(next.value)
            case .million: parts.append(next.value)
            default: return nil
            }
            end = next.end
        }
        guard !parts.isEmpty, let scale = NumberWords.value(of: parts), scale >= 1_000 else { return nil }
        // The word goes on past the scale (a vowel or a silenced letter after it): it is another word.
        if let after = ThaiScript.blockOffset(text, end) {
            if ThaiScript.isDependent(after) { return nil }
            if ThaiScript.isConsonant(after), ThaiScript.blockOffset(text, end + 3) == ThaiScript.karan { return nil }
        }
        return (scale, end)
    }

    mutating func scanNumberWords(at offset: Int) -> Int {
        guard let (parts, end) = readNumberWordParts(at: offset) else { return offset + 3 }
        if let word = NumberWords.notNumbers.match(in: text, at: offset) { return max(word.end, offset + 3) }
        // Syllable edges: เ|สี่ยง starts after a leading vowel; สาม|ารถ ends before a dependent vowel;
        // พัน|ธ์ ends before a silenced letter.
        if offset >= 3, let before = ThaiScript.blockOffset(text, offset - 3), ThaiScript.isLeadingVowel(before) { return end }
        if let after = ThaiScript.blockOffset(text, end) {
            if ThaiScript.isDependent(after) { return end }
            if ThaiScript.isConsonant(after), ThaiScript.blockOffset(text, end + 3) == ThaiScript.karan { return end }
        }
        // Like a figure written in digits, an amount in words is read only in the range of a figure
        // (ExactDecimal.isInFigureRange); past it (ร้อยล้านล้าน, ล้านล้านล้าน…) the words stay text.
        guard let value = NumberWords.value(of: parts), ExactDecimal(units: value).isInFigureRange else { return end }
        let amount = ExactDecimal(units: value)
        // `หลายล้านบาท`, `กว่าพันล้านบาท`: a bare multiplier after a word of vague size states no amount (it had been
        // read as a million, a billion baht).
        if Self.opensWithBareMultiplier(parts), wordBefore(NumberWords.vagueQuantities, before: offset) != nil { return end }

        // (สามแสนบาทถ้วน): an amount in words with no figure beside it.
        if let tail = readMoneyWordsTail(wordsEnd: end) {
            var start = offset
            var tokenEnd = tail.end
            if let open = openingOfMoneyWords(before: offset), let close = closingOfMoneyWords(after: tail.end) {
                start = open
                tokenEnd = close
            }
            guard let money = Self.satang(baht: value, satang: tail.satang) else { return end }
            return emit(.moneyWords, .money(money, words: nil), from: start, to: tokenEnd)
        }
        if let word = wordBefore(Classifiers.percentWord, before: offset) {
            return emit(.percent, .percent(amount, comparator: nil), from: word.start, to: end)
        }
        // ศูนย์ alone is "centre" far more often than "zero" (ศูนย์ข้อมูลข่าวสาร).
        if parts == [.digit(0)] { return end }
        // A classifier after number words must end on a word boundary: สอง|ข้อ, not สอง|ข้อมูล.
        if let unit = wordAfter(Classifiers.all, at: end),
           !options.dictionaryWordBreak || wordBreakCache.isWord(text, from: offset, to: unit.end) || isWordEnd(unit.end) {
            return emit(.count, .count(amount, classifier: unit.value), from: offset, to: unit.end)
        }
        guard parts.count >= 2, options.dictionaryWordBreak ? wordBreakCache.isWord(text, from: offset, to: end) : true else { return end }
        return emit(.numberWords, .number(amount), from: offset, to: end)
    }

    /// Whether number words open with a multiplier, no digit word before it (`ล้าน`, `พันล้าน`, `สิบ`).
    static func opensWithBareMultiplier(_ parts: [NumberWords.Part]) -> Bool {
        switch parts.first {
        case .multiplier?, .million?: return true
        default: return false
        }
    }

    /// Nothing Thai continues after `offset` (a space, punctuation, a digit or the end).
    func isWordEnd(_ offset: Int) -> Bool {
        guard let next = ThaiScript.blockOffset(text, offset) else { return true }
        return !ThaiScript.isLetterOrMark(next)
    }

    // MARK: Amounts in words

    /// After a figure: ` (สามแสนบาทถ้วน)`, `(-ห้าหมื่นบาทถ้วน-)`; returns the amount and its span.
    func readMoneyWords(at offset: Int) -> (amount: ExactDecimal, start: Int, end: Int)? {
        let open = skipSpaces(from: offset)
        guard byte(at: open) == UInt8(ascii: "(") else { return nil }
        var index = open + 1
        while byte(at: index) == UInt8(ascii: "-") || byte(at: index) == 0x20 { index += 1 }
        guard let (parts, wordsEnd) = readNumberWordParts(at: index), let baht = NumberWords.value(of: parts),
              let tail = readMoneyWordsTail(wordsEnd: wordsEnd),
              let close = closingOfMoneyWords(after: tail.end), let amount = Self.satang(baht: baht, satang: tail.satang)
        else { return nil }
        return (amount, open, close)
    }

    /// `baht` and `satang` as an amount with two decimals, or nil past the range of a figure
    /// (`ExactDecimal.isInFigureRange`).
    static func satang(baht: Int64, satang: Int64) -> ExactDecimal? {
        let (hundredfold, overflow1) = baht.multipliedReportingOverflow(by: 100)
        let (units, overflow2) = hundredfold.addingReportingOverflow(satang)
        guard !overflow1 && !overflow2 else { return nil }
        let amount = ExactDecimal(units: units, scale: 2)
        return amount.isInFigureRange ? amount : nil
    }

    /// `บาท`, then `ถ้วน` or a satang part (`ห้าสิบสตางค์`), after the words of an amount.
    func readMoneyWordsTail(wordsEnd: Int) -> (end: Int, satang: Int64)? {
        guard let baht = bahtAfter(wordsEnd) else { return nil }
        if let exact = NumberWords.exactWord.match(in: text, at: baht.end) { return (exact.end, 0) }
        if let (parts, end) = readNumberWordParts(at: skipSpaces(from: baht.end)),
           let satang = NumberWords.value(of: parts), satang < 100,
           let word = NumberWords.satangWord.match(in: text, at: skipSpaces(from: end)) {
            return (word.end, satang)
        }
        return (baht.end, 0)
    }

    /// `(` or `(-` just before the words.
    func openingOfMoneyWords(before offset: Int) -> Int? {
        var index = offset
        while index > consumedUpTo, text[index - 1] == UInt8(ascii: "-") || text[index - 1] == 0x20 { index -= 1 }
        return index > consumedUpTo && text[index - 1] == UInt8(ascii: "(") ? index - 1 : nil
    }

    /// `)` or `-)` just after the words; returns the offset after the parenthesis.
    func closingOfMoneyWords(after offset: Int) -> Int? {
        var index = offset
        while byte(at: index) == UInt8(ascii: "-") || byte(at: index) == 0x20 { index += 1 }
        return byte(at: index) == UInt8(ascii: ")") ? index + 1 : nil
    }

    // MARK: Dotted abbreviations

    /// `ก.พ.ร.`, `พ.ร.บ.`, `ป.ป.ช.`: two or more dotted letter groups that are no month or era word.
    /// Emitting them keeps their letters from ever being read as a month (`ก.พ.`) later.
    mutating func scanAbbreviation(at offset: Int) -> Int? {
        if offset >= 3, let before = ThaiScript.blockOffset(text, offset - 3), ThaiScript.isLetterOrMark(before) { return nil }
        var index = offset
        var groups = 0
        while true {
            var letters = 0
            while let letter = ThaiScript.blockOffset(text, index), ThaiScript.isLetterOrMark(letter), letters < 3 {
                index += 3
                letters += 1
            }
            guard letters > 0, byte(at: index) == UInt8(ascii: ".") else { break }
            index += 1
            groups += 1
        }
        // roll back a trailing group that was only letters without a dot
        guard groups >= 2 else { return nil }
        let end = lastDot(from: offset, upTo: index)
        if CalendarWords.months.match(in: text, at: offset)?.end == end { return nil }
        if CalendarWords.eras.match(in: text, at: offset)?.end == end { return nil }
        emit(.abbreviation, .identifier(string(offset, end)), from: offset, to: end)
        return end
    }

    private func lastDot(from start: Int, upTo end: Int) -> Int {
        var index = end
        while index > start, text[index - 1] != UInt8(ascii: ".") { index -= 1 }
        return index
    }
}
