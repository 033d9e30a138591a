import DocumentReader
import PlanRecords
import Testing
import ThaiText

/// A word split across two lines is joined in the block's text, but what follows it is still written on the
/// later line: every value read past the join keeps that line and its column there.
@Suite struct JoinedLinePlacesTests {
    static let text = """
    เทศบาลตำบลทดสอบได้ดำเนินการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ และประกาศใช้แผนการดำเนิ
    นการ เมื่อวันที่ ๒๓ มกราคม ๒๕๖๖ ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘
    เป็นต้นไป

    """

    @Test func theBlockJoinsTheSplitWord() throws {
        let document = try DocumentReader.read(Array(Self.text.utf8), options: .init(format: .text))
        let block = try #require(document.blocks.first)
        #expect(block.text.hasPrefix("เทศบาลตำบลทดสอบได้ดำเนินการตาม"))
        #expect(block.text.contains("แผนการดำเนินการ เมื่อวันที่"))
        #expect(block.linePieces?.map(\.line) == [2])
    }

    @Test func aDatePastTheJoinIsOnItsOwnLine() throws {
        let record = try record(Self.text)
        let date = try #require(record.dates.first)
        #expect(date.date.raw == "๒๓ มกราคม ๒๕๖๖")
        // `นการ เมื่อวันที่ ` is 17 characters: the date starts at column 18 of line 2 (not 124 of line 1).
        #expect(date.date.line == 2)
        #expect(date.date.column == 18)
    }

    @Test func citationsBeforeAndPastTheJoinAreEachOnTheirLine() throws {
        let record = try record(Self.text)
        let places = record.citations.map { ($0.year.value, $0.year.line, $0.year.column) }
        #expect(places.count == 2)
        #expect(places.first.map { $0 == (2540, 1, 31) } == true)
        // `…๒๕๖๖ ตาม` ends at column 35 of line 2; the act's name starts at 36.
        #expect(places.last.map { $0 == (2558, 2, 36) } == true)
    }
}
