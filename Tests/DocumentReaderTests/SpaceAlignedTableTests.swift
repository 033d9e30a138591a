@testable import DocumentReader
import Testing
import ThaiText

/// Tables a PDF's layout text export draws with spaces (`pdftotext -layout`).
@Suite struct SpaceAlignedTableTests {
    static let report = """
    รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

    ที่      โครงการ/กิจกรรม/มาตรการ                    งบประมาณ         เบิกจ่าย   แล้วเสร็จ      ระหว่าง       ยังไม่
                                                    (บาท)          (บาท)                ดำเนินการ     ดำเนินการ
    1      โครงการอบรมคุณธรรม ผู้บริหาร              24,000.00      23,150.00      ✓
           และพนักงานเทศบาล
    2      มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร           0.00           0.00      ✓
    3      โครงการปรับปรุงเว็บไซต์                     15,000.00       9,990.00                                ✓
           รวม                                     39,000.00      33,140.00      2            0            1

    ลงชื่อ   นายทดสอบ ใจดี   ผู้รายงาน
    """

    @Test func columnsAreWhereTheTextStands() throws {
        let document = try readDocument(Self.report)
        let table = try #require(document.blocks.compactMap(\.table).first)
        #expect(table.header == ["ที่", "โครงการ/กิจกรรม/มาตรการ", "งบประมาณ / (บาท)", "เบิกจ่าย / (บาท)", "แล้วเสร็จ",
                                 "ระหว่าง / ดำเนินการ", "ยังไม่ / ดำเนินการ"])
        let body = table.rows.filter { $0.kind == .body }
        // A right-aligned figure goes under its header though it starts left of it; a wrapped name joins its row.
        #expect(body.map { $0.cells[1].text } == ["โครงการอบรมคุณธรรม ผู้บริหาร และพนักงานเทศบาล",
                                                  "มาตรการประกาศเจตจำนงสุจริตของผู้บริหาร", "โครงการปรับปรุงเว็บไซต์"])
        #expect(body.map { $0.cells[2].text } == ["24,000.00", "0.00", "15,000.00"])
        #expect(body.map { $0.cells[3].text } == ["23,150.00", "0.00", "9,990.00"])
        #expect(body.map { [$0.cells[4].tick, $0.cells[6].tick] } == [[.checked, nil], [.checked, nil], [nil, .checked]])
        let total = try #require(table.rows.first { $0.kind == .total })
        #expect(total.cells.map(\.text) == ["", "รวม", "39,000.00", "33,140.00", "2", "0", "1"])
        #expect(body.first?.cells[2].source.line == 5)
        // The line after the table is text again.
        #expect(document.blocks.last?.text.hasPrefix("ลงชื่อ") == true && document.blocks.last?.table == nil)
    }

    /// One line with wide gaps (a signature set apart), or two such lines a blank line apart, is text, not a table.
    @Test func aLoneLineWithGapsIsText() throws {
        let document = try readDocument("""
        ตามที่ได้ดำเนินการตามแผน   จึงขอรายงานผล   ดังนี้

        ลงชื่อ      ผู้รายงาน
        """)
        #expect(document.blocks.allSatisfy { $0.table == nil })
        #expect(document.blocks.first?.text == "ตามที่ได้ดำเนินการตามแผน จึงขอรายงานผล ดังนี้")
    }

    @Test func thaiMarksTakeNoCell() throws {
        let line = "ที่ดิน   ๑๐"
        let pieces = try #require(line.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                SpaceAlignedTable.pieces(TextLine(bytes: UnsafeBufferPointer(rebasing: bytes.dropLast()), number: 1))
            }
        })
        // ที่ดิน: six scalars, three of them marks above the letters (ี ่ ิ): three cells.
        #expect(pieces.map { [$0.start, $0.end] } == [[0, 3], [6, 8]])
    }
}
