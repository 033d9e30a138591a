import DocumentReader
import PlanRecords
import Testing

/// Markup and runs of spaces inside a line are taken out of its text, but every value past them keeps its
/// column in the source: `pdftotext -layout` pads with spaces, markdown exports bold a word mid-line.
@Suite struct MarkupWithinLinePlacesTests {
    static let text = """
    แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดนครนายก

    แผนนี้มี  จำนวน   ๒๙ โครงการ  งบประมาณรวม     ๑๕๐,๐๐๐ บาท

    แผนนี้มี **จำนวน** ๓๑ โครงการ งบประมาณรวม **๑๕๐,๐๐๐** บาท

    """

    /// Each stated total's raw text at its line and column of the source.
    func places(_ record: PlanRecord) -> [String] {
        record.declared.map { "\($0.value.raw) \($0.value.line):\($0.value.column)" }
    }

    @Test func spacesAndBoldBeforeAValueDoNotMoveIt() throws {
        // Line 4: `แผนนี้มี` (8) + 2 spaces + `จำนวน` (5) + 3 spaces puts `๒๙` at 19; `๑๕๐` is at 47.
        // Line 6: `แผนนี้มี **จำนวน** ` puts `๓๑` at 20, and `๑๕๐,๐๐๐` past its `**` at 45.
        #expect(places(try record(Self.text)) == ["๒๙ โครงการ 4:19", "๑๕๐,๐๐๐ บาท 4:47", "๓๑ โครงการ 6:20", "๑๕๐,๐๐๐ บาท 6:45"])
    }

    @Test func markdownListItemsAndHeadingsKeepTheirColumnsToo() throws {
        let markdown = """
        # แผนปฏิบัติการ **ประจำปีงบประมาณ** พ.ศ. ๒๕๖๗

        - มี **จำนวน**  ๒๙ โครงการ

        """
        let record = try record(markdown, as: .markdown)
        // `- มี **จำนวน**  ` is 16 characters: the count starts at column 17 of line 3.
        #expect(places(record) == ["๒๙ โครงการ 3:17"])
        // `# แผนปฏิบัติการ **ประจำ` is 23 characters: the fiscal year's `ปีงบประมาณ` starts at 24.
        #expect(record.document.fiscalYear.map { "\($0.raw) \($0.line):\($0.column)" } == "ปีงบประมาณ พ.ศ. ๒๕๖๗ 1:24")
    }

    @Test func aLineJoinedPastASplitWordKeepsItsShifts() throws {
        let text = """
        เทศบาลตำบลทดสอบได้ดำเนินการตามแผนการดำเนิ
        นการ  จำนวน   **๒๙** โครงการ

        """
        let record = try record(text)
        // `นการ  จำนวน   **` is 16 characters: `๒๙` starts at column 17 of line 2.
        #expect(places(record) == ["๒๙ โครงการ 2:17"])
    }
}
