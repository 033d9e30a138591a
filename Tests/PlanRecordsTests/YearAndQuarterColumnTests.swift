import Testing
@testable import PlanRecords
import ThaiText

/// Year columns labelled by the year alone (`๒๕๖๘`, `ปี ๒๕๖๘`, `ปี ๖๘`), and quarter columns that name
/// their months and year (`ไตรมาส 1 (ต.ค.-ธ.ค. 67)`) ticked with `/`.
@Suite struct YearAndQuarterColumnTests {
    static func plan(years: [String]) -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต ระยะ ๔ ปี (พ.ศ. ๒๕๖๘ - ๒๕๗๑)

        ที่\tโครงการ\t\(years.joined(separator: "\t"))
        1\tโครงการอบรมคุณธรรมจริยธรรมพนักงาน\t10,000\t11,000\t12,000\t13,000
        2\tโครงการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\t20,000\t-\t20,000\t-
        """
    }

    @Test(arguments: [["ปี ๖๘", "ปี ๖๙", "ปี ๗๐", "ปี ๗๑"], ["ปี ๒๕๖๘", "ปี ๒๕๖๙", "ปี ๒๕๗๐", "ปี ๒๕๗๑"],
                      ["๒๕๖๘", "๒๕๖๙", "๒๕๗๐", "๒๕๗๑"], ["พ.ศ. 2568", "พ.ศ. 2569", "พ.ศ. 2570", "พ.ศ. 2571"]])
    func aYearAloneLabelsItsBudgetColumn(years: [String]) throws {
        let record = try record(Self.plan(years: years))
        #expect(record.projects.count == 2)
        let training = try #require(record.project(named: "อบรมคุณธรรม"))
        #expect(training.budgets.mapValues(\.value) == [2568: .of("10000"), 2569: .of("11000"), 2570: .of("12000"), 2571: .of("13000")])
        let website = try #require(record.project(named: "เผยแพร่ข้อมูล"))
        #expect(website.budgets.mapValues(\.value) == [2568: .of("20000"), 2570: .of("20000")])
    }

    /// `ปีที่ ๑` is the plan's first year, not a year written short; three digits are no year.
    @Test func otherNumbersAreNoYear() throws {
        let record = try record(Self.plan(years: ["ปีที่ ๑", "ปีที่ ๒", "๒๕๖", "ปี ๐๘"]))
        #expect(record.projects.allSatisfy { $0.budgets.isEmpty })
    }

    /// Beside the years' amounts, a column whose label says more than that it adds them up (`รวมระยะเวลา`,
    /// `รวม ๑๒๓ ปี`) is not their total, nor is a total column before the first year.
    @Test(arguments: [["ปี ๒๕๖๘", "ปี ๒๕๖๙", "ปี ๒๕๗๐", "รวมระยะเวลา"], ["ปี ๒๕๖๘", "ปี ๒๕๖๙", "ปี ๒๕๗๐", "รวม ๑๒๓ ปี"],
                      ["รวม", "ปี ๒๕๖๘", "ปี ๒๕๖๙", "ปี ๒๕๗๐"]])
    func onlyATotalAfterTheYearsAddsThemUp(labels: [String]) throws {
        let record = try record(Self.plan(years: labels))
        #expect(record.projects.count == 2)
        #expect(record.projects.allSatisfy { project in project.mentions.allSatisfy { $0.budgetForPeriod == nil } })
        #expect(ColumnRoles.yearsTotal([.budget(year: 2568), .budget(year: 2569), nil], labels: ["ปี ๒๕๖๘", "ปี ๒๕๖๙", "รวม ๒ ปี"])
                == [.budget(year: 2568), .budget(year: 2569), .budget(year: nil)])
        #expect(ColumnRoles.yearsTotal([.budget(year: 2568), nil], labels: ["ปี ๒๕๖๘", "รวม"]) == [.budget(year: 2568), nil])
    }

    @Test func quarterColumnsNamingTheirMonthsAreReadWithSlashTicks() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ\tไตรมาส 1 (ต.ค.-ธ.ค. 67)\tไตรมาสที่ ๒\tไตรมาส 3 (เม.ย.-มิ.ย. 68)\tไตรมาส (ก.ค.-ก.ย.)
        1\tโครงการอบรมคุณธรรมจริยธรรมพนักงาน\t10,000\t/\t\t√\t
        2\tโครงการเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\t20,000\t /\t/\t/\t/
        """)
        #expect(record.tables.first?.roles == [.number, .name, .budget(year: nil), .quarter(1), .quarter(2), .quarter(3), .quarter(4)])
        #expect(record.project(named: "อบรมคุณธรรม")?.schedule[2568] == [1, 3])
        #expect(record.project(named: "เผยแพร่ข้อมูล")?.schedule[2568] == [1, 2, 3, 4])
    }
}

/// A status column that writes the status in words (`สถานะ | ดำเนินการแล้วเสร็จ`) instead of ticking one column per status.
@Suite struct StatusInWordsTests {
    @Test func aStatusWrittenInItsCellIsTheRowsStatus() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย\tสถานะ
        1\tโครงการอบรมคุณธรรมจริยธรรมพนักงานเทศบาล\t20,000\t19,500\tดำเนินการแล้วเสร็จ
        2\tโครงการประชาคมตรวจสอบการใช้จ่ายงบประมาณ\t10,000\t0\tยังไม่ดำเนินการ
        3\tมาตรการเผยแพร่ข้อมูลข่าวสาร\t0\t0\tจัดทำประกาศและเผยแพร่ทางเว็บไซต์ทุกเดือน โดยมีผู้รับผิดชอบตรวจสอบความถูกต้องก่อนเผยแพร่ และรายงานผลให้ผู้บริหารทราบ ซึ่งยังไม่ดำเนินการบางส่วน
        """)
        #expect(record.project(named: "อบรมคุณธรรม")?.status?.value == .completed)
        #expect(record.project(named: "อบรมคุณธรรม")?.status?.line == 4)
        #expect(record.project(named: "ประชาคมตรวจสอบ")?.status?.value == .notStarted)
        // A long result only mentions a status.
        #expect(record.project(named: "เผยแพร่ข้อมูล")?.status == nil)
    }

    /// A status table that marks with crossed boxes beside empty ones (☒ among ☐, nothing ticked): the cross is the
    /// mark. Where ticks stand beside crosses, a cross is no mark.
    @Test func crossedBoxesAmongEmptyOnesAreMarks() throws {
        func report(_ first: String, _ second: String) -> String {
            """
            รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

            ที่\tโครงการ\tงบประมาณ\tยังไม่ดำเนินการ\tดำเนินการแล้วเสร็จ
            1\tโครงการอบรมคุณธรรมทดสอบ\t20,000\t☐\t\(first)
            2\tโครงการเผยแพร่ข่าวสารทดสอบ\t10,000\t\(second)\t☐
            """
        }
        let crosses = try record(report("☒", "☒"))
        #expect(crosses.projects.map { $0.status?.value } == [.completed, .notStarted])
        let mixed = try record(report("☑", "☒"))
        #expect(mixed.projects.map { $0.status?.value } == [.completed, nil])
    }

    /// A table of statuses (`สถานะการดำเนินงาน | จำนวน (โครงการ) | ร้อยละ`): each row a tally and its share of the
    /// document's projects, the total row their number. No row is a project.
    @Test func aStatusSummaryTableStatesTallies() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        สถานะการดำเนินงาน\tจำนวน (โครงการ)\tร้อยละ
        ดำเนินการแล้ว\t๓\t๖๐.๐๐
        ยังไม่ได้ดำเนินการ\t๒\t๔๐.๐๐
        รวม\t๕\t๑๐๐.๐๐
        """)
        #expect(record.projects.isEmpty)
        let tallies = record.declared.filter { $0.what == .statusCount }
        #expect(tallies.map(\.status) == [.completed, .notStarted])
        #expect(tallies.map(\.value.value) == [.of("3"), .of("2")])
        #expect(tallies.allSatisfy { $0.table == nil })
        #expect(record.declared.filter { $0.what == .statusPercent }.map(\.value.value) == [.of("60.00"), .of("40.00")])
        let count = try #require(record.declared.first { $0.what == .projectCount })
        #expect(count.value.value == .of("5") && count.line == 6)
        #expect(!record.declared.contains { $0.what == .disbursedPercent })
    }

    /// A phrase that holds another is read first: not yet (`ยังไม่ได้ดำเนินการ`) is no "not done".
    @Test(arguments: [("ยังไม่ได้ดำเนินการ", ProjectStatus.notStarted), ("ยังไม่ดำเนินการ", .notStarted),
                      ("ไม่ได้ดำเนินการ", .notPossible), ("ไม่สามารถดำเนินการได้", .notPossible), ("ดำเนินการแล้วเสร็จ", .completed),
                      ("เสร็จสิ้น", .completed), ("เสร็จแล้ว", .completed), ("ระหว่างดำเนินการ", .inProgress),
                      ("ยกเลิก", .cancelled), ("ยกเลิกโครงการ", .cancelled), ("โอนงบประมาณ", .budgetTransferred),
                      // The reason is the status: not done because the budget went elsewhere.
                      ("ไม่ได้ดำเนินการเนื่องจากโอนงบประมาณ", .budgetTransferred)])
    func statusPhrases(phrase: String, status: ProjectStatus) {
        #expect(StatusWords.status(in: phrase) == status)
    }
}
