import Testing
import PlanRecords

/// A memo's `ที่` (reference) and `วันที่` (date): on lines of their own, on one line together, and inside one
/// block of joined HTML paragraphs.
@Suite struct MemoHeaderTests {
    static let subject = "**เรื่อง** รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"

    @Test func referenceAndDateOnOneLine() throws {
        let memo = try record("""
        # บันทึกข้อความ

        **ส่วนราชการ** สำนักปลัด เทศบาลตำบลห้วยน้ำเย็น

        **ที่** ลป ๖๑๒๐๓/๔๔   **วันที่** ๒ พฤศจิกายน ๒๕๖๗

        \(Self.subject)
        """, as: .markdown)
        #expect(memo.document.kind == .itaAnalysisMemo)
        #expect(memo.document.reference?.value == "ลป ๖๑๒๐๓/๔๔")
        #expect(memo.document.reference?.line == 5)
        #expect(memo.document.issued?.value.description == "2024-11-02")
        #expect(memo.document.issued?.line == 5)
    }

    /// A text export sets the date after a tab (`ที่ …⇥วันที่ …`), and the signature in by tabs.
    @Test func referenceAndDateSetApartByATab() throws {
        let memo = try record("""
        บันทึกข้อความ
        ส่วนราชการ สำนักปลัด เทศบาลตำบลห้วยน้ำเย็น
        ที่ ลป ๖๑๒๐๓/๔๔\tวันที่ ๒ พฤศจิกายน ๒๕๖๗
        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        \t\t(นางสาวทดลอง ใจดี)
        \t\tปลัดเทศบาลตำบลห้วยน้ำเย็น
        """)
        #expect(memo.document.kind == .itaAnalysisMemo)
        #expect(memo.document.title?.value == "รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
        #expect(memo.document.reference?.value == "ลป ๖๑๒๐๓/๔๔")
        #expect(memo.document.issued?.value.description == "2024-11-02")
        #expect(memo.document.issued?.line == 3)
        #expect(memo.document.signatories.first?.name.value == "นางสาวทดลอง ใจดี")
        #expect(memo.warnings.isEmpty)
    }

    @Test func referenceAndDateOnLinesOfTheirOwn() throws {
        let memo = try record("""
        บันทึกข้อความ
        ส่วนราชการ สำนักปลัด เทศบาลตำบลห้วยน้ำเย็น
        ที่ ลป ๖๑๒๐๓/๔๔
        วันที่ ๒ พฤศจิกายน ๒๕๖๗
        \(Self.subject)
        """)
        #expect(memo.document.reference?.value == "ลป ๖๑๒๐๓/๔๔")
        #expect(memo.document.reference?.line == 3)
        #expect(memo.document.issued?.line == 4)
    }

    @Test func headerParagraphsJoinedInHTML() throws {
        let memo = try record("""
        <html><body>
        <p><b>บันทึกข้อความ</b></p>
        <p><b>ส่วนราชการ</b>&nbsp;&nbsp;กองคลัง เทศบาลเมืองท่าข้าม</p>
        <p><b>ที่</b>&nbsp;&nbsp;สฎ ๕๒๑๐๔/๙๙&nbsp;&nbsp;&nbsp;&nbsp;<b>วันที่</b>&nbsp;&nbsp;๑๑ ตุลาคม ๒๕๖๖</p>
        <p><b>เรื่อง</b>&nbsp;&nbsp;รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</p>
        </body></html>
        """, as: .html)
        #expect(memo.document.reference?.value == "สฎ ๕๒๑๐๔/๙๙")
        #expect(memo.document.reference?.line == 4)
        #expect(memo.document.issued?.value.description == "2023-10-11")
        #expect(memo.document.issued?.line == 4)
        // The title is the เรื่อง line, placed on it (not on the header block's first line).
        #expect(memo.document.title?.value.hasPrefix("รายงานผลการวิเคราะห์") == true)
        #expect(memo.document.title?.line == 5)
    }

    /// `ที่` opening an ordinary sentence is no reference: there is no document number after it.
    @Test func aSentenceOpeningWithTheLabelIsNoReference() throws {
        let memo = try record("""
        บันทึกข้อความ
        ที่ ประชุมมีมติให้รายงานผลภายในวันที่ ๓๐ กันยายน ๒๕๖๗
        \(Self.subject)
        """)
        #expect(memo.document.reference == nil)
    }
}

/// A signature's position under its name, also when a blank line separates them or the name is set in bold.
@Suite struct SignatureTests {
    @Test func positionBelowABlankLineAndBoldName() throws {
        let plan = try record("""
        # ประกาศเทศบาลตำบลห้วยน้ำเย็น

        ประกาศ ณ วันที่ ๒๓ กันยายน พ.ศ. ๒๕๖๕

        **(นางวิมลรัตน์ ศรีสุวรรณ)**

        **นายกเทศมนตรีตำบลห้วยน้ำเย็น**

        ## ส่วนที่ ๒ แผนปฏิบัติการป้องกันการทุจริต
        """, as: .markdown)
        let signer = try #require(plan.document.signatories.first)
        #expect(signer.name.value == "นางวิมลรัตน์ ศรีสุวรรณ")
        #expect(signer.name.line == 5)
        #expect(signer.position == "นายกเทศมนตรีตำบลห้วยน้ำเย็น")
    }

    /// The organisation's own line below a title is no part of it; `ของ…` joined to it is.
    @Test func aTitleStopsAtTheOrganisationsLine() throws {
        let report = try record("""
        รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต
        ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
        องค์การบริหารส่วนตำบลทดสอบ อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง
        """)
        #expect(report.document.title?.value == "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๐)
        ขององค์การบริหารส่วนตำบลทดสอบ
        """)
        #expect(plan.document.title?.value == "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๐) ขององค์การบริหารส่วนตำบลทดสอบ")
    }

    /// Word paragraphs with no empty one between them: the organisation's name above the title is no part of it,
    /// and `ประกาศ ณ วันที่ …` inside the closing block is still the report's date.
    @Test func aDenseWordReportsTitleAndDate() throws {
        let report = try record("""
        <html><body>
        <p class=MsoNormal>องค์การบริหารส่วนตำบลทดสอบ</p>
        <p class=MsoNormal>รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต</p>
        <p class=MsoNormal>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>
        <p class=MsoNormal>ตามที่ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐) นั้น</p>
        <p class=MsoNormal>&nbsp;</p>
        <p class=MsoNormal>จึงรายงานมาเพื่อทราบ</p>
        <p class=MsoNormal>ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗</p>
        </body></html>
        """, as: .html)
        #expect(report.document.title?.value == "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
        #expect(report.document.title?.line == 3)
        #expect(report.document.issued?.value.description == "2024-09-30")
        #expect(report.document.issued?.line == 8)
        // The plan its first sentence cites is no period of the report's own.
        #expect(report.document.fiscalYear?.value == 2567)
        #expect(report.document.period == nil)
    }
}
