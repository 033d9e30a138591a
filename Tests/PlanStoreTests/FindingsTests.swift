import Testing
@testable import PlanStore
import PlanAudit

@Suite struct FindingsTests {
    static func lines(_ store: Store, _ filter: FindingFilter) throws -> [String] {
        var lines: [String] = []
        let count = try store.findings(matching: filter) { lines.append($0.compilerLine) }
        #expect(count == lines.count)
        return lines
    }

    @Test func everyFindingInCompilerFormByPathAndPlace() throws {
        let scratch = ScratchFolder()
        let store = try Sample.store(in: scratch)
        #expect(try Self.lines(store, FindingFilter()) == [
            "/reports/khok.txt:8:1: warning: [stated-count] the document says 3 projects; its table lists 3 and 1 spilled row",
            "/reports/nong.txt:12:5: error: [stated-count] the document says 6 projects; its table lists 7",
            "/reports/nong.txt:18:1: info: [amount-words] the amount in words agrees",
            "/reports/nong.txt:40:1: warning: [subtotal-sum] the subtotal is 45,000.00; its rows sum to 45,500.00",
        ])
        #expect(try store.query("SELECT errors, warnings, infos, read_warnings FROM documents ORDER BY path")
            == [["0", "1", "0", "2"], ["1", "1", "1", "0"]])
    }

    @Test func filtersBySeverityRuleAndOrganisation() throws {
        let scratch = ScratchFolder()
        let store = try Sample.store(in: scratch)
        #expect(try Self.lines(store, FindingFilter(minimumSeverity: .error)) == [
            "/reports/nong.txt:12:5: error: [stated-count] the document says 6 projects; its table lists 7",
        ])
        #expect(try Self.lines(store, FindingFilter(minimumSeverity: .warning)).count == 3)
        #expect(try Self.lines(store, FindingFilter(minimumSeverity: .info)).count == 4)
        #expect(try Self.lines(store, FindingFilter(rule: "stated-count")).count == 2)
        #expect(try Self.lines(store, FindingFilter(rule: "no-such-rule")) == [])
        #expect(try Self.lines(store, FindingFilter(organisation: "หนองตะเคียน")).count == 3)
        #expect(try Self.lines(store, FindingFilter(organisation: "โคก")) == [
            "/reports/khok.txt:8:1: warning: [stated-count] the document says 3 projects; its table lists 3 and 1 spilled row",
        ])
        #expect(try Self.lines(store, FindingFilter(organisation: "%")) == [], "taken literally, not as a LIKE pattern")
        #expect(try Self.lines(store, FindingFilter(minimumSeverity: .warning, rule: "stated-count", organisation: "หนอง")) == [
            "/reports/nong.txt:12:5: error: [stated-count] the document says 6 projects; its table lists 7",
        ])
    }
}
