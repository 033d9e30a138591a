import Testing
@testable import DocumentReader
import ThaiText

/// Tab-separated tables of text exports: headers, page-split pieces, continuation rows, merged items.
@Suite struct TextTableTests {
    static let twoRowHeader = """
    ลำดับ\tโครงการ\tงบประมาณ (บาท)\tสถานะ\t\t\tหมายเหตุ
    \t\t\tรอ รายงาน\tอยู่ ระหว่าง ดำเนิน การ\tดำเนิน การ แล้วเสร็จ\t
    """

    /// An asterisk beside a row's number (an item added during the year) leaves it the row's number.
    @Test func starredNumbersNumberRows() {
        #expect(Numbering.leadingNumber("4*") == 4)
        #expect(Numbering.leadingNumber("*4") == 4)
        #expect(Numbering.leadingNumber(" ๕* ") == 5)
        #expect(Numbering.leadingNumber("4**") == nil)
    }

    /// Markdown saved as .txt: rows framed by pipes are a table, with or without a delimiter row; a sentence with a
    /// `|` in it, or a line with one cell, is text. (Such a file had been read as paragraphs, and gave no projects.)
    @Test func framedPipeRowsInPlainTextAreATable() throws {
        let document = try readDocument("""
        | ลำดับ | โครงการ | งบประมาณ (บาท) |
        | ๑ | โครงการอบรมคุณธรรม | ๑๐,๐๐๐ |
        | ๒ | มาตรการเปิดเผยข้อมูล | - |

        ผลการดำเนินงาน | ดำเนินการแล้ว
        | หมายเหตุ |
        """)
        let table = try #require(document.tables.first)
        #expect(document.tables.count == 1)
        #expect(table.header == ["ลำดับ", "โครงการ", "งบประมาณ (บาท)"])
        #expect(table.rows.map { $0.cells[1].text } == ["โครงการอบรมคุณธรรม", "มาตรการเปิดเผยข้อมูล"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.text) == ["ผลการดำเนินงาน | ดำเนินการแล้ว\n| หมายเหตุ |"])
    }

    @Test func multiRowHeaderJoinsSpanLabels() throws {
        let document = try readDocument(Self.twoRowHeader + "\n1\tโครงการอบรม\t1,000.00\t\t\t☑\t\n")
        let table = try #require(document.tables.first)
        #expect(table.header == ["ลำดับ", "โครงการ", "งบประมาณ (บาท)", "สถานะ / รอรายงาน",
                                 "สถานะ / อยู่ระหว่างดำเนินการ", "สถานะ / ดำเนินการแล้วเสร็จ", "หมายเหตุ"])
        // The flattened span is read as the span it was.
        #expect(table.headerRows[0].cells[3].columnSpan == 3)
        #expect(table.headerRows[0].cells[4].coveredBy == 3)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells[5].tick == .checked)
        #expect(table.rows[0].cells[2].tokens.first?.kind == .number)
        #expect(table.rows[0].cells[2].source == SourceLines(line: 3, column: 15))
    }

    @Test func pageSplitPiecesWithRepeatedTitleAndHeaderAreOneTable() throws {
        let title = "รายงานผลการดำเนินงานตามแผนปฏิบัติการ ของเทศบาลตำบลตัวอย่าง"
        let piece1 = title + "\n" + Self.twoRowHeader + "\n1\tโครงการก\t0.00\t\t\t☑\t\n2\tโครงการข\t0.00\t\t☑\t\t\n"
        let piece2 = title + "\n" + Self.twoRowHeader + "\n3\tโครงการค\t0.00\t☑\t\t\t\n"
        let document = try readDocument(piece1 + "\n- ๒ -\n\n" + piece2)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.title == title)
        #expect(table.rows.map { $0.cells[1].text } == ["โครงการก", "โครงการข", "โครงการค"])
        #expect(table.pieces.count == 2)
        #expect(table.pieces[1].repeatedLines == [9, 10, 11])
        // The page number between the pieces is kept, marked.
        #expect(document.blocks.contains { $0.artefact == .pageNumber && $0.source.line == 7 })
    }

    /// A running header that names the plan and the organisation and ends with its page (`… หน้า ๒`) is page
    /// furniture the first time it is seen, so the table it interrupts goes on; a short `บทนำ หน้า ๑` stays text.
    @Test func aLongRunningHeaderEndingWithItsPageContinuesTheTable() throws {
        let title = "บัญชีโครงการ ปีงบประมาณ พ.ศ. ๒๕๖๘"
        let header = "ที่\tโครงการ\tงบประมาณ (บาท)"
        let running = "แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลตัวอย่าง อำเภอตัวอย่าง จังหวัดตัวอย่าง หน้า ๒"
        let document = try readDocument("บทนำ หน้า ๑\n\n" + title + "\n" + header + "\n1\tโครงการก\t1,000\n\n" + running + "\n- ๒ -\n"
                                        + title + "\n" + header + "\n2\tโครงการข\t2,000\n")
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.rows.map { $0.cells[1].text } == ["โครงการก", "โครงการข"])
        #expect(document.blocks.contains { $0.artefact == .runningHeader && $0.source.line == 7 && $0.text == running })
        #expect(document.blocks.first?.kind == .paragraph && document.blocks.first?.text == "บทนำ หน้า ๑")
    }

    /// A table the page cut, going on under the report's running header without its own header repeated: the
    /// rows carry on its numbering (`๔` after `๓`), so they are its rows, not a table of unknown columns.
    @Test func rowsCarryingOnTheNumberingUnderARunningHeaderContinueTheTable() throws {
        let header = "ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)"
        let running = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๗"
        let text = header + "\n1\tโครงการก\t1,000\t900\n2\tโครงการข\t2,000\t2,000\n\n- ๒ -\n\n" + running
            + "\n\n3\tโครงการค\t3,000\t2,500\n\tรวม\t6,000\t5,400\n"
        let document = try readDocument(text)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells[1].text } == ["โครงการก", "โครงการข", "โครงการค", "รวม"])
        #expect(table.pieces.count == 2 && table.pieces[1].repeatedText == [running])
        // Rows numbered afresh under another title are another table.
        let other = text.replacing("3\tโครงการค", with: "1\tโครงการค")
        #expect(try readDocument(other).tables.count == 2)
    }

    /// A project's name wrapped onto the next line, its figures there, beside the rest of the mission's label
    /// wrapped too: one row (the unnumbered text left of the name goes on the mission above), not two projects.
    @Test func aWrappedRowWhoseMissionWrapsBesideItIsOneRow() throws {
        let text = """
        มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี ๒๕๖๘\tปี ๒๕๖๙
        ๑. การสร้างวัฒนธรรมสุจริต\t๑.๑ การเสริมสร้างจิตสำนึกและความตระหนัก\t๑) โครงการฝึกอบรมคุณธรรมจริยธรรมผู้บริหาร\t\t
        \tแก่บุคลากรทั้งฝ่ายการเมืองและฝ่ายประจำ\tสมาชิกสภา และพนักงานส่วนตำบล\t๓๐,๐๐๐\t๓๐,๐๐๐
        \t๑.๒ การสร้างจิตสำนึกแก่ประชาชน\t๒) โครงการส่งเสริมการเรียนรู้ตามหลักปรัชญาของเศรษฐกิจพอเพียง\t๒๐,๐๐๐\t๒๐,๐๐๐
        \tแก่เด็กและเยาวชน\t๓) โครงการโตไปไม่โกง\t๑๐,๐๐๐\t-

        """
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].cells[1].text.hasSuffix("แก่บุคลากรทั้งฝ่ายการเมืองและฝ่ายประจำ"))
        #expect(table.rows[0].cells[2].text.hasSuffix("สมาชิกสภา และพนักงานส่วนตำบล"))
        #expect(table.rows[0].cells[3].text == "๓๐,๐๐๐")
        // A numbered name is a row of its own, whatever stands to its left.
        #expect(table.rows[2].cells[2].text == "๓) โครงการโตไปไม่โกง")
    }

    /// Tabs that only indent (a signature set to the right) make no table, and neither does one line with a tab
    /// inside (a memo's `ที่ …⇥วันที่ …`); inside an open table a leading tab is still an empty first cell.
    @Test func indentingTabsAndALoneTabLineAreText() throws {
        let document = try readDocument("""
        บันทึกข้อความ
        ที่ ทล ๗๘๑๐๑/๑๒๓\tวันที่ ๑๕ มกราคม ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ
        1\tโครงการก\t1,000
        \tต่อชื่อโครงการ\t

        \t\tลงชื่อ
        \t\t\t(นางสาวทดลอง ใจดี)
        """)
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.rows.count == 1)
        #expect(document.tables.first?.rows.first?.cells[1].text == "โครงการก ต่อชื่อโครงการ")
        let texts = document.blocks.filter { $0.kind != .table }
        // The tab reads as a space in the text; the raw text keeps it.
        #expect(texts.first?.text == "บันทึกข้อความ\nที่ ทล ๗๘๑๐๑/๑๒๓ วันที่ ๑๕ มกราคม ๒๕๖๘")
        #expect(texts.first?.rawText.contains("๑๒๓\tวันที่") == true)
        #expect(texts.last?.text == "ลงชื่อ\n(นางสาวทดลอง ใจดี)")
        #expect(texts.last?.source.column == 3)
    }

    @Test func pieceRepeatingOnlyTheHeadersFirstRowContinuesTheTable() throws {
        let title = "รายงานผลการดำเนินงานตามแผนปฏิบัติการ ของเทศบาลตำบลตัวอย่าง"
        let firstHeaderRow = Self.twoRowHeader.split(separator: "\n")[0]
        let piece1 = title + "\n" + Self.twoRowHeader + "\n1\tโครงการก\t0.00\t\t\t☑\t\n2\tโครงการข\t0.00\t\t☑\t\t\n"
        // The next page repeats the title and the group labels, not the status labels under them.
        let piece2 = title + "\n" + firstHeaderRow + "\n3\tโครงการค\t0.00\t☑\t\t\t\n"
        let table = try #require(try readDocument(piece1 + "\n- ๒ -\n\n" + piece2).tables.first)
        #expect(table.rows.map { $0.cells[1].text } == ["โครงการก", "โครงการข", "โครงการค"])
        #expect(table.rows[2].cells[3].tick == .checked)
        #expect(table.header[3] == "สถานะ / รอรายงาน")
        #expect(table.pieces.map(\.repeatedLines) == [[], [9, 10]])
    }

    @Test func differentTitlesMakeDifferentTables() throws {
        let header = "ลำดับ\tโครงการ\tงบประมาณ (บาท)\n"
        let document = try readDocument("แผน พ.ศ. 2567\n" + header + "1\tก\t0.00\n\nแผน พ.ศ. 2568\n" + header + "1\tข\t0.00\n")
        #expect(document.tables.map(\.title) == ["แผน พ.ศ. 2567", "แผน พ.ศ. 2568"])
    }

    @Test func continuationRowJoinsTheRowAbove() throws {
        let text = """
        มาตรการ\tขั้นตอน\tผลการดำเนินงาน
        ๑. มาตรการเผยแพร่ข้อมูล\t<p>๑. จัดทำประกาศ</p> <p>๒. เผยแพร่</p>\tดำเนินการแล้ว

        มาตรการ\tขั้นตอน\tผลการดำเนินงาน
        \t๓. ติดตามผล\t
        ๒. มาตรการรับเรื่องร้องเรียน\tจัดทำช่องทาง\tมีผู้ร้องเรียน ๓ เรื่อง
        """
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells[1].text == "๑. จัดทำประกาศ\n๒. เผยแพร่\n๓. ติดตามผล")
        #expect(table.rows[0].joinedLines == [5])
        #expect(table.rows[0].source.endLine == 5)
        #expect(table.pieces.count == 2)
    }

    @Test func mergedItemsWithSpilledValuesAreAligned() throws {
        let text = """
        มิติ\tภารกิจ\tโครงการ\tปี ๒๕๖๗\tปี ๒๕๖๘
        ๑. มิติแรก\t๑.๑ ภารกิจแรก\t๑) โครงการหนึ่ง ๒) โครงการสอง ๓) โครงการสาม\t๑๐,๐๐๐\t๑๐,๐๐๐
        \t\t\t๒๐,๐๐๐\t-
        \t\t\t๓๐,๐๐๐\t๓๕,๐๐๐
        \t๑.๒ ภารกิจสอง\t๔) โครงการสี่ ๕) โครงการห้า\t๕,๐๐๐\t๕,๐๐๐
        \tรวม\tจำนวน ๕ โครงการ\t๖๕,๐๐๐\t๕๐,๐๐๐
        """
        let table = try #require(try readDocument(text).tables.first)
        let body = table.rows.filter { $0.kind == .body }
        #expect(body.count == 2)
        #expect(table.rows.filter { $0.kind == .spill }.count == 2)
        #expect(table.rows.last?.kind == .total)
        let first = body[0].items
        #expect(first.map(\.number) == [1, 2, 3])
        #expect(first.map(\.text) == ["โครงการหนึ่ง", "โครงการสอง", "โครงการสาม"])
        #expect(first.allSatisfy { $0.aligned })
        #expect(first.map { $0.values[3] } == ["๑๐,๐๐๐", "๒๐,๐๐๐", "๓๐,๐๐๐"])
        #expect(first.map { $0.values[4] } == ["๑๐,๐๐๐", "-", "๓๕,๐๐๐"])
        // Two items, one set of values: which item has it is unknown, and that is said.
        #expect(body[1].items.map(\.number) == [4, 5])
        #expect(body[1].items.allSatisfy { !$0.aligned && $0.values.isEmpty })
    }

    /// Items stacked one a line in a cell (Word's paragraphs, `๑. …` / `๒. …`): split only when the cell opens with
    /// the first and the numbers count up by one; `๑.๑` is a mission, not an item.
    @Test func itemsNumberedOneALine() {
        let split = EnumeratedItems.splitAtLineNumbers("๑. โครงการอบรมจริยธรรม\nผู้บริหาร\n๒. มาตรการประกาศเจตจำนง")
        #expect(split.items.map(\.number) == [1, 2])
        #expect(split.items.map(\.text) == ["โครงการอบรมจริยธรรม\nผู้บริหาร", "มาตรการประกาศเจตจำนง"])
        #expect(EnumeratedItems.splitAtLineNumbers("๑.๑ การเสริมสร้าง\n๑.๒ การส่งเสริม").items.isEmpty)
        #expect(EnumeratedItems.splitAtLineNumbers("โครงการก\n๑. ข\n๒. ค").items.isEmpty)
        #expect(EnumeratedItems.splitAtLineNumbers("๑. โครงการก\n๓. โครงการค").items.isEmpty)
        #expect(EnumeratedItems.splitAtLineNumbers("๑. โครงการก ๒. โครงการข").items.isEmpty)
    }

    @Test func spaceSeparatedValuesAlignWithTheirItems() throws {
        let text = "ลำดับ\tโครงการ\tงบประมาณ (บาท)\n\t๑) โครงการก ๒) โครงการข\t๑๐,๐๐๐ ๒๐,๐๐๐\n"
        let table = try #require(try readDocument(text).tables.first)
        let items = try #require(table.rows.first?.items)
        #expect(items.map { $0.values[2] } == ["๑๐,๐๐๐", "๒๐,๐๐๐"])
    }

    @Test func itemCutByAPageBreakGetsItsEnd() throws {
        let text = """
        มิติ\tภารกิจ\tโครงการ\tงบประมาณ
        \t\t๑) โครงการอบรมคุณธรรมของบุคลากร\t๑๐,๐๐๐
        \t\t๒) โครงการพัฒนาความรู้ด้านกฎหมาย (สำหรับผู้บริหาร\t๐

        มิติ\tภารกิจ\tโครงการ\tงบประมาณ
        \t\tและสมาชิกสภา) ๓) โครงการเสริมสร้างค่านิยม\t๕,๐๐๐
        """
        let table = try #require(try readDocument(text).tables.first)
        let items = table.rows.flatMap(\.items)
        #expect(items.map(\.number) == [1, 2, 3])
        #expect(items[1].text == "โครงการพัฒนาความรู้ด้านกฎหมาย (สำหรับผู้บริหาร และสมาชิกสภา)")
        #expect(items[2].text == "โครงการเสริมสร้างค่านิยม")
    }

    @Test func wrapSpacesInsideWordsAreRemoved() throws {
        let text = "ลำดับ\tโครงการ\tหมายเหตุ\n1\tโครงการจัดทำ งบประมา ณ\tดำเนิน การ ใน ก า ร ประชุม\n"
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows[0].cells[1].text == "โครงการจัดทำ งบประมาณ")
        #expect(table.rows[0].cells[1].rawText == "โครงการจัดทำ งบประมา ณ")
        #expect(table.rows[0].cells[2].text.hasPrefix("ดำเนินการ"))
        #expect(table.rows[0].cells[2].text.contains("การ"))
        #expect(!table.rows[0].cells[2].text.contains("ก า"))
    }

    @Test func raggedRowsArePaddedAndTenThousandColumnsRead() throws {
        let wide = (0..<10_000).map { "ค\($0)" }.joined(separator: "\t")
        let document = try readDocument("ลำดับ\tโครงการ\tงบ\n1\tก\n2\tข\t0.00\textra\n\n" + wide + "\n" + wide + "\n")
        #expect(document.tables.count == 2)
        #expect(document.tables[0].rows.allSatisfy { $0.cells.count == 4 })
        // The cell past the header is kept, and said.
        #expect(document.tables[0].rows[1].cells[3].text == "extra")
        #expect(document.warnings.map(\.line) == [3])
        #expect(document.warnings.first?.column == 10)
        #expect(document.tables[1].columnCount == 10_000)
    }

    /// A pipe row's cells are placed at the column after their `|`, counted in scalars along the row.
    @Test func pipeRowCellsHaveTheirColumns() throws {
        let document = try readDocument("  | ลำดับ | โครงการ | งบ |\n|---|---|---|\n| ๑ | ก่อสร้าง | 1,000 |\n", as: .markdown)
        let table = try #require(document.tables.first)
        #expect(table.headerRows.first?.cells.map(\.source.column) == [4, 12, 22])
        #expect(table.rows.first?.cells.map(\.source.column) == [2, 6, 17])
    }

    /// A row that leaves out its outer pipes continues the open table (GitHub's tables allow it); its first
    /// cell starts at the line's start. Before the delimiter row, such a line is text.
    @Test func aRowWithoutOuterPipesContinuesTheTable() throws {
        let document = try readDocument("""
        ผังโครงการ a | b
        | ที่ | โครงการ | งบ |
        |---|---|---|
        | 1 | อบรม | 1,000 |
        2 | ประชุม | 2,000
        | 3 | เผยแพร่ | 3,000 |

        หมายเหตุ ก | ข
        """, as: .markdown)
        #expect(document.tables.count == 1)
        let table = try #require(document.tables.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["1", "อบรม", "1,000"], ["2", "ประชุม", "2,000"], ["3", "เผยแพร่", "3,000"]])
        #expect(table.rows[1].cells.map(\.source.column) == [1, 4, 13])
        #expect(table.title == "ผังโครงการ a | b")
        #expect(document.blocks.last?.text == "หมายเหตุ ก | ข")
    }

    /// Columns are counted as the cells go, not from the row's start for each cell: a row of 100,000 cells
    /// reads in a few seconds in a debug build (counting from the start for each cell took 7 s for 40,000
    /// cells, and grows with the square: some 45 s here).
    @Test func pipeRowOfAHundredThousandCellsReadsInLinearTime() throws {
        let cells = 100_000
        let row = "|" + (0..<cells).map { "ก\($0 % 10)" }.joined(separator: "|") + "|"
        let start = ContinuousClock.now
        let document = try readDocument("| a | b |\n|---|---|\n" + row + "\n", as: .markdown)
        let elapsed = ContinuousClock.now - start
        let table = try #require(document.tables.first)
        #expect(table.columnCount == cells)
        // Cell k starts after k cells of "|กN" (3 scalars) and its own "|".
        #expect(table.rows.first?.cells.last?.source.column == 3 * (cells - 1) + 2)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    /// A dimension written on its first row only (a flattened rowspan), numbered like the projects: each row
    /// under it has its own numbered project and figures, and is a row of its own, not the overflow of the first.
    @Test func rowsUnderAFlattenedNumberedGroupStayRows() throws {
        let text = """
        มิติ\tภารกิจ\tโครงการ\t2568
        1. การสร้างสังคมที่ไม่ทนต่อการทุจริต\t1.1 จิตสำนึก\t1. โครงการอบรมคุณธรรม\t20,000
        \t1.2 ประชาชน\t2. โครงการเยาวชนรู้ทัน\t15,000
        2. การบริหารราชการ\t2.1 เจตจำนง\t3. มาตรการประกาศเจตจำนง\t-
        \t2.2 ความโปร่งใส\t4. โครงการเผยแพร่ข้อมูล\t10,000
        """
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows.map { $0.cells[2].text } == ["1. โครงการอบรมคุณธรรม", "2. โครงการเยาวชนรู้ทัน",
                                                         "3. มาตรการประกาศเจตจำนง", "4. โครงการเผยแพร่ข้อมูล"])
        #expect(table.rows.map(\.source.line) == [2, 3, 4, 5])
    }

    /// A name cut onto the next line with nothing else on it is still joined to its row.
    @Test func aNameOverflowIsStillJoined() throws {
        let text = """
        ที่\tโครงการ\tงบประมาณ
        1\tโครงการอบรมคุณธรรม\t20,000
        \tจริยธรรมพนักงาน\t
        2\tโครงการเยาวชนรู้ทัน\t15,000
        """
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].joinedLines == [3])
    }

    /// `ยอดยกไป` / `ยอดยกมา` rows carry a running sum over a page break: rows of their own kind, never joined to
    /// the row above as its continuation (their empty number cell made them look like one).
    @Test func carriedRowsStandApart() throws {
        let text = """
        ที่\tโครงการ\tงบประมาณ
        1\tโครงการอบรมคุณธรรม\t20,000
        2\tโครงการจัดซื้อโปร่งใส\t15,000
        \tยอดยกไป\t35,000

        ที่\tโครงการ\tงบประมาณ
        \tยอด ยกมา\t35,000
        3\tมาตรการเผยแพร่ข้อมูล\t5,000
        """
        let table = try #require(try readDocument(text).tables.first)
        #expect(table.rows.map(\.kind) == [.body, .body, .carried, .carried, .body])
        #expect(table.rows[1].cells[1].text == "โครงการจัดซื้อโปร่งใส")
        #expect(table.rows[1].joinedLines.isEmpty)
    }
}
