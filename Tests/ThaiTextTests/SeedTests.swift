import Testing
@testable import ThaiText

/// The real documents in ../shared/seeds (beside the repository; always there in CI).
enum Seeds {
    static let folder: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/../shared/seeds"
    }()

    static let names = ["000_f9f072e376e2edef.txt", "001_a9360fd20494890e.txt", "002_7b7598d7b73c97ce.txt",
                        "003_485adfa02450d3b7.txt", "004_3c4ce964b232360a.txt"]

    static var available: Bool { (try? InputFile.readBytes(folder + "/" + names[0])) != nil }

    static func text(_ name: String) throws -> [UInt8] { try InputFile.read(folder + "/" + name).bytes }
}

/// Every offset at which `needle` occurs in `haystack`.
func occurrences(of needle: String, in haystack: [UInt8]) -> [Int] {
    let pattern = Array(needle.utf8)
    guard pattern.count <= haystack.count else { return [] }
    var found: [Int] = []
    var index = 0
    while index + pattern.count <= haystack.count {
        if haystack[index] == pattern[0] && haystack[index..<(index + pattern.count)].elementsEqual(pattern) { found.append(index) }
        index += 1
    }
    return found
}

@Suite(.enabled(if: Seeds.available, "../shared/seeds is not beside the repository"))
struct SeedScanTests {
    static let calendarKinds: Set<TokenKind> = [.year, .yearRange, .date, .monthYear, .dateRange, .fiscalYear, .fiscalYearRange, .fiscalYearList]

    /// Every พ.ศ. followed by digits is read as part of a year, date or fiscal year.
    @Test(arguments: Seeds.names)
    func everyBuddhistEraYearIsRead(_ name: String) throws {
        let text = try Seeds.text(name)
        let tokens = LexicalScanner.scan(text)
        let calendarSpans = tokens.filter { Self.calendarKinds.contains($0.kind) }.map(\.span.bytes)
        var checked = 0
        for offset in occurrences(of: "พ.ศ.", in: text) {
            var next = offset + "พ.ศ.".utf8.count
            while next < text.count && text[next] == 0x20 { next += 1 }
            guard text.withUnsafeBufferPointer({ ThaiScript.digit($0, next) }) != nil else { continue }
            checked += 1
            #expect(calendarSpans.contains { $0.contains(offset) }, "\(name): พ.ศ. at byte \(offset) not read")
        }
        #expect(checked > 0, "\(name) states its years with พ.ศ.")
    }

    /// No identifier is read as an amount: section numbers, law references and document numbers keep
    /// their kind, and money always has บาท or words beside it.
    @Test(arguments: Seeds.names)
    func noIdentifierReadAsAnAmount(_ name: String) throws {
        let text = try Seeds.text(name)
        let tokens = LexicalScanner.scan(text)
        for token in tokens where token.kind == .money {
            let raw = token.raw(in: text)
            #expect(raw.contains("บาท") || raw.contains("("), "\(name):\(token.line) \(raw)")
            #expect(!raw.contains("/"), "\(name):\(token.line) \(raw)")
        }
        for offset in occurrences(of: "มาตรา ", in: text) {
            let covering = tokens.first { $0.span.bytes.contains(offset) }
            let next = offset + "มาตรา ".utf8.count
            guard text.withUnsafeBufferPointer({ ThaiScript.digit($0, next) }) != nil else { continue }
            #expect(covering?.kind == .lawReference, "\(name): มาตรา at byte \(offset)")
        }
        // Section numbers written at the start of a line (๑.๑, ๒.๑.๓) are outline markers.
        for token in tokens where token.kind == .count || token.kind == .money || token.kind == .percent {
            if case .count(let value, let classifier) = token.value {
                #expect(value.isInteger || Classifiers.measures.contains(classifier), "\(name):\(token.line) \(token.raw(in: text))")
            }
        }
    }

    /// Organisation names with number words inside (ศรีสองรัก, ตำบลสอง) give no number tokens.
    @Test(arguments: Seeds.names)
    func namesHideNoNumbers(_ name: String) throws {
        let text = try Seeds.text(name)
        for token in LexicalScanner.scan(text) where token.kind == .numberWords || token.kind == .moneyWords || token.kind == .count {
            let raw = token.raw(in: text)
            #expect(!raw.contains("สองรัก") && !raw.hasPrefix("สองได้") && !raw.hasPrefix("สองให้"), "\(name):\(token.line) \(raw)")
        }
    }

    /// Every tick mark in the text is a tick token.
    @Test func ticksAreAllRead() throws {
        let status = try Seeds.text(Seeds.names[0])
        let statusTicks = LexicalScanner.scan(status).filter { $0.kind == .tick && $0.value == .tick(.checked) }
        #expect(statusTicks.count == occurrences(of: "☑", in: status).count)
        #expect(statusTicks.count == 31, "seed 000's status table ticks one status in each of its 31 rows")

        let plan = try Seeds.text(Seeds.names[1])
        let planTicks = LexicalScanner.scan(plan).filter { $0.kind == .tick }
        let inputs = occurrences(of: "<input", in: plan).count
        #expect(planTicks.filter { $0.value == .tick(.checked) }.count == inputs + occurrences(of: "☑", in: plan).count)
    }

    /// A few facts of the seeds, read exactly.
    @Test func seedFacts() throws {
        let report = try Seeds.text(Seeds.names[0])
        let tokens = LexicalScanner.scan(report)
        #expect(tokens.contains { $0.value == .fiscalYear(FiscalYear(be: 2566)) })
        #expect(tokens.contains { $0.value == .date(CalendarDate(year: ThaiYear(be: 2566), month: 10, day: 19)!) })

        let memo = try Seeds.text(Seeds.names[4])
        let memoTokens = LexicalScanner.scan(memo)
        #expect(memoTokens.first { $0.kind == .documentNumber }?.value == .identifier("ศก 74101.1/167"))
        #expect(memoTokens.first { $0.kind == .date }?.value == .date(CalendarDate(year: ThaiYear(be: 2563), month: 3, day: 30)!))
        #expect(memoTokens.contains { $0.value == .count(ExactDecimal(units: 7721, scale: 2), classifier: "คะแนน") })
        #expect(memoTokens.filter { $0.kind == .ordinal }.count >= 10)

        let plan = try Seeds.text(Seeds.names[3])
        let planTokens = LexicalScanner.scan(plan)
        let withWords = planTokens.compactMap { token -> (ExactDecimal, ExactDecimal)? in
            if case .money(let figure, let words?) = token.value { return (figure, words.amount) }
            return nil
        }
        #expect(withWords.count >= 15, "the detail sheets state their budgets in words")
        #expect(withWords.contains { $0.0 == ExactDecimal(300_000) && $0.1 == ExactDecimal(300_000) })
        #expect(planTokens.contains { $0.kind == .fiscalYearList })
    }
}
