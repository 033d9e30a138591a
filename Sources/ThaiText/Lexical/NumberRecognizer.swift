/// Numbers, and what the words around a number make of it. The order of the checks is the
/// order of precedence: identifiers first (a law reference is never an amount), then calendar
/// values, then quantities with their units, then bare years, then plain numbers.
extension ScanSession {
    mutating func scanNumber(at start: Int) -> Int {
        let cluster = NumericCluster(text: text, start: start)
        // Digits glued to Latin letters (E-Service1, ISO9001, x2) are part of a name.
        if start > 0, let before = byte(at: start - 1), before < 0x80, isLatinLetter(before) || before == UInt8(ascii: "_") {
            return cluster.end
        }
        if let end = recognizeDottedThousands(cluster) { return end }
        if let end = recognizeSpacedFigure(cluster) { return end }
        if let end = recognizeSpaceGroupedFigure(cluster) { return end }
        if let end = recognizeIdentifier(cluster) { return end }
        if let end = recognizeGarbledFigure(cluster) { return end }
        if let end = recognizeQuarter(cluster) { return end }
        if let end = recognizeDate(cluster) { return end }
        if let end = recognizeYear(cluster, allowBare: false) { return end }
        if let end = recognizeOrdinal(cluster) { return end }
        if let end = recognizePercent(cluster) { return end }
        if let end = recognizeOutlineMarker(cluster) { return end }
        if let end = recognizeQuantity(cluster) { return end }
        if let end = recognizeYear(cluster, allowBare: true) { return end }
        if cluster.isQuantity, let value = cluster.value {
            return emit(.number, .number(value), from: cluster.start, to: cluster.end)
        }
        if let end = recognizeMisgroupedFigure(cluster) { return end }
        return recognizeIdentifierShape(cluster)
    }

    func isLatinLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    // MARK: Identifiers

    /// Form codes (`ปค.๑`), law references (`มาตรา ๑๖(๑๖)`), document numbers (`ศก ๗๔๑๐๑.๑/๑๖๗`).
    mutating func recognizeIdentifier(_ cluster: NumericCluster) -> Int? {
        // Form code: Thai letters, a dot, the digits, all glued.
        if cluster.start >= 4, text[cluster.start - 1] == UInt8(ascii: "."),
           let letter = ThaiScript.blockOffset(text, cluster.start - 4), ThaiScript.isLetterOrMark(letter) {
            var start = cluster.start - 4
            while start - 3 >= consumedUpTo, let previous = ThaiScript.blockOffset(text, start - 3), ThaiScript.isLetterOrMark(previous) { start -= 3 }
            // An era or month glued to a year (พ.ศ.๒๕๖๖, ต.ค.๖๖) is no form code, nor the tail of a
            // dotted abbreviation.
            let dotted = start > 0 && text[start - 1] == UInt8(ascii: ".")
            if !dotted, start >= consumedUpTo,
               CalendarWords.months.match(in: text, endingAt: cluster.start, notBefore: consumedUpTo) == nil,
               CalendarWords.eras.match(in: text, endingAt: cluster.start, notBefore: consumedUpTo) == nil {
                // ก.๑) at the start of a line is an outline marker with a letter level
                if cluster.start - start == 4, byte(at: cluster.end) == UInt8(ascii: ")"), isAtLineOrCellStart(start) {
                    let marker = DigitConversion.toArabic(string(start, cluster.end))
                    return emit(.outlineMarker, .identifier(marker), from: start, to: cluster.end + 1)
                }
                let code = DigitConversion.toArabic(string(start, cluster.end))
                return emit(.formCode, .identifier(code), from: start, to: cluster.end)
            }
        }
        // Law or regulation reference: มาตรา ๑๖(๑๖), ข้อ ๒๙ (๓), วรรค ๒.
        if let law = wordBefore(ReferenceWords.law, before: cluster.start) {
            var end = cluster.end
            // a glued or spaced sub-clause in parentheses: (๑๖)
            let afterSpace = skipSpaces(from: end)
            if byte(at: afterSpace) == UInt8(ascii: "("), ThaiScript.digit(text, afterSpace + 1) != nil {
                let inner = NumericCluster(text: text, start: afterSpace + 1)
                if byte(at: inner.end) == UInt8(ascii: ")") { end = inner.end + 1 }
            }
            let reference = DigitConversion.toArabic(string(cluster.start, end)).filter { $0 != " " }
            return emit(.lawReference, .identifier(reference), from: law.start, to: end)
        }
        // Document number: a short code of Thai letters, a space, digits with a dot or slash
        // (ศก ๗๔๑๐๑.๑/๑๖๗), optionally continued by a letter part (มท ๐๔๑๓/ว ๑๕๕๓).
        if cluster.slashes > 0 || (cluster.dots > 0 && !cluster.isQuantity) || byte(at: cluster.end) == UInt8(ascii: "/") {
            let codeEnd = skipSpacesBackward(before: cluster.start)
            var codeStart = codeEnd
            while codeStart - 3 >= consumedUpTo, let letter = ThaiScript.blockOffset(text, codeStart - 3), ThaiScript.isConsonant(letter) {
                codeStart -= 3
            }
            let letters = (codeEnd - codeStart) / 3
            let standsAlone = codeStart == 0 || [0x20, 0x0A, 0x09].contains(text[codeStart - 1])
                || (codeStart >= 3 && ThaiScript.blockOffset(text, codeStart - 3) == nil)
            if letters >= 2, letters <= 4, codeEnd < cluster.start, standsAlone {
                var end = cluster.end
                // /ว ๑๕๕๓
                if byte(at: end) == UInt8(ascii: "/") {
                    var index = end + 1
                    while let letter = ThaiScript.blockOffset(text, index), ThaiScript.isLetterOrMark(letter) { index += 3 }
                    index = skipSpaces(from: index)
                    if ThaiScript.digit(text, index) != nil { end = NumericCluster(text: text, start: index).end }
                }
                return emit(.documentNumber, .identifier(DigitConversion.toArabic(string(codeStart, end))), from: codeStart, to: end)
            }
        }
        return nil
    }

    /// Clusters that are no quantity: `๒.๑.๑` in running text, `12/3`, a run too long for a figure.
    mutating func recognizeIdentifierShape(_ cluster: NumericCluster) -> Int {
        if cluster.dots >= 2 && cluster.slashes == 0 && cluster.commas == 0 {
            var end = cluster.end
            if byte(at: end) == UInt8(ascii: ")") { end += 1 }
            return emit(.outlineMarker, .identifier(cluster.arabicText(in: text)), from: cluster.start, to: end)
        }
        if cluster.slashes > 0 {
            return emit(.documentNumber, .identifier(cluster.arabicText(in: text)), from: cluster.start, to: cluster.end)
        }
        return cluster.end
    }

    // MARK: Ordinals, quarters, outline markers

    /// `มิติที่ ๑`, `ลำดับที่ ๑๔`, `ตัวชี้วัดที่ ๑๐`, `ประเด็นที่ (๒๑)`, misspellings included.
    mutating func recognizeOrdinal(_ cluster: NumericCluster) -> Int? {
        guard let number = cluster.plainInteger(maxDigits: 4) else { return nil }
        var before = cluster.start
        var end = cluster.end
        // ประเด็นที่ (๒๑)
        if byte(at: before - 1) == UInt8(ascii: "("), byte(at: end) == UInt8(ascii: ")"), before - 1 >= consumedUpTo {
            before -= 1
            end += 1
        }
        guard let noun = wordBefore(ReferenceWords.ordinalNouns, before: before) else { return nil }
        return emit(.ordinal, .ordinal(number, of: noun.value), from: noun.start, to: end)
    }

    /// `ไตรมาสที่ ๑`, `ไตรมาส 1`, `ไตรมาสที่ ๑ - ๔`.
    mutating func recognizeQuarter(_ cluster: NumericCluster) -> Int? {
        guard let number = cluster.plainInteger(maxDigits: 1), (1...4).contains(number),
              let word = wordBefore(CalendarWords.quarterWords, before: cluster.start) else { return nil }
        if let (second, end) = rangeEnd(after: cluster.end), let last = second.plainInteger(maxDigits: 1), (number...4).contains(last) {
            return emit(.quarterRange, .quarterRange(from: number, to: last), from: word.start, to: end)
        }
        return emit(.quarter, .quarter(number), from: word.start, to: cluster.end)
    }

    /// `๒.๑`, `๒.๑.๑)`, `(๑)`, `๑)`, `๑.` at the start of a line or cell, and `๑๒)` items anywhere.
    mutating func recognizeOutlineMarker(_ cluster: NumericCluster) -> Int? {
        guard cluster.commas == 0, cluster.slashes == 0, cluster.firstSegmentDigits <= 3, cluster.digitCount <= 8 else { return nil }
        let next = byte(at: cluster.end)
        let opensParen = cluster.start > consumedUpTo && byte(at: cluster.start - 1) == UInt8(ascii: "(")
        // (๑) — a parenthesised item number
        if opensParen, next == UInt8(ascii: ")"), cluster.dots == 0 {
            let start = cluster.start - 1
            if start == 0 || isAtLineOrCellStart(start) || [0x20, 0x09].contains(text[start - 1]) {
                return emit(.outlineMarker, .identifier(cluster.arabicText(in: text)), from: start, to: cluster.end + 1)
            }
        }
        // ๑๒) — an item number, also inside a merged cell's running text
        if next == UInt8(ascii: ")"), !opensParen {
            let previous = cluster.start > 0 ? text[cluster.start - 1] : 0x20
            if previous == 0x20 || previous == 0x09 || previous == 0x0A || isAtLineOrCellStart(cluster.start) {
                return emit(.outlineMarker, .identifier(cluster.arabicText(in: text)), from: cluster.start, to: cluster.end + 1)
            }
        }
        guard isAtLineOrCellStart(cluster.start) else { return nil }
        // ๑. / ๒.๑. followed by a space or text
        if next == UInt8(ascii: "."), cluster.dots <= 4 {
            let after = byte(at: cluster.end + 1)
            if after == nil || after == 0x20 || after == 0x09 || after == 0x0A || after == 0xE0 || after == 0xC2 || after == UInt8(ascii: "*") {
                return emit(.outlineMarker, .identifier(cluster.arabicText(in: text)), from: cluster.start, to: cluster.end + 1)
            }
        }
        // ๒.๑ การเสริมสร้าง… (but not 0.00 or 25.11 in a cell: a figure keeps its unit or stands alone)
        if cluster.dots >= 1, cluster.lastSegmentDigits <= 2, cluster.firstSegmentDigits <= 2 {
            let after = skipSpaces(from: cluster.end)
            // A space and a letter first: the vocabularies after the figure are looked up only then.
            if after > cluster.end, let letter = ThaiScript.blockOffset(text, after), ThaiScript.isLetterOrMark(letter),
               !(Classifiers.all.match(in: text, at: after).map { Classifiers.measures.contains($0.value) } ?? false),
               bahtAfter(cluster.end) == nil, millionBahtAfter(cluster.end) == nil, scaleAfter(cluster.end) == nil {
                return emit(.outlineMarker, .identifier(cluster.arabicText(in: text)), from: cluster.start, to: cluster.end)
            }
        }
        return nil
    }

    // MARK: Quantities

    /// `คิดเป็นร้อยละ` ending the line before and the figure opening this one; not a figure with a classifier of its
    /// own (`๑ โครงการ`) or an item's marker (`1.`, `1)`), which open a line of their own.
    private func percentWordAcrossLineBreak(_ cluster: NumericCluster) -> (value: Void, start: Int)? {
        // The line test first: most figures do not open a line after one that ends with the word.
        guard let word = wordBeforeLineBreak(Classifiers.percentWord, before: cluster.start) else { return nil }
        let next = byte(at: cluster.end), afterNext = byte(at: cluster.end + 1)
        let marker = next == UInt8(ascii: ")") || next == UInt8(ascii: ".") && (afterNext == nil || afterNext == 0x20 || afterNext == 0x0A)
        guard !marker, wordAfter(Classifiers.all, at: cluster.end) == nil else { return nil }
        return word
    }

    /// `ร้อยละ ๘๐`, `ไม่น้อยกว่าร้อยละ ๘๐`, `25.11%`, `ร้อยละ ๘๐ ขึ้นไป`.
    mutating func recognizePercent(_ cluster: NumericCluster) -> Int? {
        guard let value = cluster.value else { return nil }
        var start = cluster.start
        var end = cluster.end
        var comparator: Comparator?
        if let word = wordBefore(Classifiers.percentWord, before: cluster.start) ?? percentWordAcrossLineBreak(cluster) {
            start = word.start
            if let sign = wordAfter(Classifiers.percentSign, at: end) { end = sign.end }
        } else if let sign = Classifiers.percentSign.match(in: text, at: skipSpaces(from: end)), sign.end - end <= 4 || text[end] == 0x20 {
            end = sign.end
        } else {
            return nil
        }
        if let before = wordBefore(Classifiers.comparatorsBefore, before: start) {
            comparator = before.value
            start = before.start
        } else if let after = wordAfter(Classifiers.comparatorsAfter, at: end) {
            comparator = after.value
            end = after.end
        }
        if let (second, rangeEndOffset) = rangeEnd(after: end), let upper = second.value {
            // ร้อยละ ๘๐ - ๙๐: keep the range, unit percent
            return emit(.range, .range(from: value, to: upper, classifier: "ร้อยละ"), from: start, to: rangeEndOffset)
        }
        return emit(.percent, .percent(value, comparator: comparator), from: start, to: end)
    }

    /// Money (`๓๐,๐๐๐ บาท`, `๒๐,๐๐๐.- บาท (สองหมื่นบาทถ้วน)`), ranges (`๑๖ - ๒๕ ปี`) and counts (`๑๐ มาตรการ`).
    mutating func recognizeQuantity(_ cluster: NumericCluster) -> Int? {
        guard let value = cluster.value else { return nil }
        var end = cluster.end
        // `๑.๕ ล้านบาท`, `๓ หมื่นคน`: a figure in millions or thousands.
        if let scale = scaleAfter(end) {
            guard let scaled = value.multiplied(by: ExactDecimal(units: scale.scale)), scaled.isInFigureRange else {
                // Past the range of a figure once multiplied: one figure that cannot be read, its unit with it
                // (else `ล้านบาท` alone was read as a million baht).
                return emit(.malformedNumber, .malformed(reason: "more than any figure of a local budget, in the unit after it"),
                            from: cluster.start, to: unitEnd(after: end) ?? scale.end)
            }
            if let baht = bahtAfter(scale.end) {
                let words = readMoneyWords(at: baht.end)
                return emitMoney(scaled, words: words, from: cluster.start, to: words?.end ?? baht.end)
            }
            if let unit = classifierAfter(scale.end), scaled.isInteger {
                return emit(.count, .count(scaled, classifier: unit.value), from: cluster.start, to: unit.end)
            }
            return emit(.number, .number(scaled), from: cluster.start, to: scale.end)
        }
        // `๑.๕ ลบ.`: millions of baht in one abbreviation.
        if let million = millionBahtAfter(end) {
            guard let scaled = value.multiplied(by: ExactDecimal(units: 1_000_000)), scaled.isInFigureRange else {
                return emit(.malformedNumber, .malformed(reason: "more than any figure of a local budget, in the unit after it"),
                            from: cluster.start, to: unitEnd(after: end) ?? million.end)
            }
            return emitMoney(scaled, words: nil, from: cluster.start, to: million.end)
        }
        if let mark = Classifiers.noSatangMark.match(in: text, at: end) { end = mark.end }
        // Money: the figure, บาท (perhaps wrapped to the next line), and the amount in words if it follows.
        if let baht = bahtAfter(end) ?? bahtAfterLineBreak(end) {
            var tokenEnd = baht.end
            let words = readMoneyWords(at: baht.end)
            if let words { tokenEnd = words.end }
            return emitMoney(value, words: words, from: cluster.start, to: tokenEnd)
        }
        if let words = readMoneyWords(at: end) {
            return emitMoney(value, words: words, from: cluster.start, to: words.end)
        }
        // Range: ๑๖ - ๒๕ ปี
        if let (second, rangeEndOffset) = rangeEnd(after: cluster.end), let upper = second.value {
            if let yearRange = bareYearRange(cluster, second, end: rangeEndOffset) { return yearRange }
            var classifier: String?
            var tokenEnd = rangeEndOffset
            if let unit = wordAfter(Classifiers.all, at: rangeEndOffset) {
                classifier = unit.value
                tokenEnd = unit.end
            } else if let baht = bahtAfter(rangeEndOffset) {
                classifier = "บาท"
                tokenEnd = baht.end
            }
            if classifier != nil || value < upper {
                return emit(.range, .range(from: value, to: upper, classifier: classifier), from: cluster.start, to: tokenEnd)
            }
        }
        // Count: a classifier after the number, on this line or wrapped to the next.
        if let unit = classifierAfter(end), value.isInteger || Classifiers.measures.contains(unit.value) {
            return emit(.count, .count(value, classifier: unit.value), from: cluster.start, to: unit.end)
        }
        return nil
    }

    mutating func emitMoney(_ value: ExactDecimal, words: (amount: ExactDecimal, start: Int, end: Int)?, from start: Int, to end: Int) -> Int {
        var inWords: MoneyInWords?
        if let words {
            let wordsStart = tracker.position(of: words.start, in: text)
            let wordsEnd = tracker.position(of: words.end, after: wordsStart, in: text)
            inWords = MoneyInWords(amount: words.amount, span: SourceSpan(start: wordsStart, end: wordsEnd))
        }
        // Every figure the scanner reads can be written with two decimals (ExactDecimal.isInFigureRange).
        return emit(.money, .money(value.scaled(atLeast: 2) ?? value, words: inWords), from: start, to: end)
    }

    /// A classifier after `offset`: on the same line, or at the start of the next line when the number
    /// ends its line in running text (never across a table row, whose next line is another row).
    func classifierAfter(_ offset: Int) -> (value: String, end: Int)? {
        if let unit = wordAfter(Classifiers.all, at: offset) { return wordAfter(Classifiers.perUnit, at: offset) == nil ? unit : nil }
        guard endsLineOfRunningText(offset) else { return nil }
        return Classifiers.all.match(in: text, at: skipSpacesAcrossOneLineBreak(from: offset))
    }

    /// บาท at the start of the next line, when the figure ends its line in running text (`… ๑๒๓,๔๕๖` / `บาท`).
    func bahtAfterLineBreak(_ offset: Int) -> (value: Void, end: Int)? {
        guard endsLineOfRunningText(offset) else { return nil }
        return bahtAfter(skipSpacesAcrossOneLineBreak(from: offset))
    }

    /// Whether only spaces stand between `offset` and the end of its line, and the line holds no tab (a table row,
    /// whose next line is another row).
    func endsLineOfRunningText(_ offset: Int) -> Bool {
        let spaced = skipSpaces(from: offset)
        guard byte(at: spaced) == 0x0A || (byte(at: spaced) == 0x0D && byte(at: spaced + 1) == 0x0A) else { return false }
        var index = spaced
        while index > tracker.lineStart {
            index -= 1
            if text[index] == 0x09 { return false }
        }
        return true
    }

    /// The second number of a range after `offset`: `- ๒๕`, `– 2570`, `ถึง ๓๐`.
    func rangeEnd(after offset: Int) -> (NumericCluster, Int)? {
        guard let dash = wordAfter(CalendarWords.rangeWords, at: offset) else { return nil }
        let start = skipSpaces(from: dash.end)
        guard ThaiScript.digit(text, start) != nil else { return nil }
        let second = NumericCluster(text: text, start: start)
        return (second, second.end)
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }
}
