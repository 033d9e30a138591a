import Testing
@testable import ThaiText

@Suite struct ScannerTableTests {
    static let allCases = quantityCases + calendarCases + tickCases + identifierCases + malformedCases

    /// Digits beside letters or commas that are no garbled figure stay what they were.
    @Test func listsCodesAndWordsAreNoMalformedFigures() {
        for text in ["ไตรมาสที่ ๑,๒", "E-Service1", "ISO9001", "รวม ๑๒,๐๐๐.", "1Oct", "เลขประจำตัว 1234567890123456"] {
            #expect(!tokens(text).contains { $0.kind == .malformedNumber }, "\(text)")
        }
        // Part of a garbled figure is never read as a number of its own.
        #expect(tokens("๑๒,,๐๐๐ บาท").map(\.kind) == [.malformedNumber])
    }

    @Test(arguments: allCases)
    func readsTheFormAsWritten(_ example: ScanCase) {
        expect(example, text: example.text, raw: example.raw)
    }

    /// The same forms with their digits switched (Thai ↔ Arabic) read to the same values.
    @Test(arguments: allCases.filter { $0.text.unicodeScalars.contains { ("0"..."9").contains($0) || ("๐"..."๙").contains($0) } })
    func readsTheFormWithOtherDigits(_ example: ScanCase) {
        let hasThai = example.text.unicodeScalars.contains { ("๐"..."๙").contains($0) }
        func convert(_ text: String) -> String { hasThai ? DigitConversion.toArabic(text) : DigitConversion.toThai(text) }
        expect(example, text: convert(example.text), raw: convert(example.raw))
    }

    private func expect(_ example: ScanCase, text: String, raw: String) {
        let found = tokens(text)
        guard let token = found.first(where: { $0.raw == raw }) else {
            Issue.record("no token \(raw) in \(text); found \(found.map { "\($0.kind):\($0.raw)" })")
            return
        }
        #expect(token.kind == example.kind, "\(text)")
        #expect(token.value == example.value, "\(text)")
    }
}

@Suite struct ScannerNegativeTests {
    /// Number words inside names and ordinary words are never numbers.
    @Test(arguments: [
        "เทศบาลตำบลศรีสองรัก", "เทศบาลตำบลสอง", "สามารถดำเนินการได้", "ความเสี่ยงการทุจริต", "ประชาสัมพันธ์",
        "ศูนย์ข้อมูลข่าวสาร", "จังหวัดร้อยเอ็ด", "บทบาทและอำนาจหน้าที่", "สายพันธุ์", "พันธกิจ", "ล้านนา",
        "การสร้างความสามัคคี", "ยี่ห้อ", "หนึ่งในนั้น", "สี่แยก", "เก้าอี้", "เจ็ดเสมียน",
    ])
    func numberWordsInsideWords(_ text: String) {
        #expect(tokens(text).isEmpty, "\(tokens(text))")
    }

    /// A bare multiplier after a word of vague size states no amount: `หลายล้านบาท` had been a million baht,
    /// `กว่าพันล้านบาท` a billion.
    @Test(arguments: ["ใช้งบประมาณหลายล้านบาท", "มูลค่านับล้านบาท", "ความเสียหายกว่าพันล้านบาท", "เกือบแสนบาท",
                      "งบประมาณหลักล้านบาท", "หลายร้อยล้านบาท"])
    func vagueAmountsAreNoAmounts(_ text: String) {
        #expect(tokens(text).isEmpty, "\(tokens(text))")
    }

    /// A digit word before the multiplier, or no word of vague size: the amount stands.
    @Test func definiteAmountsInWordsStand() {
        #expect(tokens("(หนึ่งล้านบาทถ้วน)").map(\.value) == ["1000000.00 บาท"])
        #expect(tokens("เกือบสองล้านบาท").map(\.value) == ["2000000.00 บาท"])
        #expect(tokens("คิดเป็นล้านบาท").map(\.value) == ["1000000.00 บาท"])
    }

    /// Identifiers never become figures.
    @Test(arguments: [
        "มาตรา ๑๖(๑๖)", "ข้อ ๒๙ (๓)", "ที่ ศก ๗๔๑๐๑.๑/๑๖๗", "แบบ ปค.๑", "๒.๑.๑)", "(๑)", "มท ๐๔๑๓/ว ๑๕๕๓", "ลำดับที่ ๑๔",
    ])
    func identifiersAreNoFigures(_ text: String) {
        let kinds = Set(tokens(text).map(\.kind))
        #expect(kinds.isDisjoint(with: [.number, .money, .count, .percent, .year, .date]), "\(tokens(text))")
        #expect(!kinds.isEmpty)
    }

    /// Dotted abbreviations are not months.
    @Test(arguments: ["ก.พ.ร. ๒๕๖๖", "ตามที่ ก.พ.ร. กำหนด ๒๕ ตัวชี้วัด", "พ.ร.บ. ข้อมูลข่าวสาร"])
    func abbreviationsAreNotMonths(_ text: String) {
        let kinds = Set(tokens(text).map(\.kind))
        #expect(!kinds.contains(.monthYear) && !kinds.contains(.date), "\(tokens(text))")
        #expect(kinds.contains(.abbreviation))
    }

    /// Impossible dates are not dates.
    @Test(arguments: ["๓๑ กุมภาพันธ์ ๒๕๖๖", "๒๙ กุมภาพันธ์ ๒๕๖๖", "๓๑ เมษายน ๒๕๖๖", "๓๒ มกราคม ๒๕๖๖", "31/09/2566", "0 ตุลาคม 2566"])
    func impossibleDates(_ text: String) {
        #expect(!tokens(text).contains { $0.kind == .date || $0.kind == .dateRange }, "\(tokens(text))")
    }

    /// Digits that belong to names, ordinary amounts that are not years, money that is not a year.
    @Test func digitsInNamesAndAmounts() {
        #expect(tokens("E-Service1").isEmpty)
        #expect(tokens("ISO9001").isEmpty)
        #expect(tokens("2,566 บาท").map(\.kind) == [.money])
        #expect(tokens("2566 คน").map(\.kind) == [.count])
        #expect(tokens("รวม 1234").map(\.kind) == [.number])
        #expect(tokens("2023").map(\.kind) == [.number], "a bare CE-looking year is no BE year")
    }

    /// A figure with dots where commas group thousands: only as a cell's whole text, only in that shape.
    @Test func dotsThatGroupThousands() {
        #expect(LexicalScanner.dotsGroupThousands("30.000"))
        #expect(LexicalScanner.dotsGroupThousands("๑.๒๕๐.๐๐๐ "))
        #expect(!LexicalScanner.dotsGroupThousands("30.00"))
        #expect(!LexicalScanner.dotsGroupThousands("30,000.000"))
        #expect(!LexicalScanner.dotsGroupThousands("2.5"))
        #expect(!LexicalScanner.dotsGroupThousands("30.000 คน"))
        #expect(tokens("ร้อยละ 77.214").map(\.kind) == [.percent], "a score with three decimals is no amount")
    }

    /// A money cell's commas that group no thousands: no figure, and said so (in running text, only before บาท).
    @Test func commasThatGroupNoThousands() {
        #expect(LexicalScanner.commasGroupWrongly("๑๒,๓๔"))
        #expect(LexicalScanner.commasGroupWrongly("1,00,000"))
        #expect(LexicalScanner.commasGroupWrongly("12,3456"))
        #expect(LexicalScanner.commasGroupWrongly("1,234,56"))
        #expect(!LexicalScanner.commasGroupWrongly("1,234"))
        #expect(!LexicalScanner.commasGroupWrongly("๑๒,๐๐๐.๕๐"))
        #expect(!LexicalScanner.commasGroupWrongly("12"))
        #expect(!LexicalScanner.commasGroupWrongly("ข้อ 12,34"))
        #expect(!LexicalScanner.commasGroupWrongly("12,34 และ 56"))
        #expect(tokens("ข้อ 12,34").allSatisfy { $0.kind != .malformedNumber }, "a list in running text")
    }

    /// Figures side by side (the values of items merged in one cell) and lists are no spaced figure.
    @Test func figuresSideBySideAreNoSpacedFigure() {
        #expect(tokens("20,000 30,000 บาท").map(\.kind) == [.number, .money])
        #expect(tokens("ไตรมาส 1, 2 และ 3").allSatisfy { $0.kind != .malformedNumber })
    }

    /// Words that begin like a scale word are no scale: the figure before them stays as written.
    @Test func abbreviationsThatRunOnIntoANameAreNoBaht() {
        // `บ.` before a name is a village (บ้าน): the figure before it is the village's number.
        #expect(tokens("ม.๕ บ.หนองบัว").contains { $0.kind == .money } == false)
        #expect(tokens("หมู่ที่ 7 บ.โนนสูง").contains { $0.kind == .money } == false)
        #expect(tokens("๓ ลบ.ม.").contains { $0.kind == .money } == false)
        // `๒.๕ ลบ.` is money, never a section number before a title.
        #expect(tokens("๒.๕ ลบ.").map(\.kind) == [.money])
    }

    @Test func wordsThatOnlyStartLikeAScaleKeepTheirFigure() {
        #expect(tokens("๑๐ พันธุ์").map(\.value) == ["10"])
        #expect(tokens("บ้าน ๕ แสนสุข").map(\.value) == ["5"])
        #expect(tokens("๒ สองล้านบาท").first?.value == "2", "a digit word after a figure is no scale")
        #expect(tokens("๒.๑ ล้านนาสร้างสรรค์").map(\.kind) == [.outlineMarker])
        #expect(tokens("๒.๑ ล้านบาท").map(\.kind) == [.money], "a figure in millions at a line's start is no outline number")
    }

    /// A number at the end of a table row is not counted by the first word of the next row.
    @Test func noCountAcrossTableRows() {
        let text = "1\tโครงการ ก\t1\n2\tโครงการ ข\t2\n"
        #expect(!tokens(text).contains { $0.kind == .count }, "\(tokens(text))")
    }

    @Test func wingdingsLettersOutsideWingdingsAreText() {
        #expect(tokens("café þ ý ü o").isEmpty)
    }
}

@Suite struct ScannerPositionTests {
    @Test func linesColumnsAndBytes() {
        let text = "หัวเรื่อง\nงบประมาณ ๓๐,๐๐๐ บาท\n☑"
        let found = LexicalScanner.scan(text)
        #expect(found.count == 2)
        let money = found[0]
        #expect(money.kind == .money)
        #expect(money.line == 2)
        #expect(money.column == 10) // 8 scalars in งบประมาณ, a space, then the figure
        #expect(money.span.start.offset == Array("หัวเรื่อง\nงบประมาณ ".utf8).count)
        #expect(money.span.end.line == 2)
        let tick = found[1]
        #expect(tick.line == 3 && tick.column == 1)
    }

    @Test func tokenAcrossALineBreakEndsOnTheNextLine() {
        let text = "จำนวน ๑๐\nมาตรการ และ ๕ คน"
        let found = LexicalScanner.scan(text)
        #expect(found.map(\.kind) == [.count, .count])
        #expect(found[0].span.start.line == 1 && found[0].span.end.line == 2)
        #expect(found[1].line == 2)
        #expect(found[1].column == 13)
    }

    /// A paragraph wrapped between `ร้อยละ` and its figure: one percentage from the word's line to the figure's,
    /// and the places after it still right (the line break is not counted twice).
    @Test func percentWordEndingTheLineBeforeItsFigure() {
        let text = "เบิกจ่าย ๒๓,๐๐๐ บาท คิดเป็นร้อยละ\n๗๖.๖๗ ของงบประมาณ\nจำนวน ๓ โครงการ"
        let found = LexicalScanner.scan(text)
        #expect(found.map(\.kind) == [.money, .percent, .count])
        #expect(found[1].value == .percent(ExactDecimal("76.67")!, comparator: nil))
        #expect(found[1].span.start.line == 1 && found[1].span.start.column == 28 && found[1].span.end.line == 2)
        #expect(found[2].line == 3 && found[2].column == 7)
        // Not across a break: a word alone on its line (a column's label), rows with tabs, an item's marker after
        // it, a figure with a classifier of its own.
        #expect(tokens("ร้อยละ\n๘๐ ของงบ").map(\.kind) != [.percent])
        #expect(tokens("ผลงาน\tร้อยละ\n1\tโครงการ").allSatisfy { $0.kind != .percent })
        #expect(tokens("ผลการดำเนินงาน ร้อยละ\n1. โครงการอบรม").allSatisfy { $0.kind != .percent })
        #expect(tokens("ผลการดำเนินงาน ร้อยละ\n1 โครงการ").map(\.kind) == [.count])
    }

    /// A figure ending its line with บาท opening the next: money in running text, a bare figure in a table row.
    @Test func bahtWrappedToTheNextLine() {
        let found = LexicalScanner.scan("รวมทั้งสิ้น ๑๒๓,๔๕๖\nบาท (หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบหกบาทถ้วน) และ ๕ คน")
        #expect(found.map(\.kind) == [.money, .count])
        #expect(found[0].span.start.line == 1 && found[0].span.end.line == 2)
        #expect(found[1].line == 2)
        #expect(tokens("รวม\t๒๓,๐๐๐\nบาท\tอื่น").map(\.kind) == [.number])
    }

    @Test func originShiftsPositions() {
        let found = LexicalScanner.scan("☑ ๕ คน", options: ScanOptions(origin: SourcePosition(line: 120, column: 7, offset: 0)))
        #expect(found.map(\.line) == [120, 120])
        #expect(found.map(\.column) == [7, 9])
    }

    @Test func wingdingsOptionReadsGlyphs() {
        let found = LexicalScanner.scan("þ", options: ScanOptions(inWingdings: true))
        #expect(found.map(\.value) == [.tick(.checked)])
    }
}

@Suite struct StreamedScanTests {
    /// Streaming tokens to a closure gives exactly the tokens the collecting scan returns.
    @Test func streamedEqualsCollected() {
        let text = Array("ปีงบประมาณ พ.ศ. ๒๕๖๖ งบ ๓๐,๐๐๐ บาท (สามหมื่นบาทถ้วน)\n☑ จำนวน ๑๐\nมาตรการ ร้อยละ ๘๐".utf8)
        let collected = LexicalScanner.scan(text)
        var streamed: [Token] = []
        text.withUnsafeBufferPointer { LexicalScanner.scan($0) { streamed.append($0) } }
        #expect(streamed == collected)
        #expect(collected.count == 5)
    }
}
