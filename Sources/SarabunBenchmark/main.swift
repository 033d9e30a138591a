// The speed and memory figures of sarabun, measured in release mode on one core:
//   swift run -c release sarabun-bench [SEEDS_FOLDER] [--megabytes N] [--only digits,decode,repairs,scan,long-line,read,html,parse,check]
// The input is the real documents in ../shared/seeds (or the corpus), repeated to at least N MB.
import DocumentReader
import HTMLTree
import PlanAudit
import PlanRecords
import PlanStore
import ThaiText
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Arguments {
    var folder = "../shared/seeds"
    var megabytes = 64
    /// Stages to run; empty runs them all but the ingest at scale, which is run on its own
    /// (`--only ingest`) so that its peak memory is its own.
    var only: Set<String> = []
    /// Ingest at scale: how many documents, how many MB in all, where they are written.
    var scaleDocuments = 2_000
    var scaleMegabytes = 320
    var scaleFolder = "/tmp/sarabun-scale"

    init() {
        var rest = CommandLine.arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--megabytes", let value = rest.popFirst().flatMap(Int.init) { megabytes = value }
            else if argument == "--only", let list = rest.popFirst() { only = Set(list.split(separator: ",").map(String.init)) }
            else if argument == "--documents", let value = rest.popFirst().flatMap(Int.init) { scaleDocuments = value }
            else if argument == "--scale-megabytes", let value = rest.popFirst().flatMap(Int.init) { scaleMegabytes = value }
            else if argument == "--scale-folder", let value = rest.popFirst() { scaleFolder = value }
            else { folder = argument }
        }
    }

    func wants(_ stage: String) -> Bool { only.isEmpty ? stage != "ingest" : only.contains(stage) }
}

func listFiles(_ folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasSuffix(".txt") || name.hasSuffix(".md") { names.append(folder + "/" + name) }
    }
    return names.sorted()
}

/// Best of `runs` timings of `body`, in seconds.
func measure(runs: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = min(best, seconds)
    }
    return best
}

func report(_ name: String, bytes: Int, seconds: Double, target: Double? = nil, note: String = "") {
    let rate = Double(bytes) / 1_000_000 / seconds
    let verdict = target.map { rate >= $0 ? "  ok (target ≥ \(Int($0)) MB/s)" : "  BELOW TARGET (≥ \(Int($0)) MB/s)" } ?? ""
    let padded = name + String(repeating: " ", count: max(0, 28 - name.count))
    print("\(padded) \(String(format3(rate))) MB/s\(verdict)\(note.isEmpty ? "" : "  " + note)")
}

func format3(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return String(rounded)
}

func peakMemoryMB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss / 1024)
}

// The allocator as the tool sets it (see AllocatorSettings).
AllocatorSettings.forReading()
let arguments = Arguments()
let files = listFiles(arguments.folder)
guard !files.isEmpty else {
    print("no .txt files in \(arguments.folder)")
    exit(2)
}
var documents: [[UInt8]] = []
for file in files {
    if let text = try? InputFile.read(file) { documents.append(text.bytes) }
}
var corpus: [UInt8] = []
let target = arguments.megabytes * 1_000_000
corpus.reserveCapacity(target + 1_000_000)
while corpus.count < target {
    for document in documents { corpus.append(contentsOf: document); corpus.append(0x0A) }
}
print("sarabun benchmark: \(files.count) documents from \(arguments.folder) repeated to \(corpus.count / 1_000_000) MB, one core, ICU \(ICU.version)")

// 1. Thai-digit normalisation: ๐–๙ → 0–9 over UTF-8 bytes.
if arguments.wants("digits") {
    var work = corpus
    let digitSeconds = measure {
        work = corpus
        _ = work.withUnsafeMutableBufferPointer { DigitConversion.thaiToArabicInPlace($0, count: $0.count) }
    }
    let copySeconds = measure { work = corpus; work[0] = work[1] }
    report("thai→arabic digits", bytes: corpus.count, seconds: max(digitSeconds - copySeconds, 1e-9), target: 500)
}

// 1b. SHA-256, the content hash that identifies each imported file.
if arguments.wants("sha") {
    let shaSeconds = measure { _ = SHA256.hex(corpus) }
    report("sha-256", bytes: corpus.count, seconds: shaSeconds)
}

// 2. UTF-8 validation and decoding.
if arguments.wants("decode") {
    let decodeSeconds = measure { _ = try? TextDecoder.decode(corpus) }
    report("decode (validate UTF-8)", bytes: corpus.count, seconds: decodeSeconds)
}

// 3. All default repairs (NFC check, sara am, invisibles, Wingdings ticks).
if arguments.wants("repairs") {
    let repairSeconds = measure {
        var repairer = TextRepairer()
        var output: [UInt8] = []
        corpus.withUnsafeBufferPointer { repairer.repair($0, into: &output) }
    }
    report("repairs", bytes: corpus.count, seconds: repairSeconds)
}

// 4. The full lexical scan.
if arguments.wants("scan") {
    var tokenCount = 0
    let scanSeconds = measure {
        tokenCount = corpus.withUnsafeBufferPointer { LexicalScanner.scan($0).count }
    }
    report("scan (all tokens)", bytes: corpus.count, seconds: scanSeconds, target: 100, note: "\(tokenCount) tokens")
}

// 5. One line of 100 MB: the scanner's positions stay linear.
if arguments.wants("long-line") {
    var longLine = [UInt8]()
    longLine.reserveCapacity(100_000_000)
    let piece = Array("งบประมาณ ๓๐,๐๐๐ บาท ☑ ปีงบประมาณ พ.ศ. ๒๕๖๖ ร้อยละ ๘๐ ".utf8)
    while longLine.count < 100_000_000 { longLine.append(contentsOf: piece) }
    var tokenCount = 0
    let longSeconds = measure(runs: 1) { tokenCount = longLine.withUnsafeBufferPointer { LexicalScanner.scan($0).count } }
    report("scan, one 100 MB line", bytes: longLine.count, seconds: longSeconds, note: "\(tokenCount) tokens")

    // The whole parse of a document that is one 4 MB line (OCR output without breaks), as text and as one
    // HTML paragraph: every stage must stay linear in a block's length, not only the scanner.
    let sentence = Array("เทศบาลตำบลบ้านนา เบิกจ่ายงบประมาณ ๓๐,๐๐๐ บาท เมื่อวันที่ ๑ ต.ค. ๒๕๖๖ จำนวน ๓ โครงการ ร้อยละ ๘๐ ".utf8)
    var oneLine = [UInt8]()
    while oneLine.count < 4_000_000 { oneLine.append(contentsOf: sentence) }
    let html = Array("<html><body><p>".utf8) + oneLine + Array("</p></body></html>".utf8)
    // One paragraph of 4 MB of indented lines: every line is a piece of the block placed apart (its indent), and
    // every figure is placed among them.
    var indented = [UInt8]()
    while indented.count < 4_000_000 { indented.append(contentsOf: Array("  ".utf8) + sentence + [0x0A]) }
    for (name, path, bytes) in [("parse, one 4 MB text line", "line.txt", oneLine), ("parse, one 4 MB <p>", "line.html", html),
                                ("parse, 4 MB of indented lines", "indented.txt", indented)] {
        var figures = 0
        let seconds = measure(runs: 1) { figures = (try? RecordReader.read(bytes, path: path))?.declared.count ?? 0 }
        report(name, bytes: bytes.count, seconds: seconds, note: "\(figures) stated totals")
    }
}

// 6. Reading text exports into blocks and tables: the whole path (decode, repairs, reader, assembly).
if arguments.wants("read") {
    var blockCount = 0
    let readSeconds = measure {
        blockCount = (try? DocumentReader.read(corpus, options: .init(format: .text)))?.blocks.count ?? 0
    }
    report("read text → blocks", bytes: corpus.count, seconds: readSeconds, target: 100, note: "\(blockCount) blocks")
}

// 7. HTML: our whole read of a Word-style table against libxml2's own parse of the same bytes.
if arguments.wants("html") {
    let htmlPath = arguments.folder + "/../../main/corpus/progress-report-2567.html"
    let htmlSeed = (try? InputFile.readBytes(htmlPath)) ?? (try? InputFile.readBytes("corpus/progress-report-2567.html")) ?? []
    if !htmlSeed.isEmpty {
        let html = wordStyleHTML(from: htmlSeed, megabytes: 5)
        let parseOnly = measure { html.withUnsafeBytes { _ = HTMLDocument.libxml2ParseOnly($0) } }
        var blockCount = 0
        let fullRead = measure { blockCount = (try? DocumentReader.read(html, options: .init(format: .html)))?.blocks.count ?? 0 }
        let ratio = fullRead / parseOnly
        report("read HTML → blocks", bytes: html.count, seconds: fullRead,
               note: "\(blockCount) blocks, \(format3(ratio))× libxml2's parse alone (target ≤ 3×)\(ratio <= 3 ? "  ok" : "  ABOVE TARGET")")
    }
}

var records: [PlanRecord] = []
var parseRounds = 1
var parseSeconds = 1.0
var parsedBytes = 0

// 8. Parsing: each document read and parsed into records, one after another, to N MB in all.
//    (A document is parsed on its own, as `sarabun parse` does; the corpus is not one giant document.)
if arguments.wants("parse") {
    parseRounds = max(1, target / max(1, documents.reduce(0) { $0 + $1.count }))
    parseSeconds = measure {
        records.removeAll(keepingCapacity: true)
        for _ in 0..<parseRounds {
            for bytes in documents {
                if let record = try? RecordReader.read(bytes, path: "bench.txt") { records.append(record) }
            }
        }
    }
    parsedBytes = parseRounds * documents.reduce(0) { $0 + $1.count }
    report("parse text → records", bytes: parsedBytes, seconds: parseSeconds, target: 50,
           note: "\(records.count) documents, \(records.reduce(0) { $0 + $1.projects.count }) projects")
    // The reading part of the same path, document by document: what the records are extracted from, and a
    // bound on the parse (the stage above reads the whole corpus as one document, where the per-document
    // caches of word junctions and markup serve every repeat).
    let readSeconds = measure {
        for _ in 0..<parseRounds {
            for bytes in documents { _ = try? DocumentReader.read(bytes, options: .init(format: .text)) }
        }
    }
    report("  of which reading", bytes: parsedBytes, seconds: readSeconds,
           note: "\(format3(readSeconds / parseSeconds * 100))% of parsing; records from blocks \(format3(Double(parsedBytes) / 1_000_000 / max(parseSeconds - readSeconds, 1e-9))) MB/s")
}

// 9. Checking: every rule over the same records; its cost as a share of parsing.
if arguments.wants("check"), !records.isEmpty {
    var findingCount = 0
    let checkSeconds = measure {
        findingCount = 0
        for record in records { findingCount += Auditor.check(record).count }
    }
    let share = checkSeconds / parseSeconds * 100
    report("check records → findings", bytes: parsedBytes, seconds: checkSeconds,
           note: "\(findingCount) findings, +\(format3(share))% over parsing (target ≤ 20%)\(share <= 20 ? "  ok" : "  ABOVE TARGET")")
}

// 10. Ingest at scale: thousands of documents made by varying the seeds and the corpus, written to a
//     folder, imported end to end (walk, read, parse, check, SQLite) on every core, as `sarabun ingest` does.
if arguments.wants("ingest") {
    let made = ScaleCorpus.make(folder: arguments.scaleFolder, documents: arguments.scaleDocuments,
                                megabytes: arguments.scaleMegabytes, seeds: arguments.folder)
    let database = arguments.scaleFolder + ".sqlite"
    do {
        // The first import runs three times, each into a new database, and the fastest counts, as for the
        // other stages: on a shared machine interference only ever slows a run, so the fastest is the
        // closest to what the code costs. All three are printed.
        var rates: [Double] = []
        var store: Store?
        var first: IngestReport?
        for _ in 0..<3 {
            store = nil  // closed before its files go
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            let fresh = try Store(path: database)
            let report = try Ingest.run(.paths([arguments.scaleFolder]), into: fresh)
            rates.append(Double(made.bytes) / 1_000_000 / report.seconds)
            store = fresh
            first = report
        }
        let rate = rates.max() ?? 0
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let first, let store {
            print("ingest \(first.imported) documents (\(made.bytes / 1_000_000) MB) on \(cores) cores: \(format3(rate)) MB/s"
                  + (rate >= 20 ? "  ok (target ≥ 20 MB/s)" : "  BELOW TARGET (≥ 20 MB/s)")
                  + ", \(first.projects) projects, \(first.failureCount) failures; runs \(rates.map { format3($0) }.joined(separator: ", ")) MB/s")
            let again = try Ingest.run(.paths([arguments.scaleFolder]), into: store)
            print("ingest again, unchanged: \(again.skipped) skipped in \(format3(again.seconds)) s (\(format3(Double(made.bytes) / 1_000_000 / again.seconds)) MB/s)")
        }
    } catch {
        print("ingest failed: \(error)")
    }
}

let peak = peakMemoryMB()
print("peak memory: \(peak) MB" + (arguments.only == ["ingest"] ? (peak <= 400 ? "  ok (target ≤ 400 MB)" : "  ABOVE TARGET (≤ 400 MB)") : ""))

/// The corpus's Word-style HTML with its table's rows repeated until the file is `megabytes` long.
func wordStyleHTML(from html: [UInt8], megabytes: Int) -> [UInt8] {
    let text = String(decoding: html, as: UTF8.self)
    // The rows after the header row, repeated.
    guard let headerEnd = text.firstRange(of: "</tr>")?.upperBound,
          let tableEnd = text.firstRange(of: "</table>")?.lowerBound, headerEnd < tableEnd else { return html }
    let rowStart = headerEnd
    let rows = text[rowStart..<tableEnd]
    var body = String(text[..<tableEnd])
    while body.utf8.count < megabytes * 1_000_000 { body += rows }
    return Array((body + text[tableEnd...]).utf8)
}
