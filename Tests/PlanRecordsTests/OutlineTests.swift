import Testing
import PlanRecords

/// Dimensions as the text declares them: a heading opens one for what follows; a legend listing several opens none.
@Suite struct OutlineTests {
    static func sheets(after outline: String) throws -> PlanRecord {
        try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        \(outline)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน
        """)
    }

    @Test func aHeadingOpensItsDimension() throws {
        let plan = try Self.sheets(after: "มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน")
        #expect(plan.projects.first?.mentions.first?.dimension == "3")
    }

    @Test func aLegendOpensNone() throws {
        let plan = try Self.sheets(after: """
        มิติ 1 การสร้างวัฒนธรรมสุจริต
        มิติ 2 การบริหารราชการด้วยความโปร่งใส
        มิติ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน
        """)
        #expect(plan.dimensions.map(\.line) == [3, 4, 5])
        let sheet = try #require(plan.projects.first?.mentions.first)
        #expect(sheet.role == .detailSheet)
        #expect(sheet.dimension == nil)
    }

    /// `## มิติที่ ๒` on its own, its name in the paragraph below, a table under both: the dimension is named by
    /// that paragraph, and the table's rows are that dimension's. (The paragraph, taken for the table's title, hid
    /// the heading from the table, and the dimension had no name.)
    @Test func aDimensionHeadingWithItsNameBelowOpensTheTableUnderIt() throws {
        let plan = try record("""
        # แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๐)

        ## มิติที่ ๑
        การสร้างวัฒนธรรมสุจริต

        | ลำดับ | โครงการ | ๒๕๖๘ | ๒๕๖๙ | ๒๕๗๐ |
        |---|---|---|---|---|
        | ๑ | โครงการอบรมคุณธรรม | ๑๐,๐๐๐ | ๑๐,๐๐๐ | ๑๐,๐๐๐ |

        ## มิติที่ ๒
        การบริหารราชการด้วยความโปร่งใส
        ขององค์กร

        | ลำดับ | โครงการ | ๒๕๖๘ | ๒๕๖๙ | ๒๕๗๐ |
        |---|---|---|---|---|
        | ๒ | มาตรการเปิดเผยข้อมูล | - | - | - |
        """, as: .markdown)
        #expect(plan.dimensions.map(\.title) == ["การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส ขององค์กร"])
        #expect(plan.projects.map { $0.mentions.first?.dimension } == ["1", "2"])
    }

    /// A heading with its name on its line keeps that name; a numbered item below a bare heading is no name.
    @Test func aNumberedItemBelowABareHeadingIsNoName() throws {
        let plan = try Self.sheets(after: "มิติที่ ๓\n\n๑. โครงการประชาคมหมู่บ้าน")
        #expect(plan.dimensions.map(\.title) == [nil])
    }

    /// A sheet's steps numbered `๓)` with sub-steps `๓.๑`, `๓.๒` under it, and a step that opens with สรุป: all the
    /// sheet's own. (The sub-steps were taken for missions ๓.๑ and ๓.๒, closing the sheet before its budget, and the
    /// real missions of those numbers were then never recorded.)
    @Test func subStepsOfASheetAreNoMissions() throws {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)

        มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการจัดทำแผนพัฒนาท้องถิ่น

        ๕. วิธีดำเนินการ

        ๓) จัดทำร่างแผนพัฒนาท้องถิ่น ฉบับเปลี่ยนแปลง

        ๓.๑ คณะกรรมการพัฒนาท้องถิ่นพิจารณาร่างแผน

        ๓.๒ ผู้บริหารท้องถิ่นอนุมัติและประกาศใช้แผน

        - สรุปและรายงานผลการดำเนินโครงการ

        ๗. งบประมาณดำเนินการ

        ๑๗๘,๐๐๐ บาท

        ๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียนของประชาชน
        """)
        let sheet = try #require(plan.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.budgetForPeriod?.value == .of("178000"))
        #expect(sheet.budgetForPeriod?.line == 21)
        // The mission after the sheet is the one recorded under its number, with its own title and line.
        #expect(plan.missions.map(\.number) == ["3.2"])
        #expect(plan.missions.first?.line == 23)
        #expect(plan.missions.first?.title.hasPrefix("การรับฟังความคิดเห็น") == true)
    }

    /// A list of results numbered `๑)` to `๓)`, then `๓.๒ …`: no sub-step of `๓)` (there was no `๓.๑`), the next mission.
    @Test func aMissionAfterAStepOfItsNumberIsStillAMission() throws {
        let report = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ๓.๑ การส่งเสริมให้ประชาชนมีส่วนร่วม

        โครงการจัดทำฐานภาษี

        ผลการดำเนินการ

        ๑) เกิดเครือข่ายภาคประชาชน

        ๓) จัดเก็บได้ครบถ้วน ถูกต้องและเป็นธรรม

        ๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียนของประชาชน
        """)
        #expect(report.missions.map(\.number) == ["3.1", "3.2"])
        #expect(report.missions.last?.line == 13)
    }

    /// A sheet of dimension ๑ ending in a long paragraph, then `heading` (and `under` it) a blank line below, as a
    /// double-spaced export writes every line, then a second sheet.
    static func planWithSecondDimension(_ heading: String, under: String = "") throws -> PlanRecord {
        try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)

        มิติที่ ๑ การสร้างวัฒนธรรมสุจริต

        ลำดับที่ ๑

        ๑. ชื่อโครงการ : โครงการโรงเรียนคุณธรรม

        เทศบาลดำเนินการชื่อ “โครงการเสริมสร้างคุณธรรมเพื่อการอยู่ร่วมกันในสังคมได้อย่างมีความสุข” โดยมีผลลัพธ์อย่างเดียวกัน

        \(heading) การบริหารราชการด้วยความโปร่งใส

        \(under)

        ลำดับที่ ๒

        ๑. ชื่อโครงการ : มาตรการปรับปรุงศูนย์ข้อมูลข่าวสาร
        """)
    }

    /// The bare word and its misspellings with the number right after (`มิติ ๒ …`, `มิตี 2 …`) below a paragraph open
    /// the dimension too; they had been joined to the paragraph above, and the next sheet stayed under dimension ๑.
    @Test(arguments: ["มิติ ๒", "มิตี ๒", "มติ 2", "มิติ2"])
    func aBareDimensionWordWithItsNumberOpensIt(_ heading: String) throws {
        let plan = try Self.planWithSecondDimension(heading)
        #expect(plan.projects.flatMap(\.mentions).map(\.dimension) == ["1", "2"])
    }

    /// `มิตินี้ ๒ …` (OCR's มิติที่) below a paragraph: a heading that opens dimension ๒, not the paragraph's last words.
    /// (Its sheets had stayed under dimension ๑.)
    @Test func aMisspeltDimensionBelowAParagraphOpensIt() throws {
        let plan = try Self.planWithSecondDimension("มิตินี้ ๒", under: "๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น")
        let sheets = plan.projects.flatMap(\.mentions).filter { $0.role == .detailSheet }
        #expect(sheets.map(\.dimension) == ["1", "2"])
        #expect(sheets.last?.mission == "2.1")
        #expect(plan.missions.map(\.number) == ["2.1"])
        #expect(plan.missions.first?.line == 13)
    }

    /// A bullet step `- สรุปและรายงานผล…` stays in its entry; a heading `สรุปผลการเบิกจ่าย` with no figure of its own closes
    /// it, and the paragraph under it states the document's total, not the entry's disbursement.
    @Test func aSummaryHeadingClosesTheEntryButAStepDoesNot() throws {
        let report = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ๑. โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากรขององค์การบริหารส่วนตำบล

        การดำเนินการ

        - สรุปและรายงานผลการดำเนินโครงการ

        งบประมาณดำเนินการ

        เบิกจ่าย ๑๕,๐๐๐ บาท

        สรุปผลการเบิกจ่าย

        เบิกจ่ายงบประมาณ ๘๐,๕๐๐ บาท
        """)
        let entry = try #require(report.projects.first?.mentions.first)
        #expect(entry.disbursed?.value == .of("15000"))
        #expect(entry.endLine == 11)
        #expect(report.declared(.disbursedTotal).map(\.value.value) == [.of("80500")])
        #expect(report.declared(.disbursedTotal).first?.line == 15)
    }

    /// A plan table whose name cells carry their outline number (`๑.๑.๒ กิจกรรม…`) beside merged dimension and
    /// mission cells: the number is the numbering as written, not part of the name, and the mission is the row's.
    @Test func anOutlineNumberOfThreePartsOpeningANameCellIsItsNumbering() throws {
        let plan = try record("""
        <html><body>
        <p>แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๘ – ๒๕๗๑)</p>
        <table border=1>
        <tr><td rowspan=2>มิติ</td><td rowspan=2>ภารกิจตามมิติ</td><td rowspan=2>โครงการ/กิจกรรม/มาตรการ</td><td colspan=2>งบประมาณ (บาท)</td></tr>
        <tr><td>๒๕๖๘</td><td>๒๕๖๙</td></tr>
        <tr><td rowspan=3>๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต</td><td rowspan=2>๑.๑ การสร้างจิตสำนึก</td><td>๑.๑.๑ โครงการอบรมคุณธรรม</td><td>๒๐,๐๐๐</td><td>๒๐,๐๐๐</td></tr>
        <tr><td>๑.๑.๒ กิจกรรมวันต่อต้านคอร์รัปชัน</td><td>-</td><td>-</td></tr>
        <tr><td>๑.๒ การสร้างจิตสำนึกแก่ประชาชน</td><td>๑.๒.๑ โครงการเยาวชนโปร่งใส</td><td>๑๕,๐๐๐</td><td>๑๐,๐๐๐</td></tr>
        </table>
        </body></html>
        """, as: .html)
        #expect(plan.projects.map(\.name) == ["โครงการอบรมคุณธรรม", "กิจกรรมวันต่อต้านคอร์รัปชัน", "โครงการเยาวชนโปร่งใส"])
        #expect(plan.projects.map(\.kind) == [.project, .activity, .project])
        let rows = plan.projects.compactMap(\.mentions.first)
        #expect(rows.map(\.numbering) == ["๑.๑.๑", "๑.๑.๒", "๑.๒.๑"])
        #expect(rows.map(\.mission) == ["1.1", "1.1", "1.2"])
        // Each counts within its mission: the numbering rule sees 1, 2, then a new sequence from 1.
        #expect(rows.map(\.number) == [1, 2, 1])
        #expect(plan.projects.last?.mentions.first?.budgets[2569]?.value == .of("10000"))
    }
}
