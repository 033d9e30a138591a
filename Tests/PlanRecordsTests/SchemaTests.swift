import Foundation
import Testing
import PlanRecords

/// The JSON the parser writes and the schema kept in the repository describe the same thing.
@Suite struct SchemaTests {
    static func load(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func versionMatchesTheSchema() throws {
        let schema = try Self.load(Paths.root + "/schema/records.schema.json")
        let properties = try #require(schema["properties"] as? [String: Any])
        let version = try #require(properties["version"] as? [String: Any])
        #expect(version["const"] as? String == PlanRecord.schemaVersion)
    }

    @Test(arguments: GoldenRecordsTests.corpus)
    func outputHasEveryRequiredField(_ name: String) throws {
        let schema = try Self.load(Paths.root + "/schema/records.schema.json")
        let json = RecordJSON.object(try corpusRecord(name))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in try #require(schema["required"] as? [String]) {
            #expect(object[key] != nil, "missing \(key)")
        }
        // Each top-level list whose items the schema describes inline: every item has the required keys.
        for (key, value) in try #require(schema["properties"] as? [String: Any]) {
            guard let property = value as? [String: Any], property["type"] as? String == "array",
                  let required = (property["items"] as? [String: Any])?["required"] as? [String] else { continue }
            for item in try #require(object[key] as? [[String: Any]], "\(key) is not a list") {
                for field in required { #expect(item[field] != nil, "\(key) item missing \(field)") }
            }
        }
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let projectSchema = try #require(definitions["project"] as? [String: Any])
        let projectRequired = try #require(projectSchema["required"] as? [String])
        for project in try #require(object["projects"] as? [[String: Any]]) {
            for key in projectRequired { #expect(project[key] != nil, "project missing \(key)") }
            let budgets = try #require(project["budgets"] as? [String: String])
            for (year, amount) in budgets {
                #expect(Int(year).map { (2400...2700).contains($0) } == true)
                #expect(amount.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" })
            }
        }
    }
}

/// The citations and dates the checker reads are in the JSON, each at its place (schema 1.1).
@Suite struct CitationJSONTests {
    @Test func lawsAndDatesAreWrittenWithTheirPlaces() throws {
        let text = """
        รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
        อ้างถึง พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ และหนังสือที่เกี่ยวข้อง
        จัดอบรมเมื่อวันที่ ๑๕ ม.ค. ๒๕๖๗ ผู้เข้าร่วม ๘๐ คน
        """
        let json = RecordJSON.object(try record(text))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.count == 1)
        #expect(citations.first?["key"] as? String == "พระราชบัญญัติข้อมูลข่าวสารของราชการ")
        #expect(citations.first?["year"] as? Int == 2540)
        #expect(citations.first?["line"] as? Int == 2)
        let dates = try #require(object["dateMentions"] as? [[String: Any]])
        #expect(dates.count == 1)
        #expect(dates.first?["ce"] as? String == "2024-01-15")
        #expect(dates.first?["be"] as? String == "2567-01-15")
        #expect(dates.first?["line"] as? Int == 3)
        #expect(dates.first?["raw"] as? String == "๑๕ ม.ค. ๒๕๖๗")
    }
}
