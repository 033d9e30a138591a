@testable import DocumentReader
import Testing

/// Where a line's text stands in its raw text once markup and runs of spaces are taken out.
@Suite struct ColumnShiftsTests {
    func shifts(_ text: String, _ raw: String) -> [[Int]]? {
        ColumnShifts.of(text, in: raw)?.map { [$0.textOffset, $0.rawOffset] }
    }

    @Test func aRunOfSpacesMovesWhatFollowsIt() {
        // `จำนวน` is five scalars: the text's space is raw's first, `๒๙` stands three further on.
        #expect(shifts("จำนวน ๒๙ โครงการ", "จำนวน   ๒๙ โครงการ") == [[0, 0], [6, 8]])
    }

    @Test func boldTakenOutMovesTheTextOnEachSide() {
        #expect(shifts("ข ๓๑ ค", "ข **๓๑** ค") == [[0, 0], [2, 4], [4, 8]])
    }

    @Test func blanksOfEveryKindStandForTheSpace() {
        #expect(shifts("ก ข ค", "ก\tข\u{00A0}ค") == [[0, 0]])
        #expect(shifts("ก ข", "  ก \t ข") == [[0, 2], [2, 6]])
    }

    @Test func aTagIsSkippedWhole() {
        // The `b` of `<b>` is not the text's `b`.
        #expect(shifts("ab", "a<b>b</b>") == [[0, 0], [1, 4]])
    }

    @Test func anEntityStandsAtItsAmpersand() {
        // `&` matches the entity's `&`; `amp;` was taken out, so the space after it stands at raw offset 7.
        #expect(shifts("A & B", "A &amp; B") == [[0, 0], [3, 7]])
    }

    @Test func textNotWrittenAsItIsReadKeepsNoShifts() {
        #expect(shifts("☑ ข้อ", "[x] ข้อ") == nil)
    }

    @Test func plainTextIsOneShift() {
        #expect(shifts("งบประมาณ ๑๐,๐๐๐ บาท", "งบประมาณ ๑๐,๐๐๐ บาท") == [[0, 0]])
    }
}
