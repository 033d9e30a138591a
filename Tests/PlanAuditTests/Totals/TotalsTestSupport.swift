#if canImport(Glibc)
import Glibc
#endif
import DocumentReader
@testable import PlanAudit
import PlanRecords

/// Small documents written in the tests, read as text, and the totals rules run over them.
enum TotalsDoc {
    static func record(_ text: String, format: DocumentFormat = .text) throws -> PlanRecord {
        try RecordReader.read(Array(text.utf8), path: "test.txt", options: .init(format: format))
    }

    static func findings(_ rule: any AuditRule, _ text: String, options: AuditOptions = AuditOptions()) throws -> [Finding] {
        rule.check(try record(text), options)
    }

    /// The 1-based line of the first line containing `marker`.
    static func line(of marker: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(marker) } ?? -1) + 1
    }

    struct ReportRow {
        var name: String
        var dimension: String = "1"
        var budget: String
        var disbursed: String
        /// 0 not started, 1 in progress, 2 completed.
        var status: Int = 2
    }

    /// A progress report for 2567 with a status table and a summary.
    static func report(count: String = "๓", rows: [ReportRow], total: String? = nil, tallies: String,
                       money: String) -> String {
        var lines = [
            "องค์การบริหารส่วนตำบลทดสอบนิยาย",
            "",
            "รายงานผลการดำเนินการตามแผนปฏิบัติการ",
            "ด้านการป้องกันและปราบปรามการทุจริต",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "",
            "องค์การบริหารส่วนตำบลทดสอบนิยาย ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ดำเนินการ จำนวน \(count) โครงการ ตามรายละเอียดดังนี้",
            "",
            "ตารางที่ ๑ สถานะการดำเนินการ",
            "ลำดับ\tโครงการ\tมิติ\tงบประมาณ (บาท)\tเบิกจ่าย (บาท)\tยังไม่ดำเนินการ\tอยู่ระหว่างดำเนินการ\tดำเนินการแล้วเสร็จ",
        ]
        for (index, row) in rows.enumerated() {
            let ticks = (0..<3).map { $0 == row.status ? "☑" : "" }.joined(separator: "\t")
            lines.append("\(index + 1)\t\(row.name)\t\(row.dimension)\t\(row.budget)\t\(row.disbursed)\t\(ticks)")
        }
        if let total { lines.append(total) }
        lines += ["", tallies, money, "", "ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗"]
        return lines.joined(separator: "\n") + "\n"
    }

    static let threeRows = [
        ReportRow(name: "โครงการอบรมจริยธรรมพนักงานทดสอบ", budget: "20,000.00", disbursed: "18,500.00"),
        ReportRow(name: "มาตรการเปิดเผยข้อมูลทดสอบ", dimension: "2", budget: "0.00", disbursed: "0.00", status: 1),
        ReportRow(name: "โครงการประชาคมทดสอบ", dimension: "3", budget: "10,000.00", disbursed: "1,500.00", status: 0),
    ]
    static let threeTallies = "สรุปผล ดำเนินการแล้วเสร็จ ๑ โครงการ อยู่ระหว่างดำเนินการ ๑ โครงการ ยังไม่ดำเนินการ ๑ โครงการ"
    /// 20,000 / 30,000 → 66.67%.
    static let threeMoney = "เบิกจ่ายงบประมาณทั้งสิ้น ๒๐,๐๐๐ บาท จากงบประมาณ ๓๐,๐๐๐ บาท คิดเป็นร้อยละ ๖๖.๖๗"

    /// A summary table for 2568–2570 with two dimensions (rows: 20,000/0/15,000/25,000 and 30,000/20,000/0 in
    /// 2568), their subtotals and a grand total; then a 2568 year table with quarter ticks (Q1 2, Q2 3, Q3 2,
    /// Q4 1) and its total row. The figures are right by default.
    static func plan(count1: String = "๔", subtotal1: String = "๖๐,๐๐๐ บาท\t๓๕,๐๐๐ บาท\t๖๐,๐๐๐ บาท",
                     subtotal2: String = "๕๐,๐๐๐ บาท\t๕๐,๐๐๐ บาท\t๕๐,๐๐๐ บาท",
                     grand: String = "๑๑๐,๐๐๐ บาท\t๘๕,๐๐๐ บาท\t๑๑๐,๐๐๐ บาท", quarterTotals: String = "2\t3\t2\t1",
                     row3: String = "๑๕,๐๐๐\t๑๕,๐๐๐\t๑๕,๐๐๐") -> String {
        """
        ประกาศเทศบาลตำบลทดสอบนิยาย
        เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๗๐)

        มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี ๒๕๖๘\tปี ๒๕๖๙\tปี ๒๕๗๐\tหมายเหตุ
        \t\t\tงบประมาณ (บาท)\tงบประมาณ (บาท)\tงบประมาณ (บาท)\t
        ๑. การสร้างวัฒนธรรมสุจริต\t๑.๑ การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากร\t๑) โครงการอบรมปลูกจิตสำนึกความซื่อสัตย์แก่ผู้บริหารและพนักงานเทศบาล\t๒๐,๐๐๐\t๒๐,๐๐๐\t๒๐,๐๐๐\tสำนักปลัดเทศบาล
        \t\t๒) มาตรการเปิดเผยการมีส่วนได้เสียของพนักงานเทศบาล\t๐\t๐\t๐\tสำนักปลัดเทศบาล
        \t๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชน\t๓) โครงการส่งเสริมชุมชนต้นแบบคุณธรรม\t\(row3)\tกองสวัสดิการสังคม
        \t๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน\t๔) โครงการค่ายเยาวชนรู้ทันการทุจริต\t๒๕,๐๐๐\t-\t๒๕,๐๐๐\tกองการศึกษา
        \tรวม\tจำนวน \(count1) โครงการ\t\(subtotal1)\t
        ๒. การบริหารราชการด้วยความโปร่งใส\t๒.๑ การเปิดเผยข้อมูลสาธารณะ\t๕) โครงการพัฒนาระบบเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\t๓๐,๐๐๐\t๓๐,๐๐๐\t๓๐,๐๐๐\tสำนักปลัดเทศบาล
        \t\t๖) โครงการจัดทำจดหมายข่าวรายงานผลการดำเนินงาน\t๒๐,๐๐๐\t๒๐,๐๐๐\t๒๐,๐๐๐\tกองยุทธศาสตร์และงบประมาณ
        \t๒.๒ การลดการใช้ดุลพินิจ\t๗) มาตรการลดขั้นตอนการขออนุญาตก่อสร้าง\t๐\t๐\t๐\tกองช่าง
        \tรวม\tจำนวน ๓ โครงการ\t\(subtotal2)\t
        \tรวมทั้งสิ้น\tจำนวน ๗ โครงการ\t\(grand)\t

        แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2568 ของ เทศบาลตำบลทดสอบนิยาย

        ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)\tดำเนินการไตรมาส\t\t\t\tหมายเหตุ
        \t\t\t\t1\t2\t3\t4\t
        1\tโครงการอบรมปลูกจิตสำนึกความซื่อสัตย์แก่ผู้บริหารและพนักงานเทศบาล\t1\t20,000.00\t☑\t☑\t\t\t
        2\tมาตรการเปิดเผยการมีส่วนได้เสียของพนักงานเทศบาล\t1\t0.00\t\t☑\t☑\t\t
        3\tโครงการส่งเสริมชุมชนต้นแบบคุณธรรม\t1\t15,000.00\t\t\t☑\t☑\t
        4\tโครงการพัฒนาระบบเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์\t2\t30,000.00\t☑\t☑\t\t\t
        รวมทั้งสิ้น\t\t\t65,000.00\t\(quarterTotals)\t

        """
    }

    // MARK: Corpus and seeds

    static let root: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let seeds = root + "/../shared/seeds"
    static var seedsAvailable: Bool { access(seeds + "/000_f9f072e376e2edef.txt", R_OK) == 0 }

    static func totals(_ record: PlanRecord) -> [Finding] {
        RuleCatalog.totalsRules.flatMap { $0.check(record, AuditOptions()) }
    }
}
