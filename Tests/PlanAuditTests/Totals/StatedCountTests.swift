import DocumentReader
@testable import PlanAudit
import PlanRecords
import ThaiText
import Testing

@Suite struct StatedCountTests {
    let rule = StatedCountRule()

    @Test func documentCountBelowTheListIsAnError() throws {
        let text = TotalsDoc.report(count: "๔", rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "stated-count")
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๔ โครงการ", in: text))
        #expect(finding.expected == "3")
        #expect(finding.actual == "4")
        #expect(finding.evidence.first?.value == "๔ โครงการ")
        #expect(finding.evidence.count == 4)  // the stated count and the three rows
        #expect(finding.message.contains("states 4") && finding.message.contains("lists 3"))
    }

    /// The plan of `TotalsDoc.plan` (4 projects in มิติ 1, 3 in มิติ 2) with a legend after its title, each line
    /// naming a dimension and counting its projects.
    static func planWithLegend(_ legend: [String]) -> String {
        var lines = TotalsDoc.plan().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: [""] + legend, at: 2)
        return lines.joined(separator: "\n")
    }

    @Test func aLegendLineCountsItsOwnDimension() throws {
        let text = Self.planWithLegend([
            "ประกอบด้วยโครงการ/กิจกรรม/มาตรการ รวมทั้งสิ้น จำนวน ๗ โครงการ ดังนี้",
            "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๔ โครงการ",
            "มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๒ โครงการ",
        ])
        let record = try TotalsDoc.record(text)
        let counts = record.declared.filter { $0.what == .projectCount && $0.table == nil }
        #expect(counts.map(\.dimension) == [nil, "1", "2"])
        let findings = rule.check(record, AuditOptions())
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๒ โครงการ", in: text))
        #expect(finding.message.hasSuffix("states 2 items (โครงการ) but the document lists 3 for มิติ 2"))
        // The stated count is marked where it stands, not at the paragraph's first `๒ โครงการ`-like words.
        #expect(finding.evidence.first?.valueOffset != nil)
        #expect(FindingReport(colour: false).excerpt(finding.evidence[0]).contains("โปร่งใส จำนวน «๒ โครงการ»"))
    }

    @Test func legendCountsThatAgreeAreQuiet() throws {
        let text = Self.planWithLegend([
            "- มิติที่ ๑ การสร้างวัฒนธรรมสุจริต จำนวน ๔ โครงการ",
            "- มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส จำนวน ๓ โครงการ",
        ])
        let record = try TotalsDoc.record(text)
        #expect(record.declared.filter { $0.what == .projectCount && $0.table == nil }.map(\.dimension) == ["1", "2"])
        // The count is a stated total, not part of the dimension's title.
        #expect(record.dimensions.map(\.title) == ["การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส"])
        #expect(rule.check(record, AuditOptions()).isEmpty)
    }

    /// `… จำนวน ๒ โครงการ และโครงการเพิ่มเติม จำนวน ๑ โครงการ รวม ๓ โครงการ`: the added ones are no count of the
    /// document's projects (they had been held against all three).
    @Test func aCountOfAddedProjectsIsNoDocumentCount() throws {
        let tallies = TotalsDoc.threeTallies + "\nมีโครงการตามแผน จำนวน ๒ โครงการ และโครงการเพิ่มเติม จำนวน ๑ โครงการ รวม ๓ โครงการ"
        let record = try TotalsDoc.record(TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: tallies, money: TotalsDoc.threeMoney))
        let counts = record.declared.filter { $0.what == .projectCount }.map { $0.value.value.description }
        #expect(counts.contains("3") && !counts.contains("1"))
        #expect(!StatedCountRule().check(record, AuditOptions()).contains { $0.severity == .error })
    }

    @Test func matchingCountIsQuiet() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        #expect(try TotalsDoc.findings(rule, text).isEmpty)
    }

    @Test func starredAdditionsExplainTheDifference() throws {
        var rows = TotalsDoc.threeRows
        rows.append(.init(name: "โครงการเพิ่มเติมจัดเก็บภาษีทดสอบ", dimension: "*3", budget: "0.00", disbursed: "0.00"))
        let text = TotalsDoc.report(count: "๓", rows: rows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .info)
        #expect(finding.message.contains("states 3") && finding.message.contains("lists 4"))
        #expect(finding.message.contains("1 of them marked as additions"))
        #expect(finding.evidence.last?.line == TotalsDoc.line(of: "โครงการเพิ่มเติมจัดเก็บภาษีทดสอบ", in: text))
        #expect(!findings.contains { $0.severity == .error })
    }

    /// Rows numbered `4*`, `5*` (added during the year) are read as rows of their own, not joined to the row above,
    /// and are additions like a starred dimension's items.
    @Test func rowsNumberedWithAnAsteriskAreAdditions() throws {
        let text = """
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        มีโครงการทั้งสิ้น จำนวน ๒ โครงการ

        ที่\tโครงการ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t28,500
        2\tโครงการจัดซื้อโปร่งใสทดสอบ\t15,000\t14,000
        3*\tกิจกรรมรณรงค์เพิ่มเติมทดสอบ\t-\t-
        """
        let record = try TotalsDoc.record(text)
        #expect(record.projects.map { $0.mentions[0].numbering } == ["1", "2", "3*"])
        let findings = rule.check(record, AuditOptions())
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.contains("1 of them marked as additions (item 3*)") == true)
    }

    @Test func groupCountInASubtotalRow() throws {
        let text = TotalsDoc.plan(count1: "๕")
        let findings = try TotalsDoc.findings(rule, text)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .error)
        #expect(finding.line == TotalsDoc.line(of: "จำนวน ๕ โครงการ", in: text))
        #expect(finding.expected == "4")
        #expect(finding.actual == "5")
        #expect(finding.message.contains("มิติ 1"))
    }

    @Test func groupCountsThatMatchAreQuiet() throws {
        #expect(try TotalsDoc.findings(rule, TotalsDoc.plan()).isEmpty)
    }

    /// A note counting the added projects of one dimension (`หมายเหตุ รวมโครงการเพิ่มเติม (ไม่คิดคะแนน) ในมิติที่ ๓
    /// จำนวน ๑ โครงการ`): the dimension's number between the word and the count does not make it the document's count.
    @Test func aCountOfAddedProjectsNamingTheirDimension() throws {
        let text = TotalsDoc.report(rows: TotalsDoc.threeRows, tallies: TotalsDoc.threeTallies, money: TotalsDoc.threeMoney)
            + "\nหมายเหตุ รวมโครงการเพิ่มเติม (ไม่คิดคะแนน) ในมิติที่ ๓ จำนวน ๑ โครงการ\n"
        let record = try TotalsDoc.record(text)
        #expect(record.declared.filter { $0.what == .projectCount }.map(\.value.value) == [ExactDecimal(3)])
        #expect(try TotalsDoc.findings(StatedCountRule(), text).isEmpty)
    }
}
