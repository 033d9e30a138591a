#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import DocumentReader
import PlanAudit
import PlanRecords
import ThaiText

/// Randomised inputs through the text, markdown and HTML readers, then the record parser and the checker:
/// random bytes, and the corpus documents damaged at random (flipped bytes, cuts inside UTF-8 sequences,
/// NULs, repeated and dropped lines, stray tabs and pipes, unbalanced `<table><tr><td>` and `<`, very long
/// lines, deep nesting, huge numbers). Every input is made from its own seed, so a failure names the seed
/// that remakes it, and the input is also written to /tmp.
///
/// No crash is the first property (the test process surviving). The others: every place is inside the input
/// (lines 1...the number of lines, line ≤ endLine, columns ≥ 1), blocks come in source order and have what
/// their kind needs, every table row has a cell for each column, a valid UTF-8 input without control bytes
/// always reads, and reading the same bytes twice gives the same document. The crashes found so far each have
/// a regression test below, as do the misplacements (places past the input) it found.
///
/// `SARABUN_FUZZ_SCALE=10 swift test --filter ReaderFuzzTests` runs ten times as many inputs;
/// `SARABUN_FUZZ_TRACE=1` writes each input to /tmp/sarabun-fuzz-current-<family>-<form>.bin before reading it.
@Suite struct ReaderFuzzTests {
    static var scale: Int { getenv("SARABUN_FUZZ_SCALE").flatMap { Int(String(cString: $0)) }.map { max(1, $0) } ?? 1 }

    @Test(arguments: DocumentFormat.allCases)
    func randomBytesReadSafely(_ format: DocumentFormat) {
        let failures = Fuzz.run(count: 100 * Self.scale, family: "random", format: format) { rng in
            Fuzz.randomInput(&rng, format: format)
        }
        #expect(failures == 0)
    }

    @Test(arguments: DocumentFormat.allCases)
    func damagedCorpusReadsSafely(_ format: DocumentFormat) throws {
        try #require(Fuzz.corpus.count == Fuzz.corpusNames.count, "the corpus documents are read")
        let failures = Fuzz.run(count: 100 * Self.scale, family: "damaged", format: format) { rng in
            Fuzz.damagedCorpusDocument(&rng, format: format)
        }
        #expect(failures == 0)
    }

    /// The generator is deterministic: the same seed gives the same input (so a reported seed remakes it).
    @Test func inputsAreRemadeFromTheirSeeds() {
        for index in 0..<20 {
            var first = SplitMix64(seed: Fuzz.seed(family: "damaged", format: .html, index: index))
            var second = SplitMix64(seed: Fuzz.seed(family: "damaged", format: .html, index: index))
            #expect(Fuzz.damagedCorpusDocument(&first, format: .html) == Fuzz.damagedCorpusDocument(&second, format: .html))
        }
    }

    /// The property checks can fail: a document with a block past the input's end is caught.
    @Test func propertiesCatchAPlaceOutsideTheInput() throws {
        var document = try readDocument("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต\n\nข้อความ\n")
        #expect(Fuzz.documentProblems(document, lines: 4).isEmpty)
        document.blocks[0].source = SourceLines(line: 9)
        #expect(!Fuzz.documentProblems(document, lines: 4).isEmpty)
        document.blocks[0].source = SourceLines(line: 0)
        #expect(!Fuzz.documentProblems(document, lines: 4).isEmpty)
    }
}

/// The crashes the fuzz tests found, minimised. Each runs in a child process (an exit test), so that a crash
/// fails its test instead of ending the whole run; the child also checks what was read, and fails (throws) if
/// it is not what the fix promises. Crashes not fixed yet are known issues: when one stops crashing, its test
/// fails ("known issue was not recorded"), and its `withKnownIssue` should go.
@Suite struct ReaderCrashRegressionTests {
    struct Unexpected: Error, CustomStringConvertible { var description: String }

    /// Throws (so the child process fails) unless `condition` holds.
    static func check(_ condition: Bool, _ what: String) throws {
        if !condition { throw Unexpected(description: what) }
    }

    /// Read with no table and one warning, at line 1, that a table with no cells was left out.
    static func checkTableLeftOut(_ input: String, _ format: DocumentFormat) throws {
        let document = try DocumentReader.read(Array(input.utf8), options: .init(format: format))
        try ReaderCrashRegressionTests.check(document.tables.isEmpty, "no table")
        try ReaderCrashRegressionTests.check(document.warnings.contains { $0.line == 1 && $0.column >= 1 && $0.message.contains("no cells") },
                  "a warning with a line: \(document.warnings)")
    }

    /// A markdown line that is a single `|` reads as a pipe row with no cells (TextReader.readPipeRow drops
    /// both empty ends); RowReader.read() took `cells[key]` of an empty row (index out of range). A table
    /// with no cells is now left out, with a warning.
    @Test func markdownLineOfOnePipe() async {
        await #expect(processExitsWith: .success) {
            try ReaderCrashRegressionTests.checkTableLeftOut("|", .markdown)
            // Text around it is read as before.
            let document = try DocumentReader.read(Array("ก่อน\n\n | \n\nหลัง\n".utf8), options: .init(format: .markdown))
            try ReaderCrashRegressionTests.check(document.tables.isEmpty && document.blocks.map(\.text) == ["ก่อน", "หลัง"], "\(document.blocks.map(\.text))")
            try ReaderCrashRegressionTests.check(document.warnings.contains { $0.line == 3 }, "the warning is at the pipe's line: \(document.warnings)")
        }
    }

    /// The same crash from HTML: a table whose only row has no cells (a file cut short after `<tr`).
    @Test func htmlTableRowWithoutCells() async {
        await #expect(processExitsWith: .success) {
            try ReaderCrashRegressionTests.checkTableLeftOut("<table><tr", .html)
            try ReaderCrashRegressionTests.checkTableLeftOut("<table><tr></tr><tr></tr></table>", .html)
            try ReaderCrashRegressionTests.checkTableLeftOut("<table><tr></tr></table>", .markdown)
        }
    }

    /// And from text, where an HTML table between lines is read too.
    @Test func textEmbeddedTableRowWithoutCells() async {
        await #expect(processExitsWith: .success) {
            try ReaderCrashRegressionTests.checkTableLeftOut("<table><tr></tr></table>", .text)
        }
    }

    /// A table with a row without cells among rows with cells is kept: that row is padded with empty cells.
    @Test func emptyRowAmongRowsWithCells() async {
        await #expect(processExitsWith: .success) {
            let html = "<table><tr><th>ลำดับ</th><th>โครงการ</th></tr><tr></tr><tr><td>1</td><td>ก</td></tr></table>"
            let document = try DocumentReader.read(Array(html.utf8), options: .init(format: .html))
            try ReaderCrashRegressionTests.check(document.tables.count == 1, "one table")
            try ReaderCrashRegressionTests.check(document.tables[0].rows.allSatisfy { $0.cells.count == 2 }, "every row two cells")
        }
    }

    /// A number of 19 digits or more where numbering may stand: Numbering.leadingNumber multiplied before it
    /// checked for at most four digits (arithmetic overflow). Int.max + 1 was enough.
    @Test func nineteenDigitNumberInText() async {
        await #expect(processExitsWith: .success) {
            let document = try DocumentReader.read(Array("9223372036854775808".utf8), options: .init(format: .text))
            try ReaderCrashRegressionTests.check(document.blocks.map(\.text) == ["9223372036854775808"], "\(document.blocks.map(\.text))")
            try ReaderCrashRegressionTests.check(Numbering.leadingNumber("9223372036854775808") == nil, "no numbering")
            try ReaderCrashRegressionTests.check(Numbering.leadingNumber("(99999999999999999999999)") == nil, "no numbering")
            try ReaderCrashRegressionTests.check(Numbering.leadingNumber("๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐. ข้อ") == nil, "no numbering")
            try ReaderCrashRegressionTests.check(Numbering.leadingNumber("๑๒๓๔. ข้อ") == 1234 && Numbering.leadingNumber("12345") == nil, "four digits at most")
        }
    }

    @Test func nineteenDigitNumberInHTML() async {
        await #expect(processExitsWith: .success) {
            let document = try DocumentReader.read(Array("<p>99999999999999999999</p>".utf8), options: .init(format: .html))
            try ReaderCrashRegressionTests.check(document.blocks.map(\.text) == ["99999999999999999999"], "\(document.blocks.map(\.text))")
            // And in a table's numbering column.
            let table = "ลำดับ\tโครงการ\n99999999999999999999\tก\n1\tข\n"
            let read = try DocumentReader.read(Array(table.utf8), options: .init(format: .text))
            try ReaderCrashRegressionTests.check(read.tables.count == 1, "one table")
        }
    }

    /// A budget column labelled with several years: ColumnRoles.year(in:) reads the digits of the compacted
    /// label (spaces dropped: 20 digits) into one Int (ColumnRoles.swift:40, arithmetic overflow).
    @Test func budgetColumnLabelledWithFiveYears() async {
        await #expect(processExitsWith: .success) {
            let text = "ลำดับ\tงบประมาณ 2566 2567 2568 2569 2570\n1\t100\n"
            _ = try? RecordReader.read(Array(text.utf8), path: "plan.txt")
        }
    }

    /// The same in ColumnRoles.lastInteger(in:), for a quarter column (ColumnRoles.swift:57).
    @Test func quarterColumnWithALongNumber() async {
        await #expect(processExitsWith: .success) {
            let text = "ลำดับ\tไตรมาส 99999999999999999999\n1\t☑\n"
            _ = try? RecordReader.read(Array(text.utf8), path: "plan.txt")
        }
    }

    /// A range whose ends differ in scale by many places: `value < upper` in NumberRecognizer.recognizeQuantity
    /// brought both to one scale in ExactDecimal.withScale(atLeast:), and 99 × 10¹⁷ overflows Int64. Here in a
    /// table cell, which is scanned. A figure now has at most 4 decimals (17 stay text), and the comparison no
    /// longer scales what cannot be scaled.
    @Test func rangeOfVeryDifferentScalesInACell() async {
        await #expect(processExitsWith: .success) {
            let document = try DocumentReader.read(Array("a\t0.00000000000000001-99\nb\t1\n".utf8), options: .init(format: .text))
            let cells = document.tables.flatMap { $0.headerRows.flatMap(\.cells) + $0.rows.flatMap(\.cells) }
            try ReaderCrashRegressionTests.check(cells.map(\.text) == ["a", "0.00000000000000001-99", "b", "1"], "\(cells.map(\.text))")
            // 17 decimals stay text; the 99 after the dash is read alone.
            try ReaderCrashRegressionTests.check(cells[1].tokens.map(\.value) == [.number(ExactDecimal(99))], "\(cells[1].tokens)")
            let wide = try DocumentReader.read(Array("a\t0.0001-99999999999999\nb\t1\n".utf8), options: .init(format: .text))
            let tokens = wide.tables.flatMap { $0.headerRows.flatMap(\.cells) + $0.rows.flatMap(\.cells) }.flatMap(\.tokens)
            let range = TokenValue.range(from: ExactDecimal(units: 1, scale: 4), to: ExactDecimal(99_999_999_999_999), classifier: nil)
            try ReaderCrashRegressionTests.check(tokens.map(\.value).contains(range), "\(tokens.map(\.value))")
        }
    }

    /// Figures of very different scales in one budget column, added up by the checker: 55,000.00 + 10⁻¹⁷ does
    /// not fit in 64 bits at 17 decimals (ExactDecimal.+ trapped; the fuzz tests found it once ranges no longer
    /// trapped first). The 17 decimals stay text, so nothing is added.
    @Test func budgetColumnOfVeryDifferentScales() async {
        await #expect(processExitsWith: .success) {
            let text = "ลำดับ\tโครงการ\tงบประมาณ\n1\tก\t55,000.00\n2\tข\t0.00000000000000001\nรวม\t\t55,000.00\n"
            let record = try RecordReader.read(Array(text.utf8), path: "plan.txt")
            _ = Auditor.check(record)
        }
    }

    /// Not a crash but a hang, found once long numbers were no longer skipped: a row numbered 123456789
    /// (PlanRecords reads up to nine digits of a row number, TextTools.leadingInteger) made NumberingGaps
    /// list every number from 2 to 123456789 as missing: minutes and gigabytes. Numbers mostly missing are
    /// now no numbering at all. The child gives itself 10 s (SIGALRM ends it after that).
    @Test func rowNumberOfNineDigits() async {
        await #expect(processExitsWith: .success) {
            alarm(10)
            let text = "ลำดับ\tโครงการ\tงบประมาณ\n123456789\tโครงการ ก\t25,000.00\n2\tโครงการ ข\t0.00\n"
            let record = try RecordReader.read(Array(text.utf8), path: "plan.txt")
            _ = Auditor.check(record)
        }
    }
}

/// The misplacements the fuzz tests found, minimised: places past the end of the input, because a line was
/// counted in newlines of derived text (where `<br>`, `<p>` or a tag written in a text cell becomes a newline)
/// rather than in source lines. Each is fixed; these keep them fixed.
@Suite struct ReaderPlacementRegressionTests {
    /// TableBuilder.scanTokens placed a cell's tokens at the cell's line plus the newlines of its text; now
    /// tokens past the cell's last line are put on it.
    @Test(arguments: [("ลำดับ\tงบประมาณ\n1\t๑๒<br>๓๔", DocumentFormat.text),
                      ("<table><tr><td>๑๒<br>๓๔</td><td>ก</td></tr></table>", .html),
                      ("| ลำดับ | งบประมาณ |\n|---|---|\n| 1 | ๑๒<br>๓๔<br>๕๖ บาท |", .markdown)])
    func cellTokensStayInsideTheInput(_ input: String, _ format: DocumentFormat) throws {
        let bytes = Array(input.utf8)
        let document = try DocumentReader.read(bytes, options: .init(format: format))
        let lines = Fuzz.lineCount(bytes)
        let cells = document.tables.flatMap { $0.rows.flatMap(\.cells) }
        let tokenLines = cells.flatMap { $0.tokens.map(\.line) }
        #expect(tokenLines.count >= 2)
        #expect(tokenLines.allSatisfy { $0 <= lines }, "token lines \(tokenLines) in \(lines) lines")
        // Each inside its own cell's lines, columns in the order of the text.
        for cell in cells where !cell.tokens.isEmpty {
            #expect(cell.tokens.allSatisfy { $0.line >= cell.source.line && $0.line <= cell.source.endLine })
            let columns = cell.tokens.map(\.column)
            #expect(columns == columns.sorted() && columns[0] >= cell.source.column, "\(columns)")
        }
    }

    /// In a cell of one source line, a token after a derived line break keeps its column along the text.
    @Test func cellTokenColumnsCountAlongTheText() throws {
        let document = try DocumentReader.read(Array("ลำดับ\tงบประมาณ\n1\t๑๒<br>๓๔\n".utf8), options: .init(format: .text))
        let cell = try #require(document.tables.first?.rows.first?.cells.last)
        #expect(cell.text == "๑๒\n๓๔")
        // "1\t" puts the cell at column 3; "๓๔" follows "๑๒" and a line break: 3 scalars on.
        #expect(cell.tokens.map(\.line) == [2, 2])
        #expect(cell.tokens.map(\.column) == [3, 6])
    }

    /// PlanRecords placed a block's figures at the block's line plus the newlines of the block's text: two
    /// paragraphs on one HTML line are one block of two lines, and the period was put on line 2 of 1. A
    /// figure is now kept within its block's lines.
    @Test func recordFiguresStayInsideTheInput() throws {
        let bytes = Array("<p>แผนปฏิบัติการ (ฉบับที่ ๑)</p><p>พ.ศ. ๒๕๖๖ - ๒๕๗๐</p>".utf8)
        let record = try RecordReader.read(bytes, path: "plan.html")
        let period = try #require(record.document.period)
        #expect(period.line == 1)
        #expect(period.value == 2566...2570)
    }
}

// MARK: - Generator

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Fuzz {
    static let corpusNames = [
        "progress-report-2567.txt", "progress-report-2567.html", "plan-2567-2570.txt", "ita-measures-2566.md",
        "ita-analysis-2566.html", "flawed-ita-2566.md", "flawed-report-2567.txt", "flawed-report-2567.html",
        "flawed-plan-2568-2570.txt",
    ]

    static let corpus: [(name: String, bytes: [UInt8])] = corpusNames.compactMap { name in
        (try? InputFile.readBytes(Paths.root + "/corpus/" + name)).map { (name, $0) }
    }

    /// The seed of one input: the family, the form and the index, mixed.
    static func seed(family: String, format: DocumentFormat, index: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the names
        for byte in (family + "/" + format.rawValue).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03
    }

    /// Feeds `count` inputs through the pipeline and records an issue for each one that breaks a property
    /// (the first five in full). Returns how many failed.
    static func run(count: Int, family: String, format: DocumentFormat,
                    make: (inout SplitMix64) -> [UInt8]) -> Int {
        var failures = 0
        for index in 0..<count {
            let seed = seed(family: family, format: format, index: index)
            var rng = SplitMix64(seed: seed)
            let bytes = make(&rng)
            // A crash ends the process before any issue is recorded: with SARABUN_FUZZ_TRACE=1 each input is
            // written first, so the one that crashed is left in /tmp.
            if trace { write(bytes, to: "/tmp/sarabun-fuzz-current-\(family)-\(format.rawValue).bin") }
            let problems = pipelineProblems(bytes, format: format, check: true)
            let name = "\(family) input \(index) as \(format.rawValue) (seed 0x\(String(seed, radix: 16)), \(bytes.count) bytes"
            guard !problems.isEmpty else { continue }
            failures += 1
            if failures <= 5 || verbose {
                let path = "/tmp/sarabun-fuzz-\(family)-\(format.rawValue)-\(index).bin"
                write(bytes, to: path)
                Issue.record("\(name), written to \(path)):\n\(problems.prefix(8).joined(separator: "\n"))")
            }
        }
        if verbose { print("fuzz \(family) \(format): \(count) inputs, \(failures) failed") }
        return failures
    }

    static let trace = getenv("SARABUN_FUZZ_TRACE").map { String(cString: $0) == "1" } ?? false
    static let verbose = getenv("SARABUN_FUZZ_VERBOSE").map { String(cString: $0) == "1" } ?? false

    static func write(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    static func pick<T>(_ items: [T], _ rng: inout SplitMix64) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }

    static func chance(_ percent: Int, _ rng: inout SplitMix64) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    // MARK: Random inputs

    /// Pieces random text is built from: markup of every form, Thai words of the documents, digits of both
    /// kinds, ticks, and bytes that are not UTF-8 on their own.
    static let pieces: [[UInt8]] = [
        "\n", "\n", "\n", "\r\n", "\r", "\t", "\t", " ", " ", "  ", "|", "|", " | ", "|---|---|", "-", "- ", "* ", "**",
        "# ", "## ", "> ", "1. ", "๑. ", "๑.๑ ", "(๒) ", "<", ">", "</", "/>", "&", ";", "&nbsp;", "&#254;", "&#x", "<!--", "-->",
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=2>", "<td rowspan=\"3\">", "<td colspan=0>",
        "<p class=MsoNormal>", "</p>", "<br>", "<b>", "</b>", "<span style='font-family:Wingdings'>þ</span>",
        "<input type=\"checkbox\" checked>", "<input type=\"checkbox\"/>", "<!-- page 2 -->", "<html>", "<body>",
        "<meta charset=windows-874>", "☑", "☐", "☒", "✓", "þ", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{0E33}", "\u{0E4D}\u{0E32}",
        "ก", "่", "ำ", "ั้", "โครงการ", "มาตรการ", "กิจกรรม", "จำนวน", "รวม", "รวมทั้งสิ้น", "บาท", "ร้อยละ", "คิดเป็นร้อยละ",
        "งบประมาณ", "เบิกจ่าย", "ลำดับ", "มิติที่ ๑", "ปี ๒๕๖๗", "พ.ศ. ๒๕๖๖ - ๒๕๗๐", "ดำเนินการแล้วเสร็จ", "ยังไม่ดำเนินการ",
        "องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "ไตรมาส", "IIT", "EIT", "OIT", "คะแนน", "ระดับ A", "สองหมื่นบาทถ้วน",
        "0", "7", "๙", "12,000.00", "๑๒,๐๐๐", "99.99", "100", "-", "...", "/ต่อ", "- ๒ -", "หน้า ๓",
        "999,999,999,999.99", "๙๙๙๙๙๙๙๙๙๙๙๙", "1,2,3,4,5,6,7,8,9,0,1,2,3", "0.000001",
        // Numbers too long for 64 bits, or of very different scales side by side.
        "9223372036854775808", "99999999999999999999.99", "0.00000000000000001-99", "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘",
    ].map { Array($0.utf8) } + [[0xE0], [0xE0, 0xB8], [0x80], [0xFF], [0xFE], [0x00], [0xC2], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    static func randomInput(_ rng: inout SplitMix64, format: DocumentFormat) -> [UInt8] {
        let length = chance(85, &rng) ? Int.random(in: 0...600, using: &rng) : Int.random(in: 600...6000, using: &rng)
        var out: [UInt8] = []
        if format == .html && chance(50, &rng) { out += Array("<html><body>".utf8) }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            // Any byte at all.
            while out.count < length { out.append(UInt8.random(in: 0...255, using: &rng)) }
        case 1:
            // Mostly ASCII, with line breaks.
            while out.count < length { out.append(chance(10, &rng) ? 0x0A : UInt8.random(in: 0x09...0x7E, using: &rng)) }
        default:
            // Pieces of documents, at random.
            while out.count < length { out += pick(pieces, &rng) }
        }
        return out
    }

    // MARK: Damaged corpus documents

    static func damagedCorpusDocument(_ rng: inout SplitMix64, format: DocumentFormat) -> [UInt8] {
        let sameForm = corpus.filter { DocumentFormat(path: $0.name) == format }
        let base = chance(80, &rng) && !sameForm.isEmpty ? pick(sameForm, &rng) : pick(corpus, &rng)
        var bytes = base.bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) { mutate(&bytes, &rng, format: format) }
        return bytes
    }

    /// Line starts (byte offsets) of `bytes`, the end included.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        if starts.last != bytes.count { starts.append(bytes.count) }
        return starts
    }

    static func offset(_ bytes: [UInt8], _ rng: inout SplitMix64) -> Int { Int.random(in: 0...bytes.count, using: &rng) }

    static func mutate(_ bytes: inout [UInt8], _ rng: inout SplitMix64, format: DocumentFormat) {
        switch Int.random(in: 0..<14, using: &rng) {
        case 0:
            // Flipped bytes.
            guard !bytes.isEmpty else { return }
            for _ in 0..<Int.random(in: 1...16, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
            }
        case 1:
            // Cut at any offset.
            bytes.removeSubrange(offset(bytes, &rng)...)
        case 2:
            // Cut inside a UTF-8 sequence (after a lead byte or a continuation byte).
            let inside = bytes.indices.filter { bytes[$0] >= 0x80 }
            guard !inside.isEmpty else { return }
            bytes.removeSubrange((pick(inside, &rng) + 1)...)
        case 3:
            // NULs.
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                bytes.insert(contentsOf: [UInt8](repeating: 0, count: Int.random(in: 1...3, using: &rng)), at: offset(bytes, &rng))
            }
        case 4, 5:
            // A range of lines repeated elsewhere, or dropped.
            let starts = lineStarts(bytes)
            guard starts.count > 2 else { return }
            let from = Int.random(in: 0..<(starts.count - 1), using: &rng)
            let to = min(starts.count - 1, from + Int.random(in: 1...12, using: &rng))
            let range = starts[from]..<starts[to]
            if chance(50, &rng) {
                let copy = Array(bytes[range])
                bytes.insert(contentsOf: copy, at: pick(starts, &rng))
            } else {
                bytes.removeSubrange(range)
            }
        case 6:
            // Stray tabs and pipes.
            for _ in 0..<Int.random(in: 1...30, using: &rng) {
                bytes.insert(contentsOf: Array(pick(["\t", "|", "\t\t", " | ", "||", "\t|\t"], &rng).utf8), at: offset(bytes, &rng))
            }
        case 7:
            // Unbalanced table markup and lone `<`.
            let fragments = ["<table><tr><td>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<", "<td colspan=9999>",
                             "<td rowspan=99999>", "<th>", "</th></tr><tr>", "<td><table><tr><td>", "<!--", "<tbody>", "<p>", "</p>",
                             "<br>", "<caption>", "<thead>", "<td colspan=-3 rowspan=abc>", "<tr><td>รวมทั้งสิ้น</td><td>1,000</td>"]
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                bytes.insert(contentsOf: Array(pick(fragments, &rng).utf8), at: offset(bytes, &rng))
            }
        case 8:
            // A very long line.
            let unit = pick(["ก", "โครงการ ", "|", "\t", "1,000 ", "๑๒๓", "a", "&nbsp;", "☑", "<b>", " "], &rng)
            let line = Array(String(repeating: unit, count: Int.random(in: 1000...12000, using: &rng) / unit.utf8.count + 1).utf8)
            bytes.insert(contentsOf: line, at: pick(lineStarts(bytes), &rng))
        case 9:
            // Deep nesting, in the form's own markup.
            let depth = Int.random(in: 50...3000, using: &rng)
            let opener: String
            switch format {
            case .html: opener = pick(["<table><tr><td>", "<div>", "<b><i>", "<ul><li>", "<p><span>", "<td>"], &rng)
            case .markdown: opener = pick(["> ", "- ", "  - ", "1. ", "<table><tr><td>", "**"], &rng)
            case .text: opener = pick(["\t", "(", "๑.", "- ", "<table><tr><td>", "|"], &rng)
            }
            var nested = String(repeating: opener, count: depth) + "โครงการ ๑๒,๐๐๐ บาท"
            if chance(50, &rng) { nested += String(repeating: "</td></tr></table>", count: depth / 2) }
            bytes.insert(contentsOf: Array((nested + "\n").utf8), at: pick(lineStarts(bytes), &rng))
        case 10:
            // A piece of another corpus document.
            let other = pick(corpus, &rng).bytes
            guard !other.isEmpty else { return }
            let start = Int.random(in: 0..<other.count, using: &rng)
            let end = min(other.count, start + Int.random(in: 1...4000, using: &rng))
            bytes.insert(contentsOf: other[start..<end], at: offset(bytes, &rng))
        case 11:
            // Line ends changed: CRLF, lone CR, form feeds.
            let replacement: [UInt8] = pick([[0x0D, 0x0A], [0x0D], [0x0C, 0x0A], [0x0A, 0x0A, 0x0A]], &rng)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                if byte == 0x0A && chance(50, &rng) { out += replacement } else { out.append(byte) }
            }
            bytes = out
        case 12:
            // Numbers made large, negative or odd (Arabic and Thai digits).
            let digit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
            let positions = bytes.indices.filter { digit(bytes[$0]) && ($0 == 0 || !digit(bytes[$0 - 1])) }
            for _ in 0..<Int.random(in: 1...10, using: &rng) {
                guard let at = positions.isEmpty ? nil : pick(positions, &rng), at < bytes.count else { return }
                // Up to 20 digits, and 17 decimals.
                let number = pick(["999,999,999,999.99", "๙๙๙,๙๙๙,๙๙๙,๙๙๙", "9,999,999,999,999", "12345678901234.5", "-1",
                                   "0.000001", "1e308", "00000", "1,,,,2", "٣", "-0.00", "99999999999999999999",
                                   "0.00000000000000001", "999999999999999.99", "๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙"], &rng)
                bytes.insert(contentsOf: Array(number.utf8), at: at)
            }
        default:
            // Random single bytes, anywhere.
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                bytes.insert(UInt8.random(in: 0...255, using: &rng), at: offset(bytes, &rng))
            }
        }
    }

    // MARK: Properties

    /// An upper bound on the input's line count: line breaks in the bytes as given and as decoded.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        func breaks(_ bytes: [UInt8]) -> Int { bytes.reduce(0) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) } }
        var count = breaks(bytes)
        for encoding in [nil, HTMLCharset.declared(in: bytes)] {
            if let decoded = try? TextDecoder.decode(bytes, encoding: encoding) { count = max(count, breaks(decoded.bytes)) }
        }
        return count + 1
    }

    /// Everything that breaks a property, reading `bytes` as `format` and parsing and checking what was read.
    static func pipelineProblems(_ bytes: [UInt8], format: DocumentFormat, check: Bool = true) -> [String] {
        let lines = lineCount(bytes)
        let options = DocumentReader.Options(format: format)
        let document: Document
        do {
            document = try DocumentReader.read(bytes, options: options)
        } catch {
            // Only an input with nothing readable may be refused: valid UTF-8 without control bytes (other than
            // tab, line feed and carriage return) always reads.
            let control = bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            let clean = !bytes.isEmpty && !control && String(validating: bytes, as: UTF8.self) != nil
            return clean ? ["valid UTF-8 refused: \(error)"] : []
        }
        var problems = documentProblems(document, lines: lines)
        if document.format != format { problems.append("read as \(document.format), asked for \(format)") }
        // The outputs walk everything: they must not trap.
        let json = DocumentJSON.object(document, file: "fuzz")
        _ = DocumentOutline.text(document, file: "fuzz")
        // Reading is a function of the bytes (checked on a tenth of the inputs: it doubles the time).
        if bytes.count % 10 == 3, let again = try? DocumentReader.read(bytes, options: options),
           DocumentJSON.object(again, file: "fuzz") != json {
            problems.append("reading the same bytes twice gives different documents")
        }

        let source = SourceInfo(path: "fuzz." + format.rawValue, sha256: "", format: format, encoding: document.encoding,
                                byteCount: bytes.count)
        let record = RecordReader.records(from: document, source: source)
        problems += recordProblems(record, tables: document.tables.count, lines: lines).map { "record: " + $0 }
        _ = RecordJSON.object(record)
        _ = RecordSummary.text(record, file: "fuzz")

        guard check else { return problems }
        let findings = Auditor.check(record)
        problems += findingProblems(findings, lines: lines).map { "finding: " + $0 }
        for finding in findings { _ = FindingJSON.line(finding, file: "fuzz") }
        _ = FindingReport(colour: false).text(findings, file: "fuzz")
        return problems
    }

    static let pastTheInput = "past the input"

    static func place(_ what: String, line: Int, endLine: Int? = nil, column: Int = 1, lines: Int, into problems: inout [String]) {
        let end = endLine ?? line
        if line < 1 || end < line || column < 1 {
            problems.append("\(what) at \(line):\(column)-\(end): not a place")
        } else if end > lines {
            problems.append("\(what) at \(line):\(column)-\(end): \(pastTheInput) (\(lines) lines)")
        }
    }

    static func documentProblems(_ document: Document, lines: Int) -> [String] {
        var problems: [String] = []
        for warning in document.warnings {
            place("warning “\(warning.message)”", line: warning.line, column: warning.column, lines: lines, into: &problems)
        }
        var previous = 0
        for (index, block) in document.blocks.enumerated() {
            let name = "block \(index + 1) (\(block.kind.rawValue))"
            place(name, line: block.source.line, endLine: block.source.endLine, column: block.source.column, lines: lines, into: &problems)
            // In source order. One exception, which is how HTML parsers treat it: text inside a `<table>` but
            // outside its cells is put before the table, so a table may start above the block before it.
            let straysBefore = block.kind == .table && block.source.endLine >= previous
            if block.source.line < previous && !straysBefore {
                problems.append("\(name) at line \(block.source.line) comes after line \(previous)")
            }
            previous = max(previous, block.source.line)
            for repair in block.repairs { place("\(name) repair", line: repair.line, lines: lines, into: &problems) }
            switch block.kind {
            case .table: if block.table == nil { problems.append("\(name) has no table") }
            case .heading: if (block.level ?? 0) < 1 { problems.append("\(name) has no level") }
            case .listItem: if block.marker == nil { problems.append("\(name) has no marker") }
            case .pageArtefact: if block.artefact == nil { problems.append("\(name) says no artefact") }
            case .paragraph: break
            }
            if block.kind != .table && block.table != nil { problems.append("\(name) holds a table") }
            if let table = block.table { problems += tableProblems(table, name: name, lines: lines) }
        }
        return problems
    }

    static func tableProblems(_ table: Table, name: String, lines: Int) -> [String] {
        var problems: [String] = []
        place("\(name) table", line: table.source.line, endLine: table.source.endLine, column: table.source.column,
              lines: lines, into: &problems)
        if table.header.isEmpty { problems.append("\(name): a table with no columns") }
        for piece in table.pieces {
            place("\(name) piece", line: piece.source.line, endLine: piece.source.endLine, lines: lines, into: &problems)
            for line in piece.repeatedLines { place("\(name) repeated line", line: line, lines: lines, into: &problems) }
        }
        for (rowIndex, row) in (table.headerRows + table.rows).enumerated() {
            let rowName = "\(name) row \(rowIndex + 1) (\(row.kind.rawValue))"
            place(rowName, line: row.source.line, endLine: row.source.endLine, column: row.source.column, lines: lines, into: &problems)
            if row.cells.isEmpty { problems.append("\(rowName) has no cells") }
            if row.kind != .header && row.cells.count < table.header.count {
                problems.append("\(rowName) has \(row.cells.count) cells for \(table.header.count) columns")
            }
            for line in row.joinedLines { place("\(rowName) joined line", line: line, lines: lines, into: &problems) }
            for (column, cell) in row.cells.enumerated() {
                let cellName = "\(rowName) cell \(column + 1)"
                place(cellName, line: cell.source.line, endLine: cell.source.endLine, column: cell.source.column, lines: lines, into: &problems)
                if cell.columnSpan < 1 || cell.rowSpan < 1 { problems.append("\(cellName) spans \(cell.columnSpan)×\(cell.rowSpan)") }
                if let covering = cell.coveredBy, covering < 0 || covering >= row.cells.count {
                    problems.append("\(cellName) covered by column \(covering + 1) of \(row.cells.count)")
                }
                for token in cell.tokens { place("\(cellName) token", line: token.line, column: token.column, lines: lines, into: &problems) }
            }
            for item in row.items {
                place("\(rowName) item \(item.marker)", line: item.line, lines: lines, into: &problems)
                if let column = item.values.keys.first(where: { $0 < 0 || $0 >= max(row.cells.count, table.header.count) }) {
                    problems.append("\(rowName) item \(item.marker) has a value in column \(column + 1)")
                }
            }
        }
        return problems
    }

    static func recordProblems(_ record: PlanRecord, tables: Int, lines: Int) -> [String] {
        var problems: [String] = []
        func located<V: Sendable & Hashable>(_ what: String, _ value: Located<V>?) {
            guard let value else { return }
            place(what, line: value.line, endLine: value.endLine, column: value.column, lines: lines, into: &problems)
        }
        let info = record.document
        located("title", info.title)
        located("organisation", info.organisation?.name)
        located("district", info.organisation?.district)
        located("province", info.organisation?.province)
        located("fiscal year", info.fiscalYear)
        located("period", info.period)
        located("issued", info.issued)
        located("reference", info.reference)
        for signatory in info.signatories { located("signatory", signatory.name) }
        for dimension in record.dimensions { place("dimension \(dimension.key)", line: dimension.line, lines: lines, into: &problems) }
        for mission in record.missions { place("mission \(mission.number)", line: mission.line, lines: lines, into: &problems) }
        for project in record.projects {
            let name = "project \(project.id)"
            if project.mentions.isEmpty { problems.append("\(name) has no mention") }
            for (year, budget) in project.budgets { located("\(name) budget \(year)", budget) }
            located("\(name) disbursed", project.disbursed)
            located("\(name) status", project.status)
            for mention in project.mentions {
                place("\(name) mention", line: mention.line, endLine: mention.endLine, column: mention.column, lines: lines, into: &problems)
                if let table = mention.table, table < 0 || table >= tables { problems.append("\(name) mention in table \(table) of \(tables)") }
                for (year, budget) in mention.budgets { located("\(name) mention budget \(year)", budget) }
                located("\(name) mention period budget", mention.budgetForPeriod)
            }
        }
        for total in record.declared {
            located("declared \(total.what.rawValue)", total.value)
            if let table = total.table, table < 0 || table >= tables { problems.append("declared \(total.what.rawValue) in table \(table) of \(tables)") }
        }
        for table in record.tables {
            place("table record \(table.index)", line: table.line, endLine: table.endLine, lines: lines, into: &problems)
        }
        if let scores = record.scores {
            located("overall score", scores.overall)
            located("grade", scores.grade)
            for indicator in scores.indicators { located("indicator \(indicator.number)", indicator.score) }
            for tool in scores.tools {
                located("tool \(tool.name) weight", tool.weight)
                located("tool \(tool.name) score", tool.score)
                located("tool \(tool.name) weighted", tool.weighted)
            }
            for band in scores.bands { place("grade band \(band.grade)", line: band.line, lines: lines, into: &problems) }
        }
        for words in record.amountsInWords {
            located("amount in words figure", words.figure)
            located("amount in words", words.words)
        }
        for warning in record.warnings {
            place("record warning “\(warning.message)”", line: warning.line, column: warning.column, lines: lines, into: &problems)
        }
        return problems
    }

    static func findingProblems(_ findings: [Finding], lines: Int) -> [String] {
        var problems: [String] = []
        for finding in findings {
            let name = "finding \(finding.rule)"
            if finding.evidence.isEmpty { problems.append("\(name) has no evidence") }
            if finding.message.isEmpty { problems.append("\(name) has no message") }
            for evidence in finding.evidence {
                place("\(name) evidence", line: evidence.line, endLine: evidence.endLine, column: evidence.column, lines: lines, into: &problems)
            }
        }
        return problems
    }
}
