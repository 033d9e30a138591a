import DocumentReader
@testable import PlanAudit
import PlanRecords
import ThaiText
import Testing

/// A disbursement written `1O,500.00` (a letter O): named by its own rule, and the sum it would have joined
/// is reported as incomplete, never as a contradiction.
@Suite struct UnreadableFigureTests {
    static let text: String = {
        var rows = TotalsDoc.threeRows
        rows[0].disbursed = "1O,500.00"
        return TotalsDoc.report(rows: rows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
    }()

    @Test func theFigureIsNamedWithItsPlace() throws {
        let findings = try TotalsDoc.findings(UnreadableFigure(), Self.text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.line == TotalsDoc.line(of: "1O,500.00", in: Self.text))
        #expect(finding.message.contains("disbursed of โครงการอบรมจริยธรรมพนักงานทดสอบ is written \"1O,500.00\""))
    }

    @Test func theSumItWouldJoinIsIncompleteNotWrong() throws {
        let findings = try TotalsDoc.findings(PercentOfFiguresRule(), Self.text)
        #expect(!findings.contains { $0.severity == .error })
        let incomplete = try #require(findings.first { $0.message.hasPrefix("extraction incomplete") })
        #expect(incomplete.severity == .warning)
        #expect(incomplete.message.contains("1 item's figures could not be read"))
        #expect(incomplete.evidence.contains { $0.value == "1O,500.00" && $0.note == "disbursed is not a figure as written" })
    }

    /// A total row's cell and a summary line's disbursement written so: neither is read, so nothing is held to them, and
    /// the check says so at each place (before, only `parse` warned; `check` was silent).
    @Test func statedTotalsThatAreNoNumberAreNamed() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, total: "\tรวม\t\t3O,000.00\t20,000.00\t1\t1\t1",
                                    tallies: TotalsDoc.threeTallies,
                                    money: "เบิกจ่ายงบประมาณทั้งสิ้น ๒๐,,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๖๖.๖๗")
        let findings = try TotalsDoc.findings(UnreadableFigure(), text)
        #expect(findings.map(\.evidence.first?.value) == ["3O,000.00", "๒๐,,๐๐๐"])
        #expect(findings.map(\.line) == [TotalsDoc.line(of: "3O,000.00", in: text), TotalsDoc.line(of: "๒๐,,๐๐๐", in: text)])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings[0].message.contains("(a letter O or l among the digits); the total is not read"))
        #expect(findings[1].message.contains("(a doubled separator); it is not read"))
        // The row's readable cells still state totals (the disbursement, three tallies); the unreadable budget states none.
        let record = try TotalsDoc.record(text)
        #expect(record.warnings.compactMap(\.figure) == ["3O,000.00", "๒๐,,๐๐๐"])
        let totalLine = TotalsDoc.line(of: "3O,000.00", in: text)
        #expect(record.declared.filter { $0.value.line == totalLine }.map(\.value.value) == [20_000, 1, 1, 1].map { ExactDecimal($0) })
    }

    /// A project's unreadable cell is named once, by its project, though the record's warnings carry it too.
    @Test func aProjectFigureIsNamedOnce() throws {
        let record = try TotalsDoc.record(Self.text)
        #expect(record.warnings.compactMap(\.figure) == ["1O,500.00"])
        #expect(UnreadableFigure().check(record, AuditOptions()).count == 1)
    }

    @Test func aCleanDocumentIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(UnreadableFigure(), text).isEmpty)
    }
}

/// A status-table row with figures and a tick but no name: counted, and named by its own rule.
@Suite struct UnnamedItemTests {
    @Test func theRowIsCountedAndNamed() throws {
        var rows = TotalsDoc.threeRows
        rows[1].name = ""
        let text = TotalsDoc.report(rows: rows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let record = try TotalsDoc.record(text)
        // The counts and sums that include the row still agree with what the document states.
        #expect(StatedCountRule().check(record, AuditOptions()).isEmpty)
        #expect(StatusTallyRule().check(record, AuditOptions()).isEmpty)
        #expect(PercentOfFiguresRule().check(record, AuditOptions()).isEmpty)
        let findings = UnnamedItem().check(record, AuditOptions())
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("(numbered 2)") == true)
        #expect(findings.first?.line == TotalsDoc.line(of: "2\t\t2\t", in: text))
    }
}

/// A status table whose header row was lost: named, so the auditor knows its rows were not checked.
@Suite struct UnreadTableTests {
    @Test func aTableWithNoHeaderIsNamed() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ดำเนินการ จำนวน ๓ โครงการ

        \t\t\t
        1\tโครงการอบรมจริยธรรมพนักงานทดสอบ\t20,000.00\t☑
        2\tมาตรการเปิดเผยข้อมูลทดสอบ\t0.00\t☑
        """
        let findings = try TotalsDoc.findings(UnreadTable(), text)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.hasPrefix("a table of 2 rows has no header row") == true)
        #expect(findings.first?.line == 5)  // the table as the reader keeps it: from its first row of cells
    }

    /// A line above the table taken for its title: the finding stands at the first row, which shows what the
    /// auditor must read, not at the title (it had pointed at the organisation's line above the table).
    @Test func theFindingStandsAtTheFirstRowNotTheTitle() throws {
        let text = """
        # แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        องค์การบริหารส่วนตำบลบ้านทดสอบ

        | ๑ | โครงการอบรมคุณธรรม | ๑๐,๐๐๐ | กองคลัง |
        | ๒ | มาตรการเปิดเผยข้อมูล | ๕,๐๐๐ | สำนักปลัด |
        """
        let record = try TotalsDoc.record(text, format: .markdown)
        #expect(record.warnings.filter { $0.message.hasPrefix("table has no header row") }.map(\.line) == [4])
        let finding = try #require(UnreadTable().check(record, AuditOptions()).first)
        #expect(finding.line == 4)
        #expect(finding.evidence.map(\.line) == [4, 2])
        #expect(finding.evidence.first?.text == "๑ โครงการอบรมคุณธรรม ๑๐,๐๐๐ กองคลัง")
    }

    @Test func tablesWithHeadersAreQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(UnreadTable(), text).isEmpty)
    }
}
