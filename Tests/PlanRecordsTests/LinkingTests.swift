import Testing
import PlanRecords
import ThaiText

/// One project, many mentions: linked by name with the drift real documents have, never by ordinal.
@Suite struct LinkingTests {
    static let plan = """
    แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๖๘)

    ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t
    \t\t\t\t1\t2\t3\t4
    1\tโครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร\t1\t20,000\t☑\t\t\t
    2\tโครงการจัดทำแผนพัฒนาท้องถิ่นโดยกระบวนการมีส่วนร่วม\t3\t10,000\t\t☑\t\t
    3\tกิจกรรม “ประชุมสภาสัญจร”\t3\t5,000\t\t\t☑\t

    ลำดับที่ ๑

    ๑. ชื่อโครงการ : โครงการจัดทำแผนพัฒนาท้อง ถิ่นโดยกระบวนการ มีส่วนร่วม (ประชาคมหมู่บ้าน)

    ๒. งบประมาณ

    ๑๐,๐๐๐ บาท (หนึ่งหมื่นบาทถ้วน)

    ลำดับที่ ๒

    ๑. ชื่อโครงการ : มาตรการประชุมสภาสัญจร

    ลำดับที่ ๓

    ๑. ชื่อโครงการ : โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากรและผู้บริหาร
    """

    @Test func wrapSpacesAliasesAndKindWordsLink() throws {
        let record = try record(Self.plan)
        #expect(record.projects.count == 3)
        // Numbered 2 in the table and ลำดับที่ ๑ on its sheet: linked by name, wrap spaces and alias ignored.
        let plan = try #require(record.project(named: "แผนพัฒนาท้องถิ่น"))
        #expect(plan.mentions.map(\.role) == [.yearTableRow, .detailSheet])
        #expect(plan.mentions[1].confidence == .exact || plan.mentions[1].confidence == .probable)
        // A different kind word (กิจกรรม / มาตรการ) is the same project.
        let council = try #require(record.project(named: "สภาสัญจร"))
        #expect(council.mentions.count == 2)
        // A longer name on the sheet links, and says it is not exact.
        let training = try #require(record.project(named: "อบรมคุณธรรม"))
        #expect(training.mentions.count == 2)
        #expect(training.mentions.last?.confidence != .exact)
        #expect(training.mentions.last?.linkNote != nil)
    }

    @Test func nameInTheParagraphBelowItsLabel() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๖๘)

        ลำดับ\tรายการโครงการ\tงบประมาณ (บาท)
        1\tโครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร\t20,000

        ลำดับที่ ๑

        ๑. ชื่อโครงการ :

        โครงการอบรมคุณธรรมจริยธรรม แก่บุคลากร

        ๒. หลักการและเหตุผล

        บุคลากรต้องมีคุณธรรม
        """)
        #expect(record.projects.count == 1)
        let sheet = try #require(record.projects.first?.mentions.first { $0.role == .detailSheet })
        #expect(sheet.line == 8)
        #expect(sheet.name == "โครงการอบรมคุณธรรมจริยธรรม แก่บุคลากร")
        #expect(sheet.rawName == "โครงการอบรมคุณธรรมจริยธรรม แก่บุคลากร")
        #expect(!record.warnings.contains { $0.message.contains("no name") })
    }

    @Test func aBareNameLabelBeforeAnotherLabelHasNoName() throws {
        let record = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๖๘)

        ลำดับที่ ๑

        ๑. ชื่อโครงการ :

        ๒. หลักการและเหตุผล
        """)
        #expect(record.projects.isEmpty)
        #expect(record.warnings.contains { $0.line == 5 && $0.message.contains("no name") })
    }

    @Test func aSentenceAboutOneProjectJoinsTheProjectItsNameOpens() throws {
        let text = """
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        โครงการพัฒนาระบบบริการประชาชน (E-Service) งบประมาณ ๖๐,๐๐๐ บาท เบิกจ่ายแล้ว ๓๘,๐๐๐ บาท อยู่ระหว่างติดตั้ง
        โครงการอบรม จัดอบรมแล้ว งบประมาณ ๕,๐๐๐ บาท เบิกจ่าย ๔,๐๐๐ บาท

        ลำดับ\tโครงการ\tงบประมาณ\tเบิกจ่าย
        1\tโครงการพัฒนาระบบบริการประชาชน (E-Service)\t60,000.00\t38,000.00
        2\tโครงการอบรมคุณธรรม\t5,000.00\t4,000.00
        """
        let record = try record(text)
        // The sentence naming a project by a name no row has (`โครงการอบรม`, cut short) makes no project.
        #expect(record.projects.count == 2)
        let service = try #require(record.project(named: "E-Service"))
        let sentence = try #require(service.mentions.first { $0.role == .narrative })
        #expect(sentence.line == 3 && sentence.column == 1)
        #expect(sentence.name == "โครงการพัฒนาระบบบริการประชาชน (E-Service)")
        #expect(sentence.budgets[2567]?.value == .of("60000"))
        #expect(sentence.disbursed?.value == .of("38000"))
        #expect(sentence.confidence == .probable)
        #expect(try #require(record.project(named: "อบรมคุณธรรม")).mentions.count == 1)
    }

    @Test func differentProjectsInOneTableStayApart() throws {
        let record = try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ลำดับ\tโครงการ\tงบประมาณ (บาท)
        1\tโครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-Service)\t5,000
        2\tโครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (Line OA)\t0
        3\tโครงการพัฒนาระบบการให้บริการประชาชนผ่านระบบอิเล็กทรอนิกส์ (E-Service)\t5,000
        """)
        // Rows 1 and 2 are alike but two projects; row 3 repeats row 1 exactly: one project listed twice.
        #expect(record.projects.count == 2)
        #expect(record.projects[0].mentions.count == 2)
        #expect(record.projects[1].mentions.count == 1)
    }
}

/// Entries numbered like missions, their own spending, budgets worded with qualifiers, abbreviated type words.
@Suite struct ReportEntryTests {
    static let report = """
    รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖

    มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต

    ๑.๑ ชื่อโครงการ : โครงการอบรมสมาชิกสภา อบต. ในการตรวจสอบ
    จัดอบรมแล้ว ใช้งบประมาณ ๑๐,๐๐๐ บาท เบิกจ่าย ๙,๔๘๐ บาท คิดเป็นร้อยละ ๙๔.๘๐

    สรุปผลการดำเนินงาน
    เบิกจ่ายงบประมาณ ๙,๔๘๐ บาท จากงบประมาณที่ตั้งไว้ทั้งสิ้น ๑๐,๐๐๐ บาท คิดเป็นร้อยละ ๙๔.๘๐

    ผลการดำเนินงาน
    """ + "\n" + table

    static let table = """
    ลำดับ\tโครงการ\tงบประมาณ\tเบิกจ่าย
    1\tโครงการอบรมสมาชิกสภาองค์การบริหารส่วนตำบลในการตรวจสอบ\t10,000.00\t9,480.00
    """

    @Test func aNumberedNameLabelOpensAnEntryNotAMission() throws {
        let record = try record(Self.report)
        #expect(record.missions.isEmpty)
        // `อบต.` in the entry's name is written out, so the entry and the row are one project.
        #expect(record.projects.count == 1)
        let project = try #require(record.projects.first)
        #expect(project.mentions.map(\.role) == [.narrative, .statusRow])
        #expect(project.dimension == "1")
    }

    @Test func anEntrysOwnSpendingIsNotTheDocuments() throws {
        let record = try record(Self.report)
        // Only the summary line states the document's figures (though no heading closes the entry before it),
        // its budget worded `ที่ตั้งไว้ทั้งสิ้น`.
        #expect(record.declared(.disbursedTotal).map(\.line) == [9])
        #expect(record.declared(.budgetTotal).map(\.value.value) == [.of("10000")])
        #expect(record.declared(.disbursedPercent).map(\.line) == [9])
    }
}

/// Names written short: `ฯ` marks a name cut off.
@Suite struct ShortNameLinkingTests {
    /// `…แก่ผู้บริหารฯ`: the name written short with ไปยาลน้อย links to the whole name, as a name cut short.
    @Test func aNameCutShortWithPaiyannoiLinksToTheWholeName() throws {
        let parsed = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)

        ที่\tโครงการ\tปี ๒๕๖๘\tปี ๒๕๖๙
        1\tโครงการอบรมเสริมสร้างคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาท้องถิ่น และพนักงานส่วนตำบล\t20,000\t20,000

        บัญชีโครงการ ปีงบประมาณ ๒๕๖๘
        ที่\tโครงการ\tงบประมาณ\tไตรมาส ๑\tไตรมาส ๒\tไตรมาส ๓\tไตรมาส ๔
        1\tโครงการอบรมเสริมสร้างคุณธรรมจริยธรรมแก่ผู้บริหารฯ\t20,000\t✓\t\t\t
        """)
        #expect(parsed.projects.count == 1)
        let project = try #require(parsed.projects.first)
        #expect(project.mentions.map(\.line) == [4, 8])
        #expect(project.mentions.last?.confidence == .probable)
    }
}

/// The document's summary after its last entry (`สรุป … เบิกจ่ายงบประมาณทั้งสิ้น … บาท`) ends that entry and
/// is read as the document's totals, not as the entry's result.
@Suite struct SummaryAfterEntryTests {
    /// One entry, then `summary` as the paragraph after it (line 7).
    static func report(_ summary: String) throws -> PlanRecord {
        try record("""
        รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ๑.๑ โครงการอบรมปลูกจิตสำนึกการต่อต้านการทุจริต
        งบประมาณ ๑๕,๐๐๐ บาท เบิกจ่าย ๑๔,๘๐๐ บาท
        ผลการดำเนินการ ดำเนินการแล้วเสร็จ

        \(summary)
        """)
    }

    @Test func theSummaryClosesTheLastEntry() throws {
        let parsed = try Self.report("สรุป ดำเนินการทั้งสิ้น ๑ โครงการ เบิกจ่ายงบประมาณทั้งสิ้น ๑๔,๘๐๐ บาท จากงบประมาณ ๑๕,๐๐๐ บาท คิดเป็นร้อยละ ๙๘.๖๗")
        #expect(parsed.declared.map(\.what) == [.projectCount, .disbursedTotal, .budgetTotal, .disbursedPercent])
        #expect(parsed.declared.allSatisfy { $0.value.line == 7 })
        #expect(parsed.projects.first?.mentions.first?.endLine == 5)
    }

    /// Without `สรุป`, a paragraph that counts all the projects (`ทั้งสิ้น ๑ โครงการ`) is the summary too.
    @Test func aParagraphCountingAllProjectsClosesTheLastEntry() throws {
        let parsed = try Self.report("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ดำเนินการทั้งสิ้น ๑ โครงการ เบิกจ่ายงบประมาณทั้งสิ้น ๑๔,๘๐๐ บาท")
        #expect(parsed.declared.map(\.what) == [.projectCount, .disbursedTotal])
        #expect(parsed.projects.first?.mentions.first?.endLine == 5)
    }

    /// A report's numbered entry whose name has no kind word (`๓. ประชาคมตรวจสอบ…`), known by the field that opens
    /// below it: its figures are its own, linked to its row, not the entry above's.
    @Test func aNumberedEntryWithoutAKindWord() throws {
        let report = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘

        ที่\tโครงการ\tงบประมาณ\tเบิกจ่าย
        1\tมาตรการตรวจสอบการใช้ดุลพินิจทดสอบ\t0\t0
        2\tกิจกรรมประชาคมตรวจสอบการใช้จ่ายทดสอบ\t10,000\t5,000

        ๑. มาตรการตรวจสอบการใช้ดุลพินิจทดสอบ
        การดำเนินการ จัดทำคู่มือ
        งบประมาณ ไม่ใช้งบประมาณ
        ผลการดำเนินการ ดำเนินการแล้วเสร็จ

        ๒. ประชาคมตรวจสอบการใช้จ่ายทดสอบ
        การดำเนินการ จัดประชุมประชาคม
        ขั้นตอน
        ๑. ประชุมชี้แจง
        ๒. ลงพื้นที่
        งบประมาณ ๑๐,๐๐๐ บาท เบิกจ่าย ๕,๐๐๐ บาท
        ผลการดำเนินการ อยู่ระหว่างดำเนินการ
        """)
        #expect(report.projects.count == 2)
        let first = try #require(report.project(named: "ดุลพินิจ")?.mentions.first { $0.role == .narrative })
        #expect(first.budgets.isEmpty)
        #expect(first.disbursed?.value == .zero)
        let second = try #require(report.project(named: "ประชาคม")?.mentions.first { $0.role == .narrative })
        #expect(second.line == 12)
        #expect(second.numbering == "๒.")
        #expect(second.budgets[2568]?.value == ExactDecimal(10_000))
        #expect(second.disbursed?.value == ExactDecimal(5_000))
    }
}
