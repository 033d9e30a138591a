/// Years, dates, months of a year, fiscal years and their ranges and lists.
extension ScanSession {
    /// A year read at `offset`: an optional era word, then the digits.
    struct YearReading {
        var year: ThaiYear
        var era: TokenValue.Era
        var start: Int
        var end: Int
    }

    /// Reads `พ.ศ. ๒๕๖๖`, `พ.ศ.2566`, `ค.ศ. 2023`, `๒๕๖๖` (bare, if allowed) or a two-digit year
    /// (if allowed, or after an era word) starting at `offset` after spaces.
    func readYear(at offset: Int, allowBare: Bool, allowTwoDigit: Bool) -> YearReading? {
        let start = skipSpaces(from: offset)
        var digitsAt = start
        var era: TokenValue.Era?
        if let word = CalendarWords.eras.match(in: text, at: start) {
            era = word.value
            digitsAt = skipSpaces(from: word.end)
        }
        guard ThaiScript.digit(text, digitsAt) != nil else { return nil }
        let cluster = NumericCluster(text: text, start: digitsAt)
        guard let year = year(of: cluster, era: era, allowBare: allowBare, allowTwoDigit: allowTwoDigit) else { return nil }
        return YearReading(year: year.0, era: year.1, start: start, end: cluster.end)
    }

    /// What a cluster means as a year after the given era word (or none).
    func year(of cluster: NumericCluster, era: TokenValue.Era?, allowBare: Bool, allowTwoDigit: Bool) -> (ThaiYear, TokenValue.Era)? {
        guard let number = cluster.plainInteger(maxDigits: 4) else { return nil }
        // A figure glued to what follows (2566คน) is still a year; a figure followed by more digits is not.
        switch (era, cluster.digitCount) {
        case (.common?, 4) where (1800...2200).contains(number):
            return (ThaiYear(ce: number), .common)
        case (.buddhist?, 4) where ThaiYear.plausibleBE.contains(number):
            return (ThaiYear(be: number), .buddhist)
        case (.buddhist?, 2):
            return (ThaiYear(be: 2500 + number), .twoDigit)
        case (nil, 4) where allowBare && ThaiYear.plausibleBE.contains(number):
            return (ThaiYear(be: number), .bare)
        case (nil, 2) where allowTwoDigit:
            return (ThaiYear(be: 2500 + number), .twoDigit)
        default:
            return nil
        }
    }

    /// A month name (with `เดือน` before it, if written) ending just before `offset`.
    func monthBefore(_ offset: Int) -> (month: Int, abbreviated: Bool, start: Int)? {
        let end = skipSpacesBackward(before: offset)
        guard let match = CalendarWords.months.match(in: text, endingAt: end, notBefore: consumedUpTo) else { return nil }
        let abbreviated = text[match.start..<end].contains(UInt8(ascii: "."))
        // An abbreviation must stand on its own: ก.พ. in ก.ก.พ. is no month.
        if abbreviated, match.start > 0, let before = ThaiScript.blockOffset(text, match.start - 3), ThaiScript.isLetterOrMark(before) {
            return nil
        }
        if abbreviated, match.start > 0, text[match.start - 1] == UInt8(ascii: ".") { return nil }
        var start = match.start
        if let word = CalendarWords.monthWord.match(in: text, endingAt: skipSpacesBackward(before: start), notBefore: consumedUpTo) {
            start = word.start
        }
        return (match.value, abbreviated, start)
    }

    /// A month name after `offset` (with `เดือน` before it, if written).
    func monthAfter(_ offset: Int) -> (month: Int, abbreviated: Bool, end: Int)? {
        var index = skipSpaces(from: offset)
        if let word = CalendarWords.monthWord.match(in: text, at: index) { index = skipSpaces(from: word.end) }
        guard let match = CalendarWords.months.match(in: text, at: index) else { return nil }
        let abbreviated = text[index..<match.end].contains(UInt8(ascii: "."))
        // ก.พ.ร. is an office, not February
        if abbreviated, match.end + 3 < count, ThaiScript.blockOffset(text, match.end) != nil, text[match.end + 3] == UInt8(ascii: ".") {
            return nil
        }
        return (match.value, abbreviated, match.end)
    }

    // MARK: Dates

    /// `๑๙ ตุลาคม พ.ศ. ๒๕๖๖`, `วันที่ ๒๗ เดือน กันยายน พ.ศ.๒๕๖๕`, `๑ ต.ค. ๖๖`, `19/10/2566`,
    /// and ranges: `๑ - ๑๕ ตุลาคม ๒๕๖๖`, `๑ ต.ค. ๖๕ - ๓๐ ก.ย. ๖๖`.
    mutating func recognizeDate(_ cluster: NumericCluster) -> Int? {
        if cluster.slashes == 2, cluster.dots == 0, cluster.commas == 0 { return recognizeSlashDate(cluster) }
        guard let day = cluster.plainInteger(maxDigits: 2), (1...31).contains(day) else { return nil }
        var lastDay = day
        var afterDays = cluster.end
        // ๑ - ๑๕ ตุลาคม: a range of days in one month
        if let (second, end) = rangeEnd(after: cluster.end), let other = second.plainInteger(maxDigits: 2),
           other > day, other <= 31, monthAfter(end) != nil {
            lastDay = other
            afterDays = end
        }
        guard let month = monthAfter(afterDays) else { return nil }
        let year = readYear(at: month.end, allowBare: true, allowTwoDigit: month.abbreviated)
        if let year {
            guard let first = CalendarDate(year: year.year, month: month.month, day: day),
                  let last = CalendarDate(year: year.year, month: month.month, day: lastDay) else {
                // `๓๑ กุมภาพันธ์ ๒๕๖๖`: a day its month does not have. One date that is no date as written, not a
                // day number and a month read apart.
                let missing = CalendarDate(year: year.year, month: month.month, day: day) == nil ? day : lastDay
                return emit(.malformedDate, .malformed(reason: "no such date: month \(month.month) of BE \(year.year.be) has no day \(missing)"),
                            from: cluster.start, to: year.end)
            }
            if lastDay != day {
                return emit(.dateRange, .dateRange(from: .day(first), to: .day(last)), from: cluster.start, to: year.end)
            }
            // ๑ ต.ค. ๖๕ - ๓๐ ก.ย. ๖๖
            if let (end, other) = dateAfterRangeWord(year.end), other >= first {
                return emit(.dateRange, .dateRange(from: .day(first), to: .day(other)), from: cluster.start, to: end)
            }
            return emit(.date, .date(first), from: cluster.start, to: year.end)
        }
        // ๑ ต.ค. - ๓๑ ธ.ค. ๖๖: the first date takes its year from the second
        if lastDay == day, let (end, other) = dateAfterRangeWord(month.end) {
            let firstYear = month.month > other.month ? ThaiYear(be: other.year.be - 1) : other.year
            if let first = CalendarDate(year: firstYear, month: month.month, day: day), first <= other {
                return emit(.dateRange, .dateRange(from: .day(first), to: .day(other)), from: cluster.start, to: end)
            }
        }
        return nil
    }

    /// A full date after a range word at `offset`.
    func dateAfterRangeWord(_ offset: Int) -> (end: Int, date: CalendarDate)? {
        guard let dash = wordAfter(CalendarWords.rangeWords, at: offset) else { return nil }
        let start = skipSpaces(from: dash.end)
        guard ThaiScript.digit(text, start) != nil else { return nil }
        let cluster = NumericCluster(text: text, start: start)
        guard let day = cluster.plainInteger(maxDigits: 2), let month = monthAfter(cluster.end),
              let year = readYear(at: month.end, allowBare: true, allowTwoDigit: month.abbreviated),
              let date = CalendarDate(year: year.year, month: month.month, day: day) else { return nil }
        return (year.end, date)
    }

    /// `19/10/2566` (day/month/BE year) or `19/10/66`.
    mutating func recognizeSlashDate(_ cluster: NumericCluster) -> Int? {
        let parts = cluster.segmentValues
        guard cluster.segments == 3, cluster.lastSegmentDigits == 4 || cluster.lastSegmentDigits == 2 else { return nil }
        let yearNumber = Int(parts.2)
        let year: ThaiYear
        if cluster.lastSegmentDigits == 2 {
            year = ThaiYear(be: 2500 + yearNumber)
        } else if ThaiYear.plausibleBE.contains(yearNumber) {
            year = ThaiYear(be: yearNumber)
        } else if (1900...2200).contains(yearNumber) {
            year = ThaiYear(ce: yearNumber)
        } else {
            return nil
        }
        guard let date = CalendarDate(year: year, month: Int(parts.1), day: Int(parts.0)) else { return nil }
        return emit(.date, .date(date), from: cluster.start, to: cluster.end)
    }

    // MARK: Years

    /// A year made so by the words before it (era, month, fiscal-year word, ปี), or — with
    /// `allowBare` — a bare four-digit number in the BE range. Extends to ranges and lists.
    mutating func recognizeYear(_ cluster: NumericCluster, allowBare: Bool) -> Int? {
        // Only a plain number of two or four digits reads as a year (`year(of:…)`): the words before the
        // others (most figures) are not looked up.
        guard cluster.digitCount == 2 || cluster.digitCount == 4, cluster.segments == 1 else { return nil }
        var start = cluster.start
        var reading: (ThaiYear, TokenValue.Era)?
        var month: (month: Int, abbreviated: Bool, start: Int)?
        if let era = wordBefore(CalendarWords.eras, before: cluster.start) {
            reading = year(of: cluster, era: era.value, allowBare: false, allowTwoDigit: false)
            start = era.start
        }
        // กันยายน ๒๕๖๖ · เดือนกันยายน พ.ศ. ๒๕๖๖ · ต.ค. ๖๖
        if let found = monthBefore(start) {
            if reading == nil { reading = year(of: cluster, era: nil, allowBare: true, allowTwoDigit: found.abbreviated) }
            if reading != nil { month = found }
        }
        if reading == nil, wordBefore(CalendarWords.fiscalYearWords, before: cluster.start) != nil {
            reading = year(of: cluster, era: nil, allowBare: true, allowTwoDigit: true)
        }
        if reading == nil, wordBefore(CalendarWords.yearWord, before: cluster.start) != nil {
            reading = year(of: cluster, era: nil, allowBare: true, allowTwoDigit: true)
        }
        if reading == nil, allowBare {
            reading = year(of: cluster, era: nil, allowBare: true, allowTwoDigit: false)
        }
        guard let (year, era) = reading else { return nil }
        // `ปีงบประมาณ ๖๗ - ๖๘`: a year written short ends its range written short too.
        let shortYears = era == .twoDigit

        if let month {
            let first = YearMonth(year: year, month: month.month)
            // ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖
            if let dash = wordAfter(CalendarWords.rangeWords, at: cluster.end), let other = monthYear(at: dash.end), other.value > first {
                return emit(.dateRange, .dateRange(from: .month(first), to: .month(other.value)), from: month.start, to: other.end)
            }
            // `ม.ค. - มี.ค. ๒๕๖๗`, `ตุลาคม - ธันวาคม ๒๕๖๖`: a first month written without its year shares the last one's,
            // or is of the year before when the range runs over the new year (`ต.ค. - มี.ค. ๒๕๖๗`).
            if let dash = wordBefore(CalendarWords.rangeWords, before: month.start), let opening = monthBefore(dash.start) {
                let openingYear = opening.month <= month.month ? year : ThaiYear(be: year.be - 1)
                return emit(.dateRange, .dateRange(from: .month(YearMonth(year: openingYear, month: opening.month)), to: .month(first)),
                            from: opening.start, to: cluster.end)
            }
            return emit(.monthYear, .monthYear(first), from: month.start, to: cluster.end)
        }

        if let fiscal = wordBefore(CalendarWords.fiscalYearWords, before: start) {
            return emitFiscalYear(FiscalYear(be: year.be), from: fiscal.start, yearEnd: cluster.end, shortYears: shortYears)
        }
        if let (end, last) = yearRangeEnd(after: cluster.end, from: year, shortYears: shortYears), last > year {
            return emit(.yearRange, .yearRange(from: year, to: last), from: start, to: end)
        }
        return emit(.year, .year(year, era: era), from: start, to: cluster.end)
    }

    /// `๒๕๖๖ - ๒๕๗๐` with no era word: both ends must be BE years.
    mutating func bareYearRange(_ first: NumericCluster, _ second: NumericCluster, end: Int) -> Int? {
        guard let from = first.bareBuddhistYear, let to = second.bareBuddhistYear, to > from else { return nil }
        if let fiscal = wordBefore(CalendarWords.fiscalYearWords, before: first.start) {
            return emit(.fiscalYearRange, .fiscalYearRange(from: FiscalYear(be: from), to: FiscalYear(be: to)), from: fiscal.start, to: end)
        }
        return emit(.yearRange, .yearRange(from: ThaiYear(be: from), to: ThaiYear(be: to)), from: first.start, to: end)
    }

    /// `- ๒๕๗๐`, `– พ.ศ. ๒๕๗๙`, `ถึง ๒๕๗๐` after a year; after a year written short, `- ๖๘` too, a few years on at most.
    func yearRangeEnd(after offset: Int, from first: ThaiYear? = nil, shortYears: Bool = false) -> (Int, ThaiYear)? {
        guard let dash = wordAfter(CalendarWords.rangeWords, at: offset),
              let reading = readYear(at: dash.end, allowBare: true, allowTwoDigit: shortYears) else { return nil }
        if shortYears, reading.era == .twoDigit, let first, reading.year.be - first.be > Self.maxShortRange { return nil }
        return (reading.end, reading.year)
    }

    /// Longer than this (in years), a range written in two-digit years is no plan's years (`ปี ๖๗ - ๙๐`).
    static let maxShortRange = 10

    /// `[เดือน]กันยายน [พ.ศ.] ๒๕๖๖` at `offset`.
    func monthYear(at offset: Int) -> (value: YearMonth, end: Int)? {
        guard let month = monthAfter(offset),
              let reading = readYear(at: month.end, allowBare: true, allowTwoDigit: month.abbreviated) else { return nil }
        return (YearMonth(year: reading.year, month: month.month), reading.end)
    }

    /// `ปีงบประมาณ พ.ศ. ๒๕๖๖`, its range (`- ๒๕๗๐`) or list (`พ.ศ.๒๕๖๖ พ.ศ.๒๕๖๘ และ พ.ศ.๒๕๗๐`).
    mutating func emitFiscalYear(_ first: FiscalYear, from start: Int, yearEnd: Int, shortYears: Bool = false) -> Int {
        if let (end, last) = yearRangeEnd(after: yearEnd, from: ThaiYear(be: first.be), shortYears: shortYears), last.be > first.be {
            return emit(.fiscalYearRange, .fiscalYearRange(from: first, to: FiscalYear(be: last.be)), from: start, to: end)
        }
        var years = [first]
        var end = yearEnd
        while true {
            var next = skipSpaces(from: end)
            var joined = false
            if let word = CalendarWords.listWords.match(in: text, at: next) {
                next = skipSpaces(from: word.end)
                joined = true
            }
            // Later items need an era word, or a list word before a bare year.
            guard CalendarWords.eras.match(in: text, at: next) != nil || joined,
                  let reading = readYear(at: next, allowBare: joined, allowTwoDigit: false),
                  reading.year.be > years[years.count - 1].be else { break }
            years.append(FiscalYear(be: reading.year.be))
            end = reading.end
        }
        if years.count > 1 {
            return emit(.fiscalYearList, .fiscalYearList(years), from: start, to: end)
        }
        return emit(.fiscalYear, .fiscalYear(first), from: start, to: yearEnd)
    }
}
