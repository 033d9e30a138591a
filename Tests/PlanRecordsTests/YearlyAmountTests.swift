import Testing
import PlanRecords

/// `ปีละ` on a detail sheet: an amount for each year of the range written before it; a second, different
/// yearly figure with no years of its own is a contradiction, shown with both places.
@Suite struct YearlyAmountTests {
    /// A plan with one detail sheet whose fields are `fields`, starting at line 7.
    static func plan(_ fields: String) throws -> (record: PlanRecord, sheet: Mention) {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน

        \(fields)
        """)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        return (parsed, sheet)
    }

    @Test func eachRangeGivesItsYearsTheirAmount() throws {
        let (_, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ปีละ ๔๐,๐๐๐ บาท
        ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐ ปีละ ๔๕,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("40000"), 2568: .of("40000"), 2569: .of("45000"), 2570: .of("45000")])
        #expect(sheet.budgets[2569]?.line == 9)
        #expect(sheet.budgetPerYear == nil)
    }

    /// Years written short (`ปีงบประมาณ ๖๗ - ๖๘`): the range's years, not 2567 alone with a yearly amount.
    @Test func aRangeOfShortYearsGivesEachItsAmount() throws {
        let (_, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ ๖๗ - ๖๘ ปีละ ๔๐,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("40000"), 2568: .of("40000")])
        #expect(sheet.budgetPerYear == nil)
    }

    @Test func aYearJoinedToARangeSharesItsAmount() throws {
        let (_, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ และ ๒๕๗๐ ปีละ ๓๕,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("35000"), 2568: .of("35000"), 2570: .of("35000")])
    }

    /// A yearly amount followed by its parts (`ตั้งไว้ปีละ ๑๘,๐๐๐ บาท ประกอบด้วย` then `๑) … เป็นเงิน ๖,๐๐๐ บาท`): the
    /// parts are no budget of their own. (The first part had been taken for the period's budget, a false error.)
    @Test func thePartsOfAnAmountAreNoBudgetOfTheirOwn() throws {
        let (parsed, sheet) = try Self.plan("""
        ๗. งบประมาณดำเนินการ
        ตั้งไว้ปีละ ๑๘,๐๐๐ บาท ประกอบด้วย
        ๑) ค่าเช่าพื้นที่และดูแลเว็บไซต์ เป็นเงิน ๖,๐๐๐ บาท
        ๒) ค่าจัดทำป้ายและสื่อประชาสัมพันธ์ เป็นเงิน ๑๒,๐๐๐ บาท
        """)
        #expect(sheet.budgetPerYear?.value == .of("18000"))
        #expect(sheet.budgetForPeriod == nil)
        #expect(sheet.budgets.isEmpty)
        #expect(parsed.warnings.allSatisfy { !$0.message.contains("stated twice") })
    }

    /// `รวม` after the years' amounts is their total: no year's amount, and no warning.
    @Test func theTotalAfterTheYearsIsNoYearsAmount() throws {
        let (parsed, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๓๐๐,๐๐๐ บาท และปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๑๒๐,๐๐๐ บาท รวม ๔๒๐,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("300000"), 2569: .of("120000")])
        #expect(sheet.budgetForPeriod?.value == .of("420000"))
        #expect(parsed.warnings.allSatisfy { !$0.message.contains("stated twice") })
    }

    /// `ไม่ใช้งบประมาณ` after some years and an amount after the others: those years have none, the others theirs.
    /// (The words had made the whole entry's budget zero, and the amount was lost.)
    @Test func noBudgetInSomeYearsAndAnAmountInTheOthers() throws {
        let (parsed, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ไม่ใช้งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐ ปีละ ๑๐,๐๐๐ บาท
        """)
        #expect(sheet.budgets.mapValues { $0.value } == [2567: .of("0"), 2568: .of("0"), 2569: .of("10000"), 2570: .of("10000")])
        #expect(sheet.budgets[2567]?.line == 8)
        #expect(sheet.budgets[2567]?.raw == "ไม่ใช้งบประมาณ")
        #expect(sheet.budgets[2570]?.line == 9)
        #expect(sheet.budgetForPeriod == nil)
        #expect(parsed.warnings.allSatisfy { !$0.message.contains("stated twice") })

        // The other way round, on one line.
        let (_, reversed) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ปีละ ๕,๐๐๐ บาท ปีงบประมาณ พ.ศ. ๒๕๖๙ - ๒๕๗๐ ไม่ได้ใช้งบประมาณ
        """)
        #expect(reversed.budgets.mapValues { $0.value } == [2567: .of("5000"), 2568: .of("5000"), 2569: .of("0"), 2570: .of("0")])
    }

    /// The words alone, or not after years, still say the entry uses no budget at all.
    @Test func noBudgetWithoutYearsIsTheWholeEntrys() throws {
        let (_, alone) = try Self.plan("""
        ๖. งบประมาณ
        ไม่ใช้งบประมาณ
        """)
        #expect(alone.budgetForPeriod?.value == .zero)
        #expect(alone.budgets.isEmpty)
        let (_, withYears) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๗๐ ไม่ใช้งบประมาณ
        """)
        #expect(withYears.budgetForPeriod?.value == .zero)
        #expect(withYears.budgets.isEmpty)
    }

    @Test func aSecondAmountForOneYearKeepsTheFirstAndWarns() throws {
        let (parsed, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๕๐,๐๐๐ บาท
        ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๖๐,๐๐๐ บาท
        """)
        #expect(sheet.budgets[2568]?.value == .of("50000"))
        #expect(parsed.warnings.contains { $0.line == 9 && $0.message.contains("the amount for 2568 is stated twice") })
    }

    @Test func overlappingRangesKeepTheFirstAmountAndWarn() throws {
        let (parsed, sheet) = try Self.plan("""
        ๖. งบประมาณ
        ปีงบประมาณ พ.ศ. ๒๕๖๗ - ๒๕๖๘ ปีละ ๔๐,๐๐๐ บาท
        ปีงบประมาณ พ.ศ. ๒๕๖๘ - ๒๕๗๐ ปีละ ๔๕,๐๐๐ บาท
        """)
        #expect(sheet.budgets[2568]?.value == .of("40000"))
        #expect(sheet.budgets[2570]?.value == .of("45000"))
        #expect(parsed.warnings.contains { $0.line == 9 && $0.message.contains("the amount for 2568 is stated twice") })
    }

    @Test func oneAmountAYearWithNoYearsStaysPerYear() throws {
        let (_, sheet) = try Self.plan("๖. งบประมาณ\nตั้งไว้ปีละ ๒๐,๐๐๐ บาท")
        #expect(sheet.budgetPerYear?.value == .of("20000"))
        #expect(sheet.budgets.isEmpty)
    }

    @Test func aSecondDifferentAmountAYearIsWarnedAndTheFirstKept() throws {
        let (parsed, sheet) = try Self.plan("๖. งบประมาณ\nปีละ ๒๐,๐๐๐ บาท\nปีละ ๒๕,๐๐๐ บาท")
        #expect(sheet.budgetPerYear?.value == .of("20000"))
        #expect(sheet.budgetPerYear?.line == 8)
        let warning = try #require(parsed.warnings.first { $0.message.contains("stated twice") })
        #expect(warning.line == 9)
        #expect(warning.message.contains("line 8"))
    }

    @Test func twoDifferentFrequenciesAreWarned() throws {
        let (parsed, sheet) = try Self.plan("๒. วิธีดำเนินการ\nจัดประชุมปีละ ๔ ครั้ง\nประเมินผลปีละ ๒ ครั้ง")
        #expect(sheet.frequency?.value == 4)
        #expect(parsed.warnings.contains { $0.line == 9 && $0.message.contains("how often a year") })
    }
}

/// A detail sheet's numbered sub-items (`๓.๑ เพื่อ…` under `๓. วัตถุประสงค์`) belong to its field, not to a
/// mission of dimension ๓; a budget written as numbered sources is their sum; `๔๕ บาท ต่อประชากร` is a rate.
@Suite struct SheetFieldItemTests {
    @Test func subItemsOfAFieldDoNotCloseTheSheet() throws {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        ลำดับที่ ๑
        ๑. ชื่อโครงการ : โครงการส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน
        ๒. วัตถุประสงค์
        ๒.๑ เพื่อให้ผู้บริหารและพนักงานมีจิตสำนึกที่ดี
        ๒.๒ เพื่อสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต
        ๓. งบประมาณ
        ๑๕,๐๐๐ บาท
        ๔. ผู้รับผิดชอบ
        สำนักปลัดเทศบาล
        """)
        #expect(parsed.missions.isEmpty)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetForPeriod?.value == .of("15000") && sheet.budgetForPeriod?.line == 9)
        #expect(sheet.responsible == "สำนักปลัดเทศบาล")
    }

    @Test func numberedSourcesOfABudgetAreSummedAndRatesSkipped() throws {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        ลำดับที่ ๑
        ๑. ชื่อโครงการ : โครงการบริหารกองทุนสุขภาพตำบล
        ๒. งบประมาณดำเนินการ
        ๑. งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เงินสมทบกองทุน จำนวน ๑๐๐,๐๐๐ บาท
        ๒. งบประมาณที่ได้รับจัดสรร ๔๕ บาท ต่อประชากร จำนวน ๔,๐๐๐ คน เป็นเงิน ๑๘๐,๐๐๐ บาท
        ๓. งบประมาณคงเหลือจากปีที่ผ่านมา
        ๓. ผู้รับผิดชอบ
        กองสาธารณสุข
        """)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetForPeriod?.value == .of("280000"))
        #expect(sheet.budgetForPeriod?.line == 6)
        #expect(sheet.budgetForPeriod?.raw == "๑๐๐,๐๐๐ บาท + ๑๘๐,๐๐๐ บาท")
        #expect(sheet.budgets.isEmpty)
        #expect(sheet.responsible == "กองสาธารณสุข")
    }

    /// `บาท ต่อปี` is a yearly amount like `ปีละ`; `บาท/คน` is a rate and no budget.
    @Test func perYearAfterAnAmountAndRates() throws {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        ลำดับที่ ๑
        ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมผู้นำชุมชน
        ๒. งบประมาณ
        ค่าอาหาร ๑๒๐ บาท/คน จำนวน ๑๐๐ คน รวมเป็นเงิน ๑๒,๐๐๐ บาท ต่อปี
        """)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetPerYear?.value == .of("12000"))
        #expect(sheet.budgetForPeriod == nil)
    }

    @Test func oneAmountPerSourceLineWithAYearStaysThatYears() throws {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        ลำดับที่ ๑
        ๑. ชื่อโครงการ : โครงการบริหารกองทุนสุขภาพตำบล
        ๒. งบประมาณ
        ๑) ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๑๐๐,๐๐๐ บาท
        """)
        let sheet = try #require(parsed.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgets[2568]?.value == .of("100000"))
        #expect(sheet.budgetForPeriod == nil)
    }
}
