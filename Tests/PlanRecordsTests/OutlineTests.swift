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
}
