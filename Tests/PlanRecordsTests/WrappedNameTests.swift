import Testing
import PlanRecords

/// Names the export wrapped: onto the line below a sheet's `ชื่อโครงการ`, or over paragraphs of a table cell.
@Suite struct WrappedNameTests {
    static func sheet(_ nameLines: String) throws -> Mention {
        let plan = try record("""
        แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๗ - ๒๕๗๐)

        ลำดับที่ ๑

        \(nameLines)

        ๒. หลักการและเหตุผล

        เพื่อให้การดำเนินงานเป็นไปอย่างโปร่งใส
        """)
        return try #require(plan.projects.first?.mentions.first { $0.role == .detailSheet })
    }

    @Test func aNameWrappedOntoTheLineBelow() throws {
        let sheet = try Self.sheet("""
        ๑. ชื่อโครงการ : โครงการอบรมสมาชิกสภาเพื่อเสริมสร้างบทบาท
        การตรวจสอบการดำเนินงาน
        """)
        #expect(sheet.name == "โครงการอบรมสมาชิกสภาเพื่อเสริมสร้างบทบาทการตรวจสอบการดำเนินงาน")
        #expect(sheet.line == 5)
    }

    @Test func aNameWrappedBeforeTheNextFieldAfterABlankLine() throws {
        let sheet = try Self.sheet("""
        ๑. ชื่อโครงการ : มาตรการเปิดเผยข้อมูลสาธารณะ

        และกำกับติดตามการเผยแพร่ข้อมูล
        """)
        #expect(sheet.name == "มาตรการเปิดเผยข้อมูลสาธารณะและกำกับติดตามการเผยแพร่ข้อมูล")
    }

    /// A long paragraph below the name is text of its own, not the name's end.
    @Test func aLongParagraphIsNotTheNamesEnd() throws {
        let long = String(repeating: "การดำเนินงาน", count: 10)
        let sheet = try Self.sheet("""
        ๑. ชื่อโครงการ : โครงการประชาคมหมู่บ้าน
        \(long)
        """)
        #expect(sheet.name == "โครงการประชาคมหมู่บ้าน")
    }

    @Test func aCellNameOverParagraphsIsOneLine() throws {
        let report = try record("""
        <html><body>
        <p>แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๙ - ๒๕๗๑)</p>
        <table>
        <tr><td>ลำดับ</td><td>โครงการ/กิจกรรม</td><td>งบประมาณ (บาท)</td></tr>
        <tr><td>1</td><td><p>โครงการอบรมคุณธรรมแก่พนักงาน</p><p>เทศบาลและพนักงานจ้าง</p></td><td>20,000</td></tr>
        </table>
        </body></html>
        """, as: .html)
        let name = try #require(report.projects.first?.name)
        #expect(!name.contains("\n"))
        #expect(name.hasPrefix("โครงการอบรมคุณธรรมแก่พนักงาน") && name.hasSuffix("เทศบาลและพนักงานจ้าง"))
    }

    /// `<br>` inside a word is a wrap the author typed to fit the column: the word is whole again, as a text
    /// table's continuation row is joined. Between two words the break is a space; a blank line always is.
    @Test func aCellNameWrappedInsideAWordIsJoinedWithoutASpace() throws {
        let report = try record("""
        <html><body>
        <p>รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>
        <table>
        <tr><td>ลำดับ</td><td>โครงการ/กิจกรรม</td><td>งบประมาณ (บาท)</td></tr>
        <tr><td>1</td><td>โครงการพัฒนาศักยภาพบุคลา<br>กรด้านคุณธรรม</td><td>20,000</td></tr>
        <tr><td>2</td><td>โครงการเผยแพร่ข้อมูลข่าวสาร<br>(ป้ายประชาสัมพันธ์)</td><td>5,000</td></tr>
        <tr><td>3</td><td>มาตรการตรวจสอบการใช้รถยนต์<br><br>ส่วนกลาง</td><td>-</td></tr>
        </table>
        </body></html>
        """, as: .html)
        let names = report.projects.map(\.name)
        #expect(names.contains("โครงการพัฒนาศักยภาพบุคลากรด้านคุณธรรม"))
        #expect(names.contains("โครงการเผยแพร่ข้อมูลข่าวสาร (ป้ายประชาสัมพันธ์)"))
        #expect(names.contains("มาตรการตรวจสอบการใช้รถยนต์ ส่วนกลาง"))
        #expect(report.projects.count == 3)
    }
}
