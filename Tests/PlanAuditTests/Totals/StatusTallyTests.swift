import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing
import ThaiText

@Suite struct StatusTallyTests {
    let rule = StatusTallyRule()

    @Test func tallyOffByOneIsAnError() throws {
        let tallies = "สรุปผล ดำเนินการแล้วเสร็จ ๒ โครงการ อยู่ระหว่างดำเนินการ ๑ โครงการ ยังไม่ดำเนินการ ๑ โครงการ"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: tallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "status-tally")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "สรุปผล", in: text))
        #expect(finding.expected == "1")
        #expect(finding.actual == "2")
        #expect(finding.evidence.first?.value == "๒ โครงการ")
        #expect(finding.evidence.dropFirst().map(\.line) == [TotalsDoc.line(of: "โครงการอบรมจริยธรรมพนักงานทดสอบ", in: text)])
    }

    /// A สถานะ column that writes each status in words: the message says what the rows give, not what they tick.
    @Test func statusesInWordsAreCountedAndNamedSo() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        เทศบาลตำบลทดสอบ

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tสถานะ
        1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,500\tดำเนินการแล้วเสร็จ
        2\tมาตรการเผยแพร่ข่าวสารทดสอบ\t0\t0\tดำเนินการแล้วเสร็จ
        3\tโครงการประชาคมทดสอบ\t10,000\t0\tยังไม่ดำเนินการ

        สรุปผล ดำเนินการแล้วเสร็จ ๓ โครงการ ยังไม่ดำเนินการ ๑ โครงการ
        """
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.map(\.line) == [9])
        let finding = try #require(findings.first)
        #expect(finding.message.hasSuffix("but the status table gives that status to 2"))
        #expect(finding.evidence.dropFirst().map(\.note) == ["status completed", "status completed"])
        #expect(finding.evidence.dropFirst().map(\.line) == [5, 6])
    }

    /// Cancelled (`ยกเลิก`) and budget transferred (`โอนงบประมาณ`) are statuses of their own, in rows and in tallies.
    @Test func cancelledAndTransferredAreTalliedApart() throws {
        func report(cancelled: String) -> String {
            """
            รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
            เทศบาลตำบลทดสอบ

            ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tผลการดำเนินงาน
            1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t19,500\tเสร็จสิ้น
            2\tโครงการจัดทำแผนที่ภาษีทดสอบ\t80,000\t0\tยกเลิก
            3\tโครงการอบรมสมาชิกสภาทดสอบ\t30,000\t0\tโอนงบประมาณ

            สรุปผล ดำเนินการแล้วเสร็จ ๑ โครงการ ยกเลิก \(cancelled) โครงการ โอนงบประมาณ ๑ โครงการ
            """
        }
        #expect(try TotalsDoc.findings(rule, report(cancelled: "๑")).isEmpty)
        let findings = try TotalsDoc.findings(rule, report(cancelled: "๒"))
        #expect(findings.map(\.line) == [9])
        #expect(findings.first?.message.contains("cancelled (ยกเลิก)") == true)
        #expect(findings.first?.evidence.dropFirst().map(\.line) == [6])
    }

    @Test func talliesThatMatchTheTicksAreQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func aTotalRowTallyCountsItsTable() throws {
        let total = "รวมทั้งสิ้น\tจำนวน 3 โครงการ\t\t30,000.00\t20,000.00\t1\t2\t1"
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, total: total, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.line == TotalsDoc.line(of: "รวมทั้งสิ้น", in: text))
        #expect(finding.expected == "1")
        #expect(finding.actual == "2")
    }

    /// `ดำเนินการแล้ว` as a status column and in a tally is completed; `ได้ดำเนินการแล้วทั้งสิ้น ๓ โครงการ` counts them all.
    @Test func doneWithoutFinishedIsCompleted() throws {
        let text = """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tดำเนินการแล้ว\tอยู่ระหว่างดำเนินการ
        1\tโครงการอบรมคุณธรรมทดสอบ\t☑\t
        2\tมาตรการเผยแพร่ข่าวสารทดสอบ\t\t☑
        3\tโครงการประชาคมทดสอบ\t\t☑

        ได้ดำเนินการแล้วทั้งสิ้น ๓ โครงการ ดำเนินการแล้ว ๒ โครงการ อยู่ระหว่างดำเนินการ ๒ โครงการ
        """
        let record = try TotalsDoc.record(text)
        #expect(record.projects.compactMap(\.status?.value) == [.completed, .inProgress, .inProgress])
        #expect(record.declared.filter { $0.what == .projectCount }.map(\.value.value) == [ExactDecimal(3)])
        let findings = rule.check(record, AuditOptions())
        #expect(findings.map(\.actual) == ["2"])
        #expect(findings.first?.expected == "1")
        #expect(findings.first?.message.contains("completed") == true)
    }
}
