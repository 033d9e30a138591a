@testable import DocumentReader
import Testing
import ThaiText

/// A PDF converted to HTML as drawn (pdftohtml -c): each line, and each cell of a table's line, is a positioned element.
@Suite struct PositionedLayoutTests {
    static func piece(_ top: Int, _ left: Int, _ text: String) -> String {
        "<p style=\"position:absolute;top:\(top)px;left:\(left)px;white-space:nowrap\" class=\"ft10\">\(text)</p>"
    }

    /// Page 1: a title, a paragraph wrapped over three lines (its first indented), a heading far below it.
    /// Page 2: a page number, then a table: a header, rows whose name wraps onto a line of its own, a tick in the
    /// last column, a total row.
    static let document: String = {
        let page1 = [
            piece(90, 250, "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต"),
            piece(184, 170, "เทศบาลตำบลทดสอบงาม&#160;ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต&#160;(พ.ศ."),
            piece(211, 113, "๒๕๖๖&#160;-&#160;๒๕๗๐)&#160;และได้กำหนดโครงการ&#160;จำนวน&#160;๓"),
            piece(238, 113, "โครงการ&#160;ดังนี้"),
            piece(290, 113, "๑.&#160;สถานะการดำเนินการ"),
        ]
        let page2 = [
            piece(90, 430, "-&#160;๒&#160;-"),
            piece(151, 80, "ลำดับ"), piece(151, 120, "โครงการ"), piece(151, 470, "งบประมาณ"), piece(151, 560, "เบิกจ่าย"),
            piece(151, 800, "แล้วเสร็จ"),
            piece(203, 88, "1"), piece(203, 120, "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร"), piece(203, 478, "45,000.00"),
            piece(203, 568, "41,250.00"), piece(203, 820, "✓"),
            piece(227, 120, "และพนักงานเทศบาล"),
            piece(257, 88, "2"), piece(257, 120, "มาตรการป้องกันผลประโยชน์ทับซ้อน"), piece(257, 478, "0.00"), piece(257, 568, "0.00"),
            piece(257, 820, "✓"),
            piece(281, 88, "3"), piece(281, 120, "โครงการปรับปรุงศูนย์ข้อมูลข่าวสาร"), piece(281, 478, "30,000.00"),
            piece(281, 568, "29,850.00"),
            piece(305, 120, "รวม"), piece(305, 478, "75,000.00"), piece(305, 568, "71,100.00"),
        ]
        return """
        <!DOCTYPE html><html><head><meta name="generator" content="pdftohtml 0.86.1"/></head><body>
        <div id="page1-div" style="position:relative;width:892px;height:1263px;">
        \(page1.joined(separator: "\n"))
        </div>
        <div id="page2-div" style="position:relative;width:892px;height:1263px;">
        \(page2.joined(separator: "\n"))
        </div>
        </body></html>
        """
    }()

    @Test func linesAndParagraphsFollowThePositions() throws {
        let document = try readDocument(Self.document, as: .html)
        let text = document.blocks.filter { $0.kind != .table }.map { "\($0.source.line): \($0.text)" }
        #expect(text.first == "3: รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต")
        // The wrapped paragraph is one block, starting on its first line's source line, its figures on theirs.
        let paragraph = try #require(document.blocks.first { $0.text.hasPrefix("เทศบาลตำบลทดสอบงาม") })
        #expect(paragraph.source.line == 4 && paragraph.source.endLine == 6)
        #expect(paragraph.text.contains("จำนวน ๓") && paragraph.text.hasSuffix("ดังนี้"))
        #expect(text.contains("7: ๑. สถานะการดำเนินการ"))
    }

    @Test func aTableIsRebuiltFromItsColumns() throws {
        let document = try readDocument(Self.document, as: .html)
        let table = try #require(document.blocks.compactMap(\.table).first)
        #expect(table.header == ["ลำดับ", "โครงการ", "งบประมาณ", "เบิกจ่าย", "แล้วเสร็จ"])
        // The wrapped name joins its row; the tick stands in the last column; the total row keeps its columns.
        let body = table.rows.filter { $0.kind == .body }
        #expect(body.map { $0.cells[1].text } == ["โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร และพนักงานเทศบาล",
                                                  "มาตรการป้องกันผลประโยชน์ทับซ้อน", "โครงการปรับปรุงศูนย์ข้อมูลข่าวสาร"])
        #expect(body.map { $0.cells[2].text } == ["45,000.00", "0.00", "30,000.00"])
        #expect(body.map { $0.cells[4].tick } == [.checked, .checked, nil])
        let total = try #require(table.rows.first { $0.kind == .total })
        #expect(total.cells.map(\.text) == ["", "รวม", "75,000.00", "71,100.00", ""])
        // Every cell keeps its own source line.
        #expect(body.first?.cells[2].source.line == 18)
    }

    /// A page laid out by its markup, with a few positioned extras (a stamp, a page number), is read by its markup.
    @Test func aFewPositionedElementsAreNoDrawnPage() throws {
        let html = """
        <html><body>
        <p>งบประมาณ ๔๕,๐๐๐ บาท</p>
        <table><tr><td>ที่</td><td>โครงการ</td><td>งบประมาณ</td></tr><tr><td>1</td><td>โครงการทดสอบ</td><td>45,000</td></tr></table>
        \(Self.piece(20, 700, "- ๑ -"))
        </body></html>
        """
        let document = try readDocument(html, as: .html)
        let table = try #require(document.blocks.compactMap(\.table).first)
        #expect(table.header == ["ที่", "โครงการ", "งบประมาณ"] && table.rows.map { $0.cells[1].text } == ["โครงการทดสอบ"])
    }

    @Test func positionsAreReadFromTheStyle() {
        #expect(PositionedLayout.position(in: "position:absolute;top:203px;left:478px;white-space:nowrap") ?? (0, 0) == (203, 478))
        #expect(PositionedLayout.position(in: "position: absolute; left: 80.6px; top: 151.2px") ?? (0, 0) == (151, 81))
        #expect(PositionedLayout.position(in: "position:relative;top:10px;left:10px") == nil)
        #expect(PositionedLayout.position(in: "position:absolute;margin-top:10px;left:10px") == nil)
    }
}
