import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct AmountInWordsTests {
    static func report(_ money: String) -> String {
        """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        องค์การบริหารส่วนตำบลทดสอบงาม

        ๑.๑ ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร
        การดำเนินการ จัดอบรมบุคลากร
        งบประมาณดำเนินการ \(money)
        ผลการดำเนินการ บุคลากรเข้าร่วม
        """
    }

    @Test func wordsSayAnotherAmount() throws {
        let findings = try CrossCheckDoc.findings(AmountInWordsMismatch(), Self.report("๒๕,๐๐๐ บาท (สองหมื่นบาทถ้วน)"))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "amount-in-words")
        #expect(finding.severity == .error)
        #expect(finding.line == 6)
        #expect(finding.expected == "25,000" && finding.actual == "20,000")
    }

    @Test func quietWhenEqual() throws {
        #expect(try CrossCheckDoc.findings(AmountInWordsMismatch(), Self.report("๒๐,๐๐๐ บาท (สองหมื่นบาทถ้วน)")).isEmpty)
    }
}

/// Amounts in words written in a table's budget cell are checked as those in the text are.
@Suite struct AmountInWordsInCellsTests {
    @Test func aCellsWordsAreChecked() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรม\t๔,๕๐๐ บาท (ห้าพันสี่ร้อยบาทถ้วน)\t4,000
        2\tโครงการจัดเวทีประชาคม\t๕,๐๐๐ บาท (ห้าพันบาทถ้วน)\t4,000
        """
        let findings = try CrossCheckDoc.findings(AmountInWordsMismatch(), text)
        #expect(findings.count == 1)
        #expect(findings.first?.line == 4)
        #expect(findings.first?.message == "the figure 4,500 baht is written in words as 5,400 baht (ห้าพันสี่ร้อยบาทถ้วน)")
    }
}
