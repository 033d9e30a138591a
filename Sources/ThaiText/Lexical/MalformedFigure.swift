/// Figures that cannot be read as written: OCR and typing leave `๑๒,,๐๐๐`, `1O,000.00` (a letter O for a
/// zero), `12,3456 บาท`, or more digits than any local budget has. Each becomes one `malformedNumber` token
/// covering the whole figure, so that no part of it is read as a smaller number (`๑๒` and `๐๐๐ บาท`).
extension ScanSession {
    /// Latin letters OCR puts for digits: O and o for 0, l and I for 1.
    static func isDigitLookalike(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "O") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "I")
    }

    static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }

    /// A doubled separator (`๑๒,,๐๐๐`, `1..500`) or digit look-alike letters (`1O,000.00`, `5,OOO`) inside the run.
    mutating func recognizeGarbledFigure(_ cluster: NumericCluster) -> Int? {
        guard cluster.slashes == 0, cluster.end < count else { return nil }
        var index = cluster.end
        var garbled: String?
        var lookalikes = 0
        var digitsAfter = 0
        // Walk on while the run is digits, separators and look-alike letters.
        while index < count {
            let byte = text[index]
            if let (_, width) = ThaiScript.digit(text, index) { digitsAfter += 1; index += width; continue }
            if Self.isSeparator(byte) {
                if index + 1 < count, Self.isSeparator(text[index + 1]) { garbled = garbled ?? "a doubled separator" }
                index += 1
                continue
            }
            if byte < 0x80, Self.isDigitLookalike(byte) { lookalikes += 1; index += 1; continue }
            break
        }
        // Trailing separators are punctuation (`… ๑๒,๐๐๐.`), not part of the figure.
        while index > cluster.end, Self.isSeparator(text[index - 1]) { index -= 1 }
        // A letter run glued on (`1Oct`, `2nd`) makes a word, not a figure.
        if index < count, text[index] < 0x80, isLatinLetter(text[index]) { return nil }
        if lookalikes > 0, digitsAfter > 0 || lookalikes >= 3 { garbled = garbled ?? "a letter O or l among the digits" }
        guard let reason = garbled, digitsAfter > 0 || lookalikes >= 3 else { return nil }
        return emit(.malformedNumber, .malformed(reason: reason), from: cluster.start, to: index)
    }

    /// `30, 000 บาท`, `1 ,250,000 บาท`, `๒๘,๕๐๐ .๐๐ บาท`: a space beside a separator inside a figure before a
    /// money word (OCR and justified text put them there). Read as written, the figure falls apart into two,
    /// the second an amount of its own (`000 บาท`, nought baht); it is one figure that is no figure as written.
    mutating func recognizeSpacedFigure(_ cluster: NumericCluster) -> Int? {
        guard cluster.slashes == 0 else { return nil }
        var index = cluster.end
        var spaced = false
        // Groups after the cluster: spaces, a separator, spaces, digits — at least one space somewhere.
        while true {
            let beforeSeparator = skipSpaces(from: index)
            guard let separator = byte(at: beforeSeparator), Self.isSeparator(separator) else { break }
            let digits = skipSpaces(from: beforeSeparator + 1)
            guard ThaiScript.digit(text, digits) != nil else { break }
            let group = NumericCluster(text: text, start: digits)
            // A thousands group has three digits, satang two.
            let groupDigits = separator == UInt8(ascii: ",") ? group.firstSegmentDigits == 3 : group.digitCount == 2 && group.dots == 0
            guard groupDigits, group.slashes == 0 else { break }
            if beforeSeparator > index || digits > beforeSeparator + 1 { spaced = true }
            index = group.end
        }
        guard spaced, let baht = bahtAfter(index) else { return nil }
        return emit(.malformedNumber, .malformed(reason: "a space inside the figure"), from: cluster.start, to: baht.end)
    }

    /// `๑๒ ๐๐๐ บาท`, `125 870.50 บาท`: a space where the comma groups thousands (OCR drops the comma, justified
    /// text widens it). Read as written, the amount is its last group (`๐๐๐ บาท`, nought baht) and the rest a
    /// bare number; it is one figure that is no figure as written.
    mutating func recognizeSpaceGroupedFigure(_ cluster: NumericCluster) -> Int? {
        guard cluster.segments == 1, (1...3).contains(cluster.digitCount), cluster.end < count, text[cluster.end] == 0x20,
              ThaiScript.digit(text, cluster.end + 1) != nil else { return nil }
        var index = cluster.end
        // Groups of three digits, each after one space; the last may carry on with commas or satang.
        while index < count, text[index] == 0x20, ThaiScript.digit(text, index + 1) != nil {
            let group = NumericCluster(text: text, start: index + 1)
            guard group.firstSegmentDigits == 3, group.slashes == 0 else { return nil }
            index = group.end
        }
        guard let baht = bahtAfter(index) else { return nil }
        return emit(.malformedNumber, .malformed(reason: "a space inside the figure"), from: cluster.start, to: baht.end)
    }

    /// `30.000 บาท`, `1.250.000 บาท`: dots where commas group thousands, before a money word. Never read as
    /// thirty baht, nor as a document number.
    mutating func recognizeDottedThousands(_ cluster: NumericCluster) -> Int? {
        guard cluster.dotsGroupThousands, let baht = bahtAfter(cluster.end) else { return nil }
        return emit(.malformedNumber, .malformed(reason: "dots where commas group thousands"), from: cluster.start, to: baht.end)
    }

    /// Digits grouped wrongly before a money word or a decimal point (`12,3456 บาท`, `1,2.00`), a figure with more
    /// digits than any figure of these documents (`๙๙๙,๙๙๙,๙๙๙,๙๙๙,๙๙๙ บาท`, `จำนวน ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙ โครงการ`), or more
    /// decimals than one can be kept with (`๑๒,๐๐๐.๑๒๓๔๕ บาท`). A list such as `ไตรมาส ๑,๒` is none of these
    /// and stays text, as does a long run of digits where no figure is stated (an account number).
    mutating func recognizeMisgroupedFigure(_ cluster: NumericCluster) -> Int? {
        guard cluster.slashes == 0 else { return nil }
        let beforeBaht = bahtAfter(cluster.end) != nil
        guard cluster.commas > 0 || beforeBaht || statesAFigurePastItsRange(cluster) else { return nil }
        let reason: String
        if cluster.wellGrouped, cluster.dots <= 1, cluster.allDigits == nil || cluster.value == nil, cluster.digitCount > ExactDecimal.figureIntegerDigits {
            reason = "\(cluster.digitCount) digits, more than any figure of a local budget"
        } else if !cluster.wellGrouped, cluster.commas > 0, beforeBaht || cluster.dots == 1 {
            reason = "digits grouped wrongly"
        } else if cluster.isQuantity, cluster.value == nil, cluster.fractionDigits > ExactDecimal.figureDecimals {
            reason = "\(cluster.fractionDigits) decimals, more than a figure is kept with"
        } else {
            return nil
        }
        // The unit goes with the figure, so that no part of it is read on its own (`ล้านบาท` as a million baht).
        return emit(.malformedNumber, .malformed(reason: reason), from: cluster.start, to: unitEnd(after: cluster.end) ?? cluster.end)
    }

    /// Where the money unit or scale after a figure ends (`ลบ.`, `ล้าน`, `ล้านบาท`, `บาท`), if one follows.
    func unitEnd(after offset: Int) -> Int? {
        if let million = millionBahtAfter(offset) { return million.end }
        if let scale = scaleAfter(offset) { return bahtAfter(scale.end)?.end ?? scale.end }
        return bahtAfter(offset)?.end
    }

    /// Whether a run of digits that is past the range of a figure (more than 14 digits before the point or 4
    /// after it) stands where a figure is stated: a classifier or a unit after it, a percent word or sign beside
    /// it. Elsewhere such a run is a number of some other kind (an account, a reference) and stays text.
    func statesAFigurePastItsRange(_ cluster: NumericCluster) -> Bool {
        guard cluster.value == nil,
              cluster.digitCount > ExactDecimal.figureIntegerDigits || cluster.fractionDigits > ExactDecimal.figureDecimals else { return false }
        return classifierAfter(cluster.end) != nil || scaleAfter(cluster.end) != nil || millionBahtAfter(cluster.end) != nil
            || wordBefore(Classifiers.percentWord, before: cluster.start) != nil
            || Classifiers.percentSign.match(in: text, at: skipSpaces(from: cluster.end)) != nil
    }
}

extension LexicalScanner {
    /// How many digits `figure` (a cell's text, trimmed) has, when it is one run of digits too long for any
    /// figure (`18446744073709551616`): a cell holds a figure where running text may hold an account number,
    /// so the run is no figure as written rather than text. Nil for any other text.
    public static func overlongFigureDigits(_ figure: String) -> Int? {
        guard let cluster = wholeCluster(figure.utf8), cluster.slashes == 0, cluster.dots <= 1, cluster.wellGrouped,
              cluster.digitCount > ExactDecimal.figureIntegerDigits, cluster.value == nil else { return nil }
        return cluster.digitCount
    }

    /// Whether `figure` (a cell's text, trimmed) is a figure with a minus sign glued before it (`-5`, `−1,200.00`).
    /// No budget, count or score of these documents is negative, and the scan reads past the sign; the cell is
    /// no figure as written rather than the figure without its sign.
    public static func hasMinusSign(_ figure: String) -> Bool {
        let utf8 = figure.utf8
        let unsigned: Substring.UTF8View
        if utf8.first == UInt8(ascii: "-") { unsigned = utf8.dropFirst() }
        else if utf8.starts(with: [0xE2, 0x88, 0x92]) { unsigned = utf8.dropFirst(3) }  // U+2212 MINUS SIGN
        else { return false }
        return wholeCluster(unsigned).map { $0.slashes == 0 } ?? false
    }

    /// The numeric cluster that is the whole of `bytes` (a cell's text), or nil when the bytes are anything more.
    static func wholeCluster(_ bytes: some Collection<UInt8>) -> NumericCluster? {
        guard let first = bytes.first, first < 0x80 ? (0x30...0x39).contains(first) : first == 0xE0 else { return nil }
        return Array(bytes).withUnsafeBufferPointer { text in
            guard ThaiScript.digit(text, 0) != nil else { return nil }
            let cluster = NumericCluster(text: text, start: 0)
            return cluster.end == text.count ? cluster : nil
        }
    }

    /// Whether `figure` (a money cell's text, trimmed) is one run of digits whose commas group no thousands
    /// (`๑๒,๓๔`, `1,00,000`, `12,3456`). In running text such a run may be a list (`ข้อ 12,34`) and is only
    /// flagged before บาท; a money column says baht for every cell.
    public static func commasGroupWrongly(_ figure: String) -> Bool {
        guard figure.utf8.contains(UInt8(ascii: ",")), let cluster = wholeCluster(figure.utf8) else { return false }
        return cluster.slashes == 0 && cluster.commas > 0 && !cluster.wellGrouped
    }

    /// Whether `figure` (a cell's text, trimmed) is one figure with a space beside a separator (`30, 000`,
    /// `1 ,250.00`): only digits, separators and spaces, a space next to a separator between digits.
    public static func spaceInsideFigure(_ figure: String) -> Bool {
        let utf8 = figure.utf8
        guard utf8.contains(0x20) else { return false }
        if spaceGroupsThousands(figure) { return true }
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else { return false }
        let bytes = Array(utf8)
        return bytes.withUnsafeBufferPointer { text in
            var index = 0
            var sawDigit = false
            var spaceBesideSeparator = false
            while index < text.count {
                if let (_, width) = ThaiScript.digit(text, index) { sawDigit = true; index += width; continue }
                let byte = text[index]
                guard byte == 0x20 || ScanSession.isSeparator(byte) else { return false }
                if ScanSession.isSeparator(byte), sawDigit,
                   (index > 0 && text[index - 1] == 0x20) || (index + 1 < text.count && text[index + 1] == 0x20) {
                    spaceBesideSeparator = true
                }
                index += 1
            }
            return sawDigit && spaceBesideSeparator
        }
    }

    /// Whether `figure` (a cell's text, trimmed) is a figure opening with a letter OCR put for a digit
    /// (`l2,500.00`, `O.50`): only digits, separators and such letters, at least two digits. (In running text
    /// a letter before digits makes a name, `ISO9001`; a whole cell so written is a figure.)
    public static func opensWithDigitLookalike(_ figure: String) -> Bool {
        let bytes = Array(figure.utf8)
        guard let first = bytes.first, first < 0x80, ScanSession.isDigitLookalike(first) else { return false }
        return bytes.withUnsafeBufferPointer { text in
            var index = 0
            var digits = 0
            while index < text.count {
                if let (_, width) = ThaiScript.digit(text, index) { digits += 1; index += width; continue }
                guard text[index] < 0x80, ScanSession.isSeparator(text[index]) || ScanSession.isDigitLookalike(text[index]) else { return false }
                index += 1
            }
            return digits >= 2
        }
    }

    /// Whether `figure` (a cell's text, trimmed) groups its thousands with single spaces (`๑๒ ๐๐๐`, `1 250 000.00`):
    /// one to three digits, then groups of three after one space each, the last perhaps with satang.
    static func spaceGroupsThousands(_ figure: String) -> Bool {
        let groups = figure.utf8.split(separator: 0x20, omittingEmptySubsequences: false)
        guard groups.count >= 2 else { return false }
        return Array(figure.utf8).withUnsafeBufferPointer { text in
            var offset = 0
            for (position, group) in groups.enumerated() {
                let cluster = NumericCluster(text: text, start: offset)
                guard ThaiScript.digit(text, offset) != nil, cluster.end == offset + group.count, cluster.slashes == 0 else { return false }
                if position == 0 {
                    guard cluster.segments == 1, (1...3).contains(cluster.digitCount) else { return false }
                } else {
                    guard cluster.firstSegmentDigits == 3, position == groups.count - 1 || cluster.segments == 1 else { return false }
                }
                offset += group.count + 1
            }
            return true
        }
    }

    /// Whether `figure` (a cell's text, trimmed) is written with dots where commas group thousands (`30.000`):
    /// in a column of baht it is no amount as written.
    public static func dotsGroupThousands(_ figure: String) -> Bool {
        // Most cells have a comma or no dot: answered without copying their bytes.
        guard figure.utf8.contains(UInt8(ascii: ".")), !figure.utf8.contains(UInt8(ascii: ",")) else { return false }
        var bytes = Array(figure.utf8)
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        return bytes.withUnsafeBufferPointer { text in
            guard !text.isEmpty, ThaiScript.digit(text, 0) != nil else { return false }
            let cluster = NumericCluster(text: text, start: 0)
            return cluster.end == text.count && cluster.dotsGroupThousands
        }
    }
}
