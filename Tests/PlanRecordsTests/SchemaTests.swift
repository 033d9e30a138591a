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
