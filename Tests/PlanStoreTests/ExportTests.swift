import Foundation
import Testing
import PlanRecords
@testable import PlanStore
import ThaiText

@Suite struct ExportTests {
    /// Export to a string.
    static func export(_ store: Store, _ table: ExportTable, _ format: ExportFormat) throws -> String {
        var text = ""
        try store.export(table, format: format) { text += $0 }
        return text
    }

    /// A small RFC 4180 reader, to read back what the exporter wrote.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex && scalars[index] == "\"" { field.unicodeScalars.append("\""); index = scalars.index(after: index) }
                    else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { record.append(field); field = "" }
            else if scalar == "\r" { continue }
            else if scalar == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.unicodeScalars.append(scalar) }
        }
        return records
    }

    @Test func csvStartsWithABOMHasAHeaderAndKeepsThaiTextAndQuotes() throws {
        let scratch = ScratchFolder()
        let thai = try scratch.copyCorpus("progress-report-2567.txt", to: "in/รายงานผล-๒๕๖๗.txt")
        let awkward = scratch.write([], to: "in/a,\"b\".txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        _ = try ingest([scratch.file("in")], into: store)

        let documents = try Self.export(store, .documents, .csv)
        #expect(Array(documents.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(documents.utf8.count > 3)
        let body = String(documents.dropFirst())  // the BOM
        #expect(body.hasPrefix("id,path,sha256,format,encoding,bytes,kind,title,organisation,organisation_type,district,"
            + "province,fiscal_year,period_from,period_to,project_count,declared_count,errors,warnings,infos,read_warnings,imported_at\r\n"))
        #expect(body.components(separatedBy: "\r\n").count == 3, "header, one row, and the empty piece after the last CRLF")
        let rows = Self.parseCSV(body)
        #expect(rows.count == 2)
        #expect(rows[1][1] == thai, "Thai text intact")
        #expect(rows[1][2] == SHA256.hex(try InputFile.readBytes(thai)))
        #expect(rows.allSatisfy { $0.count == rows[0].count })

        let failures = try Self.export(store, .failures, .csv)
        #expect(failures.contains("\"\(scratch.file("in/a,\"\"b\"\".txt"))\""), "quotes doubled, field quoted")
        let failureRows = Self.parseCSV(String(failures.dropFirst()))
        #expect(failureRows[0] == ["path", "sha256", "bytes", "reason", "failed_at"])
        #expect(Array(failureRows[1].prefix(4)) == [awkward, SHA256.hex([]), "0", "empty file"])
    }

    @Test func jsonLinesAreOneObjectPerRowWithDecimalsAsStrings() throws {
        let scratch = ScratchFolder()
        let store = try Sample.store(in: scratch)
        let projects = try Self.export(store, .projects, .jsonl)
        let lines = projects.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["path"] as? String == "/reports/khok.txt")
        #expect(first["name"] as? String == "โครงการอบรมคุณธรรมจริยธรรม")
        #expect(first["disbursed"] as? String == "18500.50")
        #expect(first["budgets"] as? [String: String] == ["2567": "20000.00", "2568": "25000.00"])
        #expect(first["status"] as? String == "completed")
        #expect(first["kind"] as? String == "project")
        #expect(first["mention_count"] as? Int == 2)

        let documents = try Self.export(store, .documents, .jsonl).split(separator: "\n")
        #expect(documents.count == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(documents[1].utf8)) as? [String: Any])
        #expect(document["organisation"] as? String == "เทศบาลตำบลหนองตะเคียนงาม")
        #expect(document["province"] as? String == "ศรีสะเกษ")
        #expect(document["fiscal_year"] as? Int == 2567)
        #expect(document["errors"] as? Int == 1)
        #expect((document["record"] as? [String: Any])?["version"] as? String == PlanRecord.schemaVersion)

        for table in ExportTable.allCases {
            for line in try Self.export(store, table, .jsonl).split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(table): \(line)")
            }
        }
    }

    @Test func figuresAreStoredAsDecimalTextNeverReal() throws {
        let scratch = ScratchFolder()
        let store = try Sample.store(in: scratch)
        let path = "/reports/nong.txt"
        #expect(try store.query("""
            SELECT typeof(p.disbursed), p.disbursed, p.budgets_json FROM projects p JOIN documents d ON d.id = p.document_id
            WHERE d.path = ?
            """, [path]) == [["text", "18500.50", "{\"2567\":\"20000.00\",\"2568\":\"25000.00\"}"]])
        #expect(try store.query("SELECT typeof(x.value), x.value, x.raw, x.year FROM declared x JOIN documents d ON d.id = x.document_id WHERE d.path = ?",
                                [path]) == [["text", "45000.00", "๔๕,๐๐๐.๐๐", "2567"]])
        #expect(try store.query("SELECT s.kind, s.number, s.name, s.tool, s.value, s.weight, s.line FROM scores s JOIN documents d ON d.id = s.document_id WHERE d.path = ? ORDER BY s.id",
                                [path]) == [
            ["indicator", "1", "การปฏิบัติหน้าที่", "IIT", "99.65", nil, "10"],
            ["tool", nil, "EIT", "EIT", "88.10", "30", "12"],
            ["overall", nil, "overall", nil, "85.12", nil, "20"],
            ["grade", nil, "grade", nil, "A", nil, "21"],
        ])
        #expect(try store.query("SELECT m.role, m.line, m.end_line, m.confidence FROM mentions m ORDER BY m.id LIMIT 2")
            == [["statusRow", "33", "33", "exact"], ["narrative", "51", "53", "exact"]])
        #expect(try store.query("SELECT evidence_json FROM findings WHERE rule = 'amount-words'")
            == [["[{\"line\":18,\"column\":1,\"text\":\"จำนวน ๖ โครงการ\",\"value\":\"๖\",\"note\":\"stated\"}]"]])
        // Deleting a document takes all its rows with it.
        _ = try store.write { db in try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [path]) }
        #expect(try store.count("documents") == 1)
        #expect(try store.count("declared") == 1)
        #expect(try store.count("scores") == 4)
        #expect(try store.count("findings") == 1)
    }
}
