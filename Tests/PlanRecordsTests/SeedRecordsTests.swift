import Testing
import PlanRecords
import ThaiText

/// The essentials of the five real documents: organisation, period, how many distinct projects,
/// a few budgets and stated totals. Skipped when ../shared/seeds is absent.
@Suite(.enabled(if: Paths.seedsAvailable)) struct SeedRecordsTests {
    @Test func progressReport() throws {
        let record = try Seed.record(Seed.progressReport)
        #expect(record.document.kind == .progressReport)
        #expect(record.document.organisation?.type == .subdistrictMunicipality)
        #expect(record.document.fiscalYear?.value == 2566)
        #expect(record.document.issued?.value.isoCE == "2023-10-19")
        // 31 rows in the status table, each its own project; narrative entries join them by name.
        let statusRows = record.projects.flatMap(\.mentions).filter { $0.role == .statusRow }
        #expect(statusRows.count == 31)
        #expect(Set(statusRows.map(\.number)).count == 31)
        #expect(record.projects.filter { $0.mentions.contains { $0.role == .statusRow } }.count == 31)
        #expect(record.projects.filter { $0.mentions.count >= 2 }.count >= 20)
        // The two starred additions keep their star.
        #expect(statusRows.filter { $0.dimension?.contains("*") == true }.count == 2)
        // Stated: 29 projects, 30 done, 1 not possible, 72,808.00 disbursed, 25.11 per cent.
        #expect(record.declared(.projectCount).map(\.value.value) == [.of("29")])
        let done = record.declared(.statusCount).first { $0.status == .completed }
        #expect(done?.value.value == .of("30"))
        #expect(record.declared(.disbursedTotal).map(\.value.value) == [.of("72808.00")])
        #expect(record.declared(.disbursedPercent).map(\.value.value) == [.of("25.11")])
        // A budget and a disbursement from the table, and the narrative's figure for the same project.
        let budgets = record.projects.compactMap { $0.budgets[2566]?.value }
        #expect(budgets.reduce(.zero, +) == .of("290000"))
        let disbursed = record.projects.compactMap { $0.disbursed?.value }
        #expect(disbursed.reduce(.zero, +) == .of("72808"))
    }

    @Test func multiYearPlanWithYearTables() throws {
        let record = try Seed.record(Seed.multiYearPlan)
        #expect(record.document.kind == .actionPlan)
        #expect(record.document.organisation?.type == .subdistrictAdministration)
        #expect(record.document.period?.value == 2566...2570)
        #expect(record.tables.filter { $0.year != nil && $0.roles.contains(.quarter(1)) }.count == 5)
        #expect(Set(record.tables.compactMap(\.year)).isSuperset(of: [2566, 2567, 2568, 2569, 2570]))
        // The same projects recur in each year's table: far fewer projects than rows.
        let rows = record.projects.flatMap(\.mentions).filter { $0.role == .yearTableRow }.count
        #expect(rows >= 70)
        #expect(record.projects.count <= 20)
        #expect(record.projects.count >= 14)
        // Each year's grand total is stated.
        #expect(Set(record.declared(.grandTotal).compactMap(\.year)) == [2566, 2567, 2568, 2569, 2570])
        #expect(record.declared(.grandTotal).first { $0.year == 2566 }?.value.value == .of("20000.00"))
        // Every project has its detail sheet, including the three whose name stands in the paragraph
        // below a bare `ชื่อโครงการ :`; none is left without a name.
        #expect(record.projects.count == 15)
        #expect(record.projects.allSatisfy { $0.mentions.contains { $0.role == .detailSheet } })
        #expect(!record.warnings.contains { $0.message.contains("no name") })
    }

    @Test func itaMeasuresReport() throws {
        let record = try Seed.record(Seed.itaMeasures)
        #expect(record.document.kind == .itaMeasuresReport)
        #expect(record.document.organisation?.type == .subdistrictMunicipality)
        #expect(record.document.organisation?.name.value.hasSuffix("ได้จัดทำ") == false)
        #expect(record.document.fiscalYear?.value == 2565)
        #expect(record.projects.count == 10)
        #expect(record.projects.allSatisfy { $0.mentions.first?.role == .measureRow })
    }

    @Test func planWithSummaryAndDetailSheets() throws {
        let record = try Seed.record(Seed.planWithDetails)
        #expect(record.document.kind == .actionPlan)
        #expect(record.document.organisation?.type == .townMunicipality)
        #expect(record.document.period?.value == 2566...2570)
        #expect(record.dimensions.map(\.key).contains("3*"))
        // Its legend writes each dimension's number on a line of its own and the name in the block below.
        #expect(record.dimensions.first { $0.key == "2" }?.title == "การบริหารราชการด้วยความโปร่งใส")
        #expect(record.dimensions.first { $0.key == "3" }?.title == "การส่งเสริมบทบาทและการมีส่วนร่วม ของภาคประชาชน")
        // Summary rows and detail sheets link into one project each, whatever their numbering.
        let withSheet = record.projects.filter { project in
            project.mentions.contains { $0.role == .summaryRow } && project.mentions.contains { $0.role == .detailSheet }
        }
        #expect(withSheet.count >= 40)
        #expect(record.projects.count <= 48)
        // Subtotals per dimension and counts per group are stated in the summary table.
        #expect(record.declared(.subtotal).count >= 10)
        #expect(record.declared(.projectCount).contains { $0.value.value == .of("14") && $0.dimension == "1" })
        #expect(record.declared(.subtotal).contains { $0.value.value == .of("1061600") && $0.year == 2566 && $0.dimension == "1" })
        // A sheet whose objectives are numbered `๓.๑ …` stays open to its budget, written as two numbered sources
        // (one with a rate of 45 baht a head): their sum is the summary row's figure.
        let fund = try #require(record.projects.first { $0.mentions.contains { $0.budgetForPeriod?.value == .of("3887155") } })
        #expect(fund.mentions.contains { $0.role == .summaryRow && $0.budgets.values.contains { $0.value == .of("3887155") } })
        // `ปีงบประมาณ ๒๕๖๖ (ไม่ใช้งบประมาณ), ปีงบประมาณ ๒๕๖๗ – ๒๕๗๐ (จำนวนปีละ ๑๐,๐๐๐ บาท)`: none the first year, so much
        // in each of the others (the words had zeroed the whole budget).
        let honours = try #require(record.projects.first { $0.name.hasPrefix("โครงการเชิดชูเกียรติบุคลากร") })
        let sheet = try #require(honours.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgets.mapValues(\.value) == [2566: .zero, 2567: .of("10000"), 2568: .of("10000"), 2569: .of("10000"), 2570: .of("10000")])
        #expect(sheet.budgetForPeriod == nil)
        // A sheet's method steps `๓)` then `๓.๑ … ๓.๔`, and a step `- สรุป…`: the sheet's own lines, read on to its budget.
        let planning = try #require(record.projects.first { $0.name.hasPrefix("โครงการจัดทำแผนพัฒนาท้องถิ่นโดย") })
        #expect(planning.mentions.contains { $0.role == .detailSheet && $0.budgetForPeriod?.value == .of("178000") })
        #expect(record.missions.first { $0.number == "3.2" }?.title.hasPrefix("การรับฟังความคิดเห็น") == true)
        // `มิตินี้ ๒ …` (OCR's มิติที่ ๒) opens dimension ๒: its 18 sheets are counted there, as the plan states.
        let sheetDimensions = Dictionary(grouping: record.projects.flatMap(\.mentions).filter { $0.role == .detailSheet }, by: \.dimension)
        #expect(sheetDimensions.mapValues(\.count).filter { $0.key != "3" } == ["1": 14, "2": 18, "4": 7])
        #expect(record.missions.map(\.number).contains("2.1"))
    }

    @Test func itaMemo() throws {
        let record = try Seed.record(Seed.itaMemo)
        #expect(record.document.kind == .itaAnalysisMemo)
        #expect(record.document.organisation?.type == .subdistrictAdministration)
        #expect(record.document.issued?.value.isoCE == "2020-03-30")
        // The title is the เรื่อง paragraph below บันทึกข้อความ, with its wrapped second line.
        #expect(record.document.title?.value.hasPrefix("รายงานผลการวิเคราะห์ผลการประเมินคุณธรรม") == true)
        #expect(record.document.title?.value.contains("ประจำปีงบประมาณ พ.ศ.๒๕๖๒") == true)
        #expect(record.document.title?.line == 13)
        let scores = try #require(record.scores)
        #expect(scores.indicators.count == 10)
        #expect(scores.indicators.first?.score.value == .of("99.65"))
        #expect(scores.overall?.value == .of("77.21"))
        #expect(scores.grade?.value == "B")
        #expect(scores.tools.map { $0.weight?.value } == [.of("30"), .of("30"), .of("40")])
        #expect(scores.bands.map(\.grade) == ["AA", "A", "B", "C", "D", "E", "F"])
    }
}
