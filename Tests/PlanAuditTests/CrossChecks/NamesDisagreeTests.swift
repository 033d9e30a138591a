import Testing
@testable import PlanAudit
import PlanRecords
import DocumentReader

@Suite struct NamesDisagreeTests {
    static func plan(_ line: String) -> String {
        """
        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. ๒๕๖๗ - ๒๕๗๐
        เทศบาลตำบลหนองทดสอบงาม อำเภอตัวอย่าง จังหวัดตัวอย่าง

        เทศบาลตำบลหนองทดสอบงาม ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต

        \(line)

        ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖
        """
    }

    @Test func foreignNameAndMisspelling() throws {
        let foreign = try CrossCheckDoc.findings(NamesDisagree(), Self.plan("เพื่อให้เทศบาลตำบลม่วงทดลอง มีความโปร่งใส"))
        #expect(foreign.count == 1)
        let finding = try #require(foreign.first)
        #expect(finding.rule == "names-disagree")
        #expect(finding.severity == .warning)
        #expect(finding.line == 6)
        #expect(finding.message.contains("เทศบาลตำบลม่วงทดลอง"))
        #expect(finding.evidence.last?.line == 2)

        let spelled = try CrossCheckDoc.findings(NamesDisagree(), Self.plan("เพื่อให้เทศบาลตำบลหนองทดสอบงาน มีความโปร่งใส"))
        #expect(spelled.count == 1)
        #expect(spelled.first?.message.contains("spelled เทศบาลตำบลหนองทดสอบงาน") == true)
        #expect(spelled.first?.actual == "เทศบาลตำบลหนองทดสอบงาน")
    }

    @Test func quietForOwnNameHigherBodiesAndLists() throws {
        #expect(try CrossCheckDoc.findings(NamesDisagree(), Self.plan("เทศบาลตำบลหนองทดสอบงามได้ดำเนินการ ร่วมกับอำเภอตัวอย่าง และองค์การบริหารส่วนจังหวัดตัวอย่าง")).isEmpty)
        #expect(try CrossCheckDoc.findings(NamesDisagree(), Self.plan("ศึกษาดูงาน ณ เทศบาลตำบลบ้านหนึ่ง เทศบาลตำบลบ้านสอง และเทศบาลตำบลบ้านสาม")).isEmpty)
    }

    /// `…สมาชิกสภาเทศบาลตำบลด้านการตรวจสอบ…`: a type word inside a project's name, followed by a phrase, names no one.
    @Test func quietForATypeWordInsideAPhrase() throws {
        #expect(try CrossCheckDoc.findings(NamesDisagree(), Self.plan("จึงได้จัดทำโครงการอบรมสมาชิกสภาเทศบาลตำบลด้านการคลัง ขึ้น")).isEmpty)
        #expect(try CrossCheckDoc.findings(NamesDisagree(), Self.plan("โครงการพัฒนาเทศบาลตำบลเพื่อชุมชน ประจำปี")).isEmpty)
    }
}
