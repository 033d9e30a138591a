import Testing
import ThaiText
@testable import PlanRecords

/// Labels of a status table's money columns: a percentage or remainder is no disbursement nor budget.
@Suite struct MoneyColumnTests {
    @Test(arguments: [
        ("เบิกจ่าย", ColumnRole.disbursed),
        ("งบประมาณที่เบิกจ่าย", .disbursed),
        ("งบประมาณที่ใช้จริง", .disbursed),
        ("ใช้ไป (บาท)", .disbursed),
        ("ร้อยละการเบิกจ่าย", .disbursedPercent),
        ("ผลการเบิกจ่าย (%)", .disbursedPercent),
        ("ร้อยละ", .disbursedPercent),
        ("%", .disbursedPercent),
        ("คงเหลือ", .remaining),
        ("งบประมาณคงเหลือ", .remaining),
        ("งบประมาณ (บาท)", .budget(year: nil)),
        ("คะแนน (ร้อยละ)", .score),
        ("คิดเป็น %", .disbursedPercent),
        // A narrow header cell wrapped over two header rows.
        ("คิดเป็น / %", .disbursedPercent),
        ("ผลการ / ดำเนินงาน", .results),
        ("ระหว่าง / ดำเนินการ", .status(.inProgress)),
        // A spanning label over its own still reads as its own where that says what the column holds.
        ("งบประมาณ / ที่ได้รับ (บาท)", .budget(year: nil)),
    ])
    func labelGivesRole(_ label: String, _ role: ColumnRole) {
        #expect(ColumnRoles.role(of: label) == role)
    }

    /// A percentage of something else, or of a remainder, is read as nothing rather than as money.
    @Test(arguments: ["ร้อยละความสำเร็จ", "คงเหลือ (ร้อยละ)", "งบประมาณ (%)"])
    func percentagesOfOtherThingsAreNotRead(_ label: String) {
        #expect(ColumnRoles.role(of: label) == nil)
    }
}

/// Budgets written in millions (`๑.๕ ล้านบาท`), in an entry and in a summary line.
@Suite struct AmountsInMillionsTests {
    static let report = """
    รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    เทศบาลเมืองทดสอบ

    ๑. โครงการปรับปรุงระบบสารสนเทศทดสอบ
    งบประมาณ ๑.๕ ล้านบาท
    เบิกจ่าย ๑,๔๒๐,๐๐๐ บาท
    ผลการดำเนินงาน ดำเนินการแล้วเสร็จ

    สรุป ดำเนินการทั้งสิ้น ๑ โครงการ งบประมาณรวม ๑.๕ ล้านบาท เบิกจ่ายรวม ๑,๔๒๐,๐๐๐ บาท คิดเป็นร้อยละ ๙๔.๖๗
    """

    @Test func aFigureInMillionsIsTheFigureTimesAMillion() throws {
        let plan = try record(Self.report)
        let entry = try #require(plan.projects.first?.mentions.first)
        #expect(entry.budgets[2567]?.value == ExactDecimal("1500000"))
        #expect(entry.budgets[2567]?.raw == "๑.๕ ล้านบาท")
        #expect(entry.disbursed?.value == ExactDecimal("1420000"))
        let budgetTotal = plan.declared.first { $0.what == .budgetTotal }
        #expect(budgetTotal?.value.value == ExactDecimal("1500000"))
        #expect(budgetTotal?.line == 9)
    }
}

/// Baht abbreviated (`๕๐,๐๐๐ บ.`, `๑.๒ ลบ.`) in a summary line and in cells.
@Suite struct AbbreviatedBahtTests {
    @Test func abbreviatedAmountsAreStatedAndRead() throws {
        let plan = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        เทศบาลตำบลทดสอบ

        สรุป ดำเนินการ ๒ โครงการ งบประมาณรวม ๑.๒ ลบ. เบิกจ่ายรวม ๑,๑๕๐,๐๐๐ บ.

        ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        ๑\tโครงการพัฒนาระบบร้องเรียนทดสอบ\t๑,๑๐๐,๐๐๐ บ.\t๑,๐๕๐,๐๐๐ บ.
        ๒\tโครงการอบรมบ้านหนองบัวทดสอบ\t๑๐๐,๐๐๐ บ.\t๑๐๐,๐๐๐ บ.
        """)
        let budgetTotal = try #require(plan.declared.first { $0.what == .budgetTotal })
        #expect(budgetTotal.value.value == ExactDecimal("1200000"))
        #expect(budgetTotal.value.raw == "๑.๒ ลบ.")
        #expect(budgetTotal.line == 4)
        let disbursedTotal = try #require(plan.declared.first { $0.what == .disbursedTotal })
        #expect(disbursedTotal.value.value == ExactDecimal("1150000"))
        let rows = plan.projects.compactMap { $0.mentions.first }
        #expect(rows.map { $0.budgets[2567]?.value } == [ExactDecimal("1100000"), ExactDecimal("100000")])
        #expect(rows.map { $0.disbursed?.value } == [ExactDecimal("1050000"), ExactDecimal("100000")])
    }
}

/// Money columns counted in millions or thousands of baht (`งบประมาณ (ล้านบาท)`): a bare figure is in that unit.
@Suite struct ColumnUnitTests {
    @Test func figuresOfAMillionsColumnAreMillions() throws {
        let plan = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (ล้านบาท)\tเบิกจ่าย (ลบ.)\tหมายเหตุ
        ๑\tโครงการพัฒนาระบบสารสนเทศทดสอบ\t๑.๕\t๑.๔๒\t
        ๒\tโครงการก่อสร้างศูนย์ทดสอบ\t๒๕๐,๐๐๐ บาท\t-\t
        \tรวม\t๑.๗๕\t๑.๔๒\t

        ๑. โครงการพัฒนาระบบสารสนเทศทดสอบ
        งบประมาณ ๑,๕๐๐,๐๐๐ บาท
        เบิกจ่าย ๑,๔๒๐,๐๐๐ บาท
        """)
        let rows = plan.projects.compactMap { $0.mentions.first { $0.role == .statusRow } }
        #expect(rows.map { $0.budgets[2567]?.value.map(String.init(describing:)) } == ["1500000.00", "250000.00"],
                "a cell that writes its unit is read as written")
        #expect(rows.first?.budgets[2567]?.raw == "๑.๕")
        #expect(rows.first?.disbursed?.value == ExactDecimal("1420000"))
        #expect(plan.declared.first { $0.what == .grandTotal }?.value.value == ExactDecimal("1750000"))
        #expect(plan.declared.first { $0.what == .disbursedTotal }?.value.value == ExactDecimal("1420000"))
    }

    @Test func unitsOfColumnLabels() {
        #expect(ColumnRoles.unitScale(of: "งบประมาณ (ล้านบาท)") == ExactDecimal(1_000_000))
        #expect(ColumnRoles.unitScale(of: "เบิกจ่าย (ลบ.)") == ExactDecimal(1_000_000))
        #expect(ColumnRoles.unitScale(of: "งบประมาณ (พันบาท)") == ExactDecimal(1_000))
        #expect(ColumnRoles.unitScale(of: "งบประมาณ (บาท)") == nil)
        #expect(ColumnRoles.role(of: "ปี ๒๕๖๘ (ล้านบาท)") == .budget(year: 2568))
    }
}

/// `งบประมาณที่ตั้งไว้ | งบประมาณที่ใช้`: a year's budget and what was used of it, and a tick alone as the result.
@Suite struct BudgetAndUsedColumnTests {
    static let report = """
    รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

    ที่\tโครงการ/กิจกรรม\tงบประมาณที่ตั้งไว้ (บาท)\tงบประมาณที่ใช้ (บาท)\tผลการดำเนินการ
    1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t18,000\t✓
    2\tมาตรการจัดการเรื่องร้องเรียนทดสอบ\t-\t-\tอยู่ระหว่างดำเนินการ
    3\tโครงการจัดเวทีประชาคมทดสอบ\t10,000\t9,500\t✗
    """

    @Test func theUsedColumnIsTheDisbursement() throws {
        let plan = try record(Self.report)
        #expect(plan.tables.first?.roles == [.number, .name, .budget(year: nil), .disbursed, .results])
        let rows = plan.projects.compactMap { $0.mentions.first }
        #expect(rows.map { $0.budgets[2567]?.value } == [ExactDecimal(20_000), nil, ExactDecimal(10_000)])
        #expect(rows.map { $0.disbursed?.value } == [ExactDecimal(18_000), nil, ExactDecimal(9_500)])
    }

    /// Alone, a budget column that says ที่ใช้ is the budget (a plan's `งบประมาณที่ใช้ในการดำเนินการ`).
    @Test func aUsedBudgetColumnAloneIsTheBudget() {
        let labels = ["ที่", "โครงการ", "งบประมาณที่ใช้ในการดำเนินการ (บาท)"]
        #expect(ColumnRoles.secondBudgets(labels.map(ColumnRoles.role(of:)), labels: labels)[2] == .budget(year: nil))
    }

    /// A tick alone in the result column is done; a cross is left unread, and a status in words is read as written.
    @Test func aTickAloneAsTheResultIsDone() throws {
        let statuses = try record(Self.report).projects.map { $0.mentions.first?.status?.value }
        #expect(statuses == [.completed, .inProgress, nil])
    }
}

/// A budget split by source (`เงินงบประมาณ | เงินอุดหนุน | อื่นๆ | รวม`): the project's budget is the รวม column.
@Suite struct FundingSourceColumnTests {
    @Test func theBudgetIsTheColumnThatAddsTheSourcesUp() throws {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        เทศบาลตำบลทดสอบ

        ที่\tโครงการ\tเงินงบประมาณ\tเงินอุดหนุน\tอื่นๆ\tรวม\tผู้รับผิดชอบ
        1\tโครงการฝึกอบรมคุณธรรมทดสอบ\t30,000\t10,000\t-\t40,000\tสำนักปลัด
        2\tโครงการส่งเสริมอาชีพทดสอบ\t15,000\t20,000\t5,000\t40,000\tกองสวัสดิการ
        รวมทั้งสิ้น\t\t45,000\t30,000\t5,000\t80,000\t
        """)
        #expect(plan.tables.first?.roles == [.number, .name, .fundingSource("เงินงบประมาณ"), .fundingSource("เงินอุดหนุน"),
                                              .fundingSource("อื่นๆ"), .budget(year: nil), .responsible])
        let rows = plan.projects.compactMap { $0.mentions.first }
        #expect(rows.map { $0.budgets[2567]?.value } == [ExactDecimal(40_000), ExactDecimal(40_000)])
        // Each source of each row, a dash as zero.
        #expect(rows.map { $0.fundingSources.mapValues(\.value) } == [
            ["เงินงบประมาณ": ExactDecimal(30_000), "เงินอุดหนุน": ExactDecimal(10_000), "อื่นๆ": .zero],
            ["เงินงบประมาณ": ExactDecimal(15_000), "เงินอุดหนุน": ExactDecimal(20_000), "อื่นๆ": ExactDecimal(5_000)],
        ])
        #expect(plan.declared.filter { $0.what == .grandTotal }.map(\.value.value) == [ExactDecimal(80_000)])
        #expect(plan.declared.filter { $0.what == .fundingSourceTotal }.map(\.fundingSource) == ["เงินงบประมาณ", "เงินอุดหนุน", "อื่นๆ"])
    }

    /// `ไม่ใช้งบประมาณ` under a budget and a disbursement: nothing budgeted, nothing spent, and no warning.
    @Test func noBudgetInMoneyCellsIsZero() throws {
        let plan = try record("""
        รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tผลการดำเนินงาน
        ๑\tมาตรการมอบหมายอำนาจหน้าที่ทดสอบ\tไม่ใช้งบประมาณ\tไม่ใช้งบประมาณ\tดำเนินการแล้ว
        """)
        let row = try #require(plan.projects.first?.mentions.first)
        #expect(row.budgets[2567]?.value == .zero)
        #expect(row.disbursed?.value == .zero)
        #expect(!plan.warnings.contains { $0.line == 4 })
    }

    /// A measure whose cell spans the rows of its steps (`rowspan`): those rows are its steps, read as no item and
    /// warned about as no row without a name; a row with no name under no span still is.
    @Test func rowsUnderASpanningNameAreNoNamelessRows() throws {
        let plan = try record("""
        <html><body><p>รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>
        <table>
        <tr><td>มาตรการ</td><td>ขั้นตอนหรือวิธีการปฏิบัติ</td><td>ผลการดำเนินงาน</td></tr>
        <tr><td rowspan=2>๑. มาตรการเผยแพร่ข้อมูลทดสอบ</td><td>๑) แต่งตั้งคณะทำงาน</td><td>มีคำสั่งแต่งตั้ง</td></tr>
        <tr><td>๒) ตรวจสอบเว็บไซต์</td><td>ตรวจสอบครบ</td></tr>
        <tr><td></td><td>๓) รายงานผล</td><td>รายงานแล้ว</td></tr>
        </table></body></html>
        """, as: .html)
        #expect(plan.projects.count == 1)
        let nameless = plan.warnings.filter { $0.message.hasPrefix("table row has no project name") }
        #expect(nameless.map(\.line) == [6])
    }

    @Test func aSingleBudgetColumnBesideATotalIsLeftAsItIs() {
        // One source is no split: `งบประมาณ | รวม` keeps its budget column.
        let labels = ["ที่", "โครงการ", "เงินงบประมาณ", "รวม"]
        #expect(ColumnRoles.fundingSources(labels.map(ColumnRoles.role(of:)), labels: labels)[2] == .budget(year: nil))
    }
}

/// A baht cell written `30.000` (dots for the commas): no amount as written, never thirty baht.
@Suite struct DottedThousandsCellTests {
    @Test func aBahtCellWithDotsForCommasIsUnreadable() throws {
        let plan = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรมทดสอบ\t30.000\t28,500
        \tรวม\t1.030.000\t28,500
        """)
        let row = try #require(plan.projects.first?.mentions.first)
        #expect(row.budgets[2567] == nil)
        #expect(row.unreadable.map(\.value) == ["budget 2567"])
        #expect(row.unreadable.first?.raw == "30.000")
        #expect(!plan.declared.contains { $0.what == .grandTotal }, "nor is a total so written read")
        #expect(plan.warnings.contains { $0.line == 5 && $0.message.contains("dots where commas group thousands") })
    }

    /// `30, 000` in a baht cell: a space inside the figure, not thirty baht; two figures side by side are two.
    @Test func aBahtCellWithASpaceInsideTheFigureIsUnreadable() {
        #expect(CellFigure.readMoney("30, 000") == .unreadable(reason: "a space inside the figure"))
        #expect(CellFigure.readMoney(" 1 ,250.00 ") == .unreadable(reason: "a space inside the figure"))
        #expect(CellFigure.readMoney("30,000") == .amount(ExactDecimal(30_000)))
        #expect(!LexicalScanner.spaceInsideFigure("20,000 30,000"))
        // A space for the thousands comma (OCR dropped it): `๑๒ ๐๐๐` had been read as twelve.
        #expect(CellFigure.readMoney("๑๒ ๐๐๐") == .unreadable(reason: "a space inside the figure"))
        #expect(CellFigure.readMoney("1 250 000.50") == .unreadable(reason: "a space inside the figure"))
        #expect(!LexicalScanner.spaceInsideFigure("12 30"))
        #expect(!LexicalScanner.spaceInsideFigure("2567 120"))
        #expect(!LexicalScanner.spaceInsideFigure("12  000"))
        // A letter l for the first 1 (`l2,500.00`) had left the cell silently no figure.
        #expect(CellFigure.readMoney("l2,500.00") == .unreadable(reason: "a letter O or l among the digits"))
        #expect(CellFigure.readMoney("ISO9001") == .words)
    }

    /// A cell that is one run of digits too long for a figure had been words, so a total row dropped it without a
    /// word; a minus sign glued to a figure had been read past (`-5` as five).
    @Test func anOverlongOrSignedCellIsUnreadable() {
        #expect(CellFigure.readMoney("18446744073709551616") == .unreadable(reason: "20 digits, more than any figure of a local budget"))
        #expect(CellFigure.read("๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙") == .unreadable(reason: "15 digits, more than any figure of a local budget"))
        #expect(CellFigure.read("99999999999999") == .amount(ExactDecimal(99_999_999_999_999)))
        #expect(CellFigure.read("-5") == .unreadable(reason: "a minus sign before the figure"))
        #expect(CellFigure.readMoney("−1,200.00") == .unreadable(reason: "a minus sign before the figure"))
        #expect(CellFigure.read("-") == .dash)
        #expect(CellFigure.read("-.-") == .dash)
        #expect(CellFigure.read("- ๕) จัดประชุม") == .words)
        #expect(CellFigure.read("12-5") != .unreadable(reason: "a minus sign before the figure"))
    }
}
