import Foundation
import PlanRecords
import Testing

/// Every value the records place is written where they say: its raw text at its line and column of the
/// source, or on its line where only the line is given. Text and markdown sources; HTML wraps its text over
/// the lines of its markup, so its places are tested on the markup (MarkupPlacesTests).
@Suite struct PlacesTests {
    static let textCorpus = GoldenRecordsTests.corpus.filter { !$0.hasSuffix(".html") }

    @Test(arguments: textCorpus)
    func corpusValuesAreWhereTheRecordsSay(_ name: String) throws {
        let checked = try Self.checkPlaces(of: corpusRecord(name), source: Paths.root + "/corpus/" + name)
        #expect(checked.withColumn > 0)
    }

    @Test(.enabled(if: Paths.seedsAvailable),
          arguments: [Seed.progressReport, Seed.multiYearPlan, Seed.itaMeasures, Seed.planWithDetails, Seed.itaMemo])
    func seedValuesAreWhereTheRecordsSay(_ name: String) throws {
        let checked = try Self.checkPlaces(of: Seed.record(name), source: Paths.seeds + "/" + name)
        #expect(checked.withColumn + checked.lineOnly > 0)
    }

    /// Walks the record's JSON: each object with a `line` and a `raw` is checked against the source's lines.
    static func checkPlaces(of record: PlanRecord, source path: String) throws -> (withColumn: Int, lineOnly: Int) {
        let text = try String(contentsOfFile: path, encoding: .utf8).precomposedStringWithCanonicalMapping
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let json = try JSONSerialization.jsonObject(with: Data(RecordJSON.object(record).utf8))
        var checked = (withColumn: 0, lineOnly: 0)
        func walk(_ value: Any, _ path: String) {
            if let object = value as? [String: Any] {
                if let line = object["line"] as? Int, let raw = object["raw"] as? String, !raw.isEmpty,
                   // A sum written over several places (`๑,๔๕๐,๐๐๐ บาท + ๒,๔๓๗,๑๕๕ บาท`) stands nowhere as one.
                   !raw.contains(" + ") {
                    let written = Array(raw.split(separator: "\n", omittingEmptySubsequences: false)[0].unicodeScalars)
                    let sourceLine = (1...lines.count).contains(line) ? lines[line - 1] : []
                    if let column = object["column"] as? Int {
                        checked.withColumn += 1
                        let at = column >= 1 && column - 1 + written.count <= sourceLine.count
                            ? Array(sourceLine[(column - 1)..<(column - 1 + written.count)]) : []
                        #expect(at == written, "\(path) `\(raw)` is not at \(line):\(column)")
                    } else {
                        checked.lineOnly += 1
                        #expect(String(String.UnicodeScalarView(sourceLine)).contains(String(String.UnicodeScalarView(written))),
                                "\(path) `\(raw)` is not on line \(line)")
                    }
                }
                for (key, inner) in object { walk(inner, path + "." + key) }
            } else if let list = value as? [Any] {
                for inner in list { walk(inner, path) }
            }
        }
        walk(json, "")
        return checked
    }
}
