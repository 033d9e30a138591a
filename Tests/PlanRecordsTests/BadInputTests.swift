import Testing
import PlanRecords
import ThaiText

/// Documents that match no kind, tables with no header, projects with no name, figures that do not
/// parse: records with warnings that name the place, never a silent drop or a made-up value.
@Suite struct RecordBadInputTests {
    @Test func unknownKindStillGivesMetadataAndTables() throws {
        let record = try record("""
        องค์การบริหารส่วนตำบลบ้านทดสอบ

        บันทึกการประชุม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tรายการ\tงบประมาณ (บาท)
        1\tโครงการซ่อมถนน\t10,000
        """)
        #expect(record.document.kind == .unknown)
        #expect(record.document.organisation?.name.value == "องค์การบริหารส่วนตำบลบ้านทดสอบ")
        #expect(record.document.fiscalYear?.value == 2567)
        #expect(record.tables.count == 1)
        #expect(record.warnings.contains { $0.line == 1 && $0.message.contains("no known kind") })
    }

    @Test func figureThatDoesNotParseIsAWarningNotAValue() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรม\tยังไม่ระบุ\t5,000
        2\tโครงการจัดเวทีประชาคม\t-\t0
        """)
        let training = try #require(record.project(named: "อบรมคุณธรรม"))
        #expect(training.budgets.isEmpty)
        #expect(training.disbursed?.value == .of("5000"))
        #expect(record.warnings.contains { $0.line == 4 && $0.message.contains("not a figure") })
        // `-` is "not planned": no budget, and no warning.
        let forum = try #require(record.project(named: "จัดเวทีประชาคม"))
        #expect(forum.budgets.isEmpty)
        #expect(forum.mentions.first?.budgets[2567] != nil)
        #expect(forum.mentions.first?.budgets[2567]?.value == nil)
        #expect(!record.warnings.contains { $0.line == 5 })
    }

    /// A total row's cell of more digits than any figure, and one with a minus sign: each a warning at its cell,
    /// and no total stated (the sign had been dropped, `-5` stated as a total of five).
    @Test func overlongAndSignedTotalsAreWarningsNotTotals() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        | ลำดับ | โครงการ | งบประมาณ 2567 | งบประมาณ 2568 |
        |---|---|---|---|
        | 1 | โครงการอบรมคุณธรรม | 5,000 | 6,000 |
        | | รวม | 18446744073709551616 | -6,000 |

        จำนวน ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙ โครงการ
        """, as: .markdown)
        #expect(!record.declared.contains { $0.what == .grandTotal || $0.what == .subtotal })
        let overlong = try #require(record.warnings.first { $0.message.contains("\"18446744073709551616\"") })
        #expect(overlong.line == 6)
        #expect(overlong.message.contains("20 digits, more than any figure of a local budget"))
        let signed = try #require(record.warnings.first { $0.message.contains("\"-6,000\"") })
        #expect(signed.line == 6)
        #expect(signed.column > overlong.column)
        #expect(signed.message.contains("a minus sign before the figure"))
        // The count in the text: a warning at its digits, and no count of projects stated.
        #expect(!record.declared.contains { $0.what == .projectCount })
        #expect(record.warnings.contains { $0.line == 8 && $0.column == 7 && $0.message.contains("17 digits") })
        // Each warning carries its figure as written, in the JSON too, for the checker and other tools to name it.
        #expect(record.warnings.compactMap(\.figure) == ["18446744073709551616", "-6,000", "๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙"])
        #expect(RecordJSON.object(record).contains("\"line\":8,\"column\":7,\"message\":"))
        #expect(RecordJSON.object(record).contains("it is not read\",\"figure\":\"๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙\"}"))
    }

    /// `1O,000.00` (a letter O) and `๑๒,,๐๐๐`: kept as written, with a warning at the cell, never read as 1 or 12.
    @Test func garbledFiguresAreKeptAsWrittenNotRead() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรม\t1O,000.00\t๑๒,,๐๐๐
        2\tโครงการจัดเวทีประชาคม\t5,000.00\t4,000.00
        """)
        let training = try #require(record.project(named: "อบรมคุณธรรม"))
        let row = try #require(training.mentions.first)
        #expect(row.budgets.isEmpty)
        #expect(row.disbursed == nil)
        #expect(row.unreadable.map(\.value) == ["budget 2567", "disbursed"])
        #expect(row.unreadable.map(\.raw) == ["1O,000.00", "๑๒,,๐๐๐"])
        #expect(!row.figuresKnown)
        #expect(record.warnings.contains { $0.line == 4 && $0.message.contains("\"1O,000.00\" is not a figure as written") })
        #expect(RecordJSON.object(record).contains("\"unreadable\":[{\"what\":\"budget 2567\",\"raw\":\"1O,000.00\""))
    }

    /// `๑๒,๓๔` and `1,00,000` in a baht column: commas that group no thousands. Kept as written with the year
    /// they were for, like any figure that is no number, not passed over as words (the sums then took them for
    /// empty cells).
    @Test func commasThatGroupNoThousandsInAMoneyCell() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ลำดับ\tโครงการ\tงบประมาณ (บาท)
        1\tโครงการอบรมคุณธรรม\t๑๒,๓๔
        2\tโครงการจัดซื้อครุภัณฑ์\t1,00,000
        3\tโครงการจัดเวทีประชาคม\t๕,๐๐๐
        """)
        let training = try #require(record.project(named: "อบรมคุณธรรม")?.mentions.first)
        #expect(training.budgets.isEmpty)
        #expect(training.unreadable.map(\.value) == ["budget 2568"])
        #expect(training.unreadable.map(\.raw) == ["๑๒,๓๔"])
        let purchase = try #require(record.project(named: "จัดซื้อครุภัณฑ์")?.mentions.first)
        #expect(purchase.unreadable.map(\.raw) == ["1,00,000"])
        #expect(record.warnings.contains { $0.line == 5 && $0.message.contains("\"1,00,000\" is not a figure as written (digits grouped wrongly)") })
        #expect(record.project(named: "จัดเวทีประชาคม")?.mentions.first?.unreadable.isEmpty == true)
    }

    /// A PDF passed for its text export is an error that says so, not a document of garbled lines read as text.
    @Test func aPDFIsNamedNotReadAsText() {
        let pdf = Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3] + Array("\n1 0 obj\nstream\n".utf8) + [0x78, 0x9C, 0xE5, 0xFF]
        do {
            _ = try RecordReader.read(pdf, path: "แผน.pdf", options: .init(format: .text))
            Issue.record("a PDF was read as text")
        } catch {
            #expect(String(describing: error).contains("a PDF document, not text"))
        }
    }

    @Test func rowWithFiguresButNoNameIsReported() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)
        1\tโครงการอบรมคุณธรรม\t20,000
        2\t\t15,000
        """)
        // Kept, with its figure and an empty name: dropped, it would make every count and sum over the table short.
        #expect(record.projects.count == 2)
        let unnamed = try #require(record.projects.first { $0.name.isEmpty })
        #expect(unnamed.mentions.count == 1)
        #expect(unnamed.mentions.first?.budgets[2567]?.value == .of("15000"))
        #expect(unnamed.mentions.first?.numbering == "2")
        #expect(record.warnings.contains { $0.line == 5 && $0.message.contains("no project name; it is kept as an item with no name") })
    }

    @Test func rowWithNoNameAndNoFiguresIsNotAnItem() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)
        1\tโครงการอบรมคุณธรรม\t20,000
        2\t\t
        """)
        #expect(record.projects.count == 1)
    }

    @Test func tableWithNoHeaderIsNotReadAsProjects() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        \t\t
        โครงการหนึ่ง\t10,000\t1
        โครงการสอง\t20,000\t2
        """)
        #expect(record.projects.isEmpty)
        #expect(record.document.period?.value == 2567...2570)
    }

    @Test func detailSheetWithNoNameWarns() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ :

        ๒. หลักการและเหตุผล
        """)
        #expect(record.projects.isEmpty)
        #expect(record.warnings.contains { $0.line == 5 && $0.message.contains("no name") })
    }
}

/// Every amount of baht in the records JSON has its satang, however the document wrote it.
@Suite struct MoneyFormTests {
    @Test func totalsWrittenWithoutBahtOrSatang() throws {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๖๘)

        ลำดับ\tโครงการ\tปี ๒๕๖๗ งบประมาณ (บาท)\tปี ๒๕๖๘ งบประมาณ (บาท)
        1\tโครงการอบรมคุณธรรม\t๒๐,๐๐๐\t๒๐,๐๐๐
        2\tโครงการจัดเวทีประชาคม\t๕,๐๐๐\t-
        \tรวม\t๒๕,๐๐๐\t๒๐,๐๐๐
        """)
        let json = RecordJSON.object(plan)
        #expect(plan.declared.contains { $0.what == .subtotal || $0.what == .grandTotal })
        #expect(json.contains("\"value\":\"25000.00\""))
        #expect(!json.contains("\"value\":\"25000\""))
        #expect(json.contains("\"2567\":\"20000.00\""))
    }
}

/// A summary per dimension (`มิติ | จำนวนโครงการ | ปี ๒๕๖๙ (บาท)`) lists no projects: its count column names none.
@Suite struct SummaryTableTests {
    @Test func countColumnIsNoNameColumn() throws {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๙ - ๒๕๗๐)

        มิติ\tจำนวนโครงการ\tปี ๒๕๖๙ (บาท)\tปี ๒๕๗๐ (บาท)
        มิติที่ ๑ การสร้างวัฒนธรรมสุจริต\t๓\t๓๕,๐๐๐\t๒๐,๐๐๐
        มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส\t๒\t๔๒,๕๐๐\t๔๒,๕๐๐
        """)
        #expect(plan.projects.isEmpty)
        #expect(plan.tables.first?.roles.compactMap { $0 } == [.dimension, .budget(year: 2569), .budget(year: 2570)])
    }
}


/// A document that is one long line (OCR output that lost its breaks): every figure still read, at its
/// own column, and the text before each date is its own, not the line's start.
@Suite struct OneLineDocumentTests {
    static let sentence = "ในปีงบประมาณ พ.ศ. ๒๕๖๗ เบิกจ่ายงบประมาณทั้งสิ้น ๓๐,๐๐๐ บาท ลงวันที่ ๑ ต.ค. ๒๕๖๖ "

    @Test func everyFigureOfALongLineIsReadInPlace() throws {
        let record = try record("เทศบาลตำบลบ้านนา " + String(repeating: Self.sentence, count: 2_000))
        #expect(record.document.organisation?.name.value == "เทศบาลตำบลบ้านนา")
        let disbursed = record.declared.filter { $0.what == .disbursedTotal }
        #expect(disbursed.count == 2_000)
        // `เทศบาลตำบลบ้านนา ` is 17 code points; the figure is code point 49 of each sentence of 80.
        let width = Self.sentence.unicodeScalars.count
        #expect(disbursed.last?.value.column == 17 + 1999 * width + 49)
        #expect(disbursed.allSatisfy { $0.value.line == 1 && $0.value.value == .of("30000") })
        #expect(record.dates.count == 2_000)
        #expect(record.dates.allSatisfy { $0.before.hasSuffix("บาท ลงวันที่ ") })
        // 120 letters before the date (tone marks and vowels above and below not counted), not the whole line.
        #expect((120...200).contains(record.dates.last?.before.unicodeScalars.count ?? 0))
    }
}

/// A sentence right above a table is read as its title; what it states is still stated.
@Suite struct TitleStatementTests {
    @Test func aTitleStatesTotals() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        บัญชีโครงการ จำนวน ๓ โครงการ งบประมาณรวม ๖๐,๐๐๐ บาท
        ที่\tโครงการ\tงบประมาณ ๒๕๖๗
        1\tโครงการอบรมคุณธรรมจริยธรรมพนักงาน\t10,000
        2\tโครงการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\t20,000
        """)
        #expect(record.tables.first?.title == "บัญชีโครงการ จำนวน ๓ โครงการ งบประมาณรวม ๖๐,๐๐๐ บาท")
        let count = try #require(record.declared.first { $0.what == .projectCount })
        #expect(count.value.value == .of("3") && count.value.line == 3 && count.value.column == 20)
        let budget = try #require(record.declared.first { $0.what == .budgetTotal })
        #expect(budget.value.value == .of("60000") && budget.value.line == 3)
    }

    /// `โครงการทั้งหมด ๖ โครงการ` counts the document's projects; `(ร้อยละ …)` right after a total disbursement is its share.
    @Test func aSummaryInOtherWordsStatesItsTotals() throws {
        let record = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        สรุปผล โครงการทั้งหมด ๖ โครงการ งบประมาณรวม ๑๘๕,๐๐๐ บาท เบิกจ่ายรวมทั้งสิ้น ๑๔๕,๗๕๐ บาท (ร้อยละ ๗๘.๗๘)
        """)
        #expect(record.declared.map(\.what) == [.projectCount, .budgetTotal, .disbursedTotal, .disbursedPercent])
        #expect(record.declared.first { $0.what == .projectCount }?.value.value == .of("6"))
        let share = try #require(record.declared.first { $0.what == .disbursedPercent })
        #expect(share.value.value == .of("78.78") && share.value.line == 3)
    }

    /// A title run on into the body (no blank line between them): it ends before the organisation's own line,
    /// the sentence that announces the list (`… ดังนี้`) and a dimension's heading.
    @Test func theDocumentTitleStopsWhereTheBodyBegins() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        องค์การบริหารส่วนตำบลหนองน้ำทดลอง
        องค์การบริหารส่วนตำบลหนองน้ำทดลอง ได้ดำเนินการตามแผน จำนวน ๓ โครงการ ดังนี้
        มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต
        """)
        #expect(record.document.title?.value == "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
        let plan = try PlanRecordsTests.record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๑)
        มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต
        """)
        #expect(plan.document.title?.value == "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๑)")
    }

    @Test func aTitleStatesTheOverallScore() throws {
        let record = try record("""
        # รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส

        ได้คะแนนรวม ๗๗.๑๔ คะแนน อยู่ในระดับ B

        | เครื่องมือ | คะแนน | คะแนนถ่วงน้ำหนัก |
        |---|---|---|
        | แบบวัด IIT | 89.50 | 26.85 |
        | คะแนนรวม | | 77.00 |
        """, as: .markdown)
        #expect(record.scores?.overall?.value == .of("77.14"))
        #expect(record.scores?.overall?.line == 3)
        #expect(record.scores?.grade?.value == "B")
    }

    /// Indicators compared over two years (`ตัวชี้วัด | ปี ๒๕๖๖ | ปี ๒๕๖๗ | เพิ่มขึ้น/ลดลง`): the memo's year is read,
    /// with the tool scores and the grade written as rows under the indicators.
    @Test func anIndicatorTableComparingYearsIsReadForTheMemosYear() throws {
        let record = try record("""
        # บันทึกข้อความ

        เรื่อง การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        | ตัวชี้วัด | ปี ๒๕๖๖ | ปี ๒๕๖๗ | เพิ่มขึ้น/ลดลง |
        |---|---|---|---|
        | ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ | 88.10 | 93.40 | +5.30 |
        | ตัวชี้วัดที่ ๒ การใช้งบประมาณ | 84.35 | 90.15 | +5.80 |
        | คะแนน EIT | 77.57 | 83.48 | +5.91 |
        | ระดับผลการประเมิน | B | A | |
        """, as: .markdown)
        let scores = try #require(record.scores)
        #expect(scores.indicators.map(\.score.value) == [.of("93.40"), .of("90.15")])
        #expect(scores.tools.map(\.name) == ["EIT"])
        #expect(scores.tools.first?.score?.value == .of("83.48"))
        #expect(scores.grade?.value == "A")
        #expect(scores.grade?.line == 10)
    }

    /// A tool table that numbers its rows (`ลำดับ | เครื่องมือการประเมิน | น้ำหนัก | คะแนน | คะแนนถ่วงน้ำหนัก`): each
    /// tool's name is in the tool column, not the first.
    @Test func aNumberedToolTableStatesEachTool() throws {
        let record = try record("""
        # รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        | ลำดับ | เครื่องมือการประเมิน | น้ำหนัก (ร้อยละ) | คะแนน | คะแนนถ่วงน้ำหนัก |
        |---|---|---|---|---|
        | 1 | แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) | 30 | 95.25 | 28.58 |
        | 2 | แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) | 30 | 86.57 | 26.67 |
        | 3 | แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) | 40 | 90.63 | 36.25 |
        """, as: .markdown)
        let tools = try #require(record.scores?.tools)
        #expect(tools.map(\.name) == ["IIT", "EIT", "OIT"])
        #expect(tools.map { $0.weighted?.value } == [.of("28.58"), .of("26.67"), .of("36.25")])
        #expect(tools.map { $0.weight?.value } == [.of("30"), .of("30"), .of("40")])
    }
}
