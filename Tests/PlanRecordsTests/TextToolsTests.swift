import Testing
@testable import PlanRecords

/// The byte-level text helpers give the answers the standard library's Unicode-aware ones give.
@Suite struct TextToolsTests {
    /// Thai letters, vowels above and below, tone marks, sara am, digits and ASCII, in random order:
    /// the byte count of characters must equal `String.count` (grapheme clusters) every time.
    @Test func thaiCharacterCountIsTheGraphemeCount() {
        let pieces = ["ก", "ข", "ำ", "ั", "ิ", "ี", "ุ", "ู", "่", "้", "๊", "๋", "็", "์", "ะ", "า", "เ", "แ", "ไ", "๑", "๙",
                      "ฯ", "ๆ", "a", "Z", "1", " ", "(", ".", "/"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...30, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TextTools.thaiCharacterCount(text) == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextTools.hasAtMost(10, charactersIn: text) == (text.count <= 10))
            for limit in [0, 1, 5, 12] {
                #expect(TextTools.suffix(text, characters: limit) == text.suffix(limit))
            }
        }
    }

    @Test func otherScriptsAreLeftToTheSlowCount() {
        #expect(TextTools.thaiCharacterCount("café") == nil)
        #expect(TextTools.thaiCharacterCount("ก\nข") == nil)
        #expect(TextTools.hasAtMost(4, charactersIn: "café"))
        #expect(!TextTools.hasAtMost(3, charactersIn: "café"))
        #expect(TextTools.suffix("ab́c", characters: 2) == "b́c")
        #expect(TextTools.suffix("éก่า", characters: 2) == "ก่า")
    }

    @Test func linesSplitAtLineFeedsOnly() {
        #expect(TextTools.lines("ก\nข\n\nค").map(String.init) == ["ก", "ข", "", "ค"])
        #expect(TextTools.lines("ก\nข\n\nค\n", omittingEmpty: true).map(String.init) == ["ก", "ข", "ค"])
        #expect(TextTools.lines(Substring("x\ny").dropFirst(2)).map(String.init) == ["y"])
    }

    @Test func markersAreDroppedWithTheSpacesAfterThem() {
        let cases: [(String, String)] = [
            ("๑. ชื่อโครงการ", "ชื่อโครงการ"), ("12) งบประมาณ", "งบประมาณ"), ("(๓) เป้าหมาย", "เป้าหมาย"),
            ("๑.๒.๓. ภารกิจ", "ภารกิจ"), ("๑.๒.๓ ภารกิจ", "๑.๒.๓ ภารกิจ"), ("- • * ข้อ", "ข้อ"), ("๑๒ โครงการ", "๑๒ โครงการ"), ("(ยาวเกินไป) x", "(ยาวเกินไป) x"),
            ("3.: ผล", "ผล"), ("", ""), ("(", "("), ("๑", "๑"),
        ]
        for (text, expected) in cases {
            #expect(TextTools.droppingMarker(text) == Substring(expected), "\(text)")
        }
    }
}
