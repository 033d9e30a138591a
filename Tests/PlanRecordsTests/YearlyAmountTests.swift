import Testing
import PlanRecords

/// `ปีละ` on a detail sheet: an amount for each year of the range written before it; a second, different
/// yearly figure with no years of its own is a contradiction, shown with both places.
@Suite struct YearlyAmountTests {
    static func sheet(budget: String, frequency: String = "") throws -> Mention {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน

        ๒. วิธีดำเนินการ
        \(frequency)

        ๖. งบประมาณ

        \(budget)

        ๘. ผู้รับผิดชอบ กองช่าง
        """)
        let project = try #require(record.projects.first)
        return try #require(project.mentions.first { $0.role == .detailSheet })
    }

    @Test func eachRangeGivesItsYearsTheirAmount() throws {
        let sheet = try Self.sheet(budget: """
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ปีละ ๔๐,๐๐๐ บาท
        ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐ ปีละ ๔๕,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("40000"), 2568: .of("40000"), 2569: .of("45000"), 2570: .of("45000")])
        #expect(sheet.budgets[2569]?.line == 13)
        #expect(sheet.budgetPerYear == nil)
    }

    @Test func oneAmountAYearWithNoYearsStaysPerYear() throws {
        let sheet = try Self.sheet(budget: "ตั้งไว้ปีละ ๒๐,๐๐๐ บาท")
        #expect(sheet.budgetPerYear?.value == .of("20000"))
        #expect(sheet.budgets.isEmpty)
    }

    @Test func aSecondDifferentAmountAYearIsWarnedAndTheFirstKept() throws {
        let text = """
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน

        ๖. งบประมาณ
        ปีละ ๒๐,๐๐๐ บาท
        ปีละ ๒๕,๐๐๐ บาท
        """
        let parsed = try record(text)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetPerYear?.value == .of("20000"))
        #expect(sheet.budgetPerYear?.line == 8)
        let warning = try #require(parsed.warnings.first { $0.message.contains("stated twice") })
        #expect(warning.line == 9)
        #expect(warning.message.contains("line 8"))
    }

    @Test func twoDifferentFrequenciesAreWarned() throws {
        let text = """
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน

        ๒. วิธีดำเนินการ
        จัดประชุมปีละ ๔ ครั้ง
        ประเมินผลปีละ ๒ ครั้ง
        """
        let parsed = try record(text)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.frequency?.value == 4)
        #expect(parsed.warnings.contains { $0.line == 9 && $0.message.contains("how often a year") })
    }
}
