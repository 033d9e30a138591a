#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import PlanStore
import PlanRecords
import ThaiText

/// Batch import of a folder of good and bad files: everything good imported, everything bad recorded.
@Suite struct IngestTests {
    /// The corpus, a nested copy, and files the walk must leave alone.
    static func goodFiles(in scratch: ScratchFolder) throws -> [String] {
        var paths: [String] = []
        for name in Paths.corpusFiles { paths.append(try scratch.copyCorpus(name, to: "in/" + name)) }
        paths.append(try scratch.copyCorpus("plan-2567-2570.txt", to: "in/sub/deeper/plan-copy.TXT"))
        try scratch.copyCorpus("plan-2567-2570.txt", to: "in/.hidden.txt")
        try scratch.copyCorpus("plan-2567-2570.txt", to: "in/.git/plan.txt")
        try scratch.copyCorpus("plan-2567-2570.txt", to: "in/plan.pdf")
        return paths
    }

    /// Each bad file with the words its failure reason must contain.
    static func badFiles(in scratch: ScratchFolder) -> [String: String] {
        var bad: [String: String] = [:]
        bad[scratch.write([], to: "in/empty.txt")] = "empty file"
        bad[scratch.write("  \n\n\t\r\n", to: "in/blank.md")] = "blank file: only spaces and line breaks"
        // Bytes no text has: NULs and control bytes among the rest.
        bad[scratch.write((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7) }, to: "in/junk.html")] = "binary data"
        // Bytes that are neither UTF-8 nor windows-874 Thai.
        bad[scratch.write((0..<4096).map { UInt8(0x80 + $0 % 32) }, to: "in/latin.md")] = "invalid UTF-8"
        // 64 MB and one byte, sparse: over the default limit without using the disk.
        let large = scratch.write("แผน\n", to: "in/huge.txt")
        truncate(large, (64 << 20) + 1)
        bad[large] = "too large: 64.0 MB, over the 64 MB limit"
        if !Paths.runningAsRoot {
            let unreadable = try! scratch.copyCorpus("plan-2567-2570.txt", to: "in/unreadable.txt")
            chmod(unreadable, 0)
            bad[unreadable] = "cannot open: permission denied"
        }
        return bad
    }

    @Test func importsEveryGoodFileAndRecordsEveryBadOneWithItsReason() throws {
        let scratch = ScratchFolder()
        let good = try Self.goodFiles(in: scratch)
        let bad = Self.badFiles(in: scratch)
        // Cut inside a Thai letter: damage inside a file is a warning, the document is still read.
        var truncated = Array("ปีงบประมาณ พ.ศ. ๒๕๖๗ โครงการอบรม".utf8)
        truncated.removeLast(2)
        let damaged = scratch.write(truncated, to: "in/truncated.txt")
        let store = try Store(path: scratch.file("db.sqlite"))

        let run = try ingest([scratch.file("in")], into: store)

        #expect(run.report.imported == good.count + 1)
        #expect(run.report.replaced == 0 && run.report.skipped == 0)
        #expect(run.report.failureCount == bad.count)
        #expect(Set(run.outcomes.keys) == Set(good + [damaged] + Array(bad.keys)), "hidden files, .git and .pdf are not walked")
        for path in good + [damaged] { #expect(run.outcomes[path] == .imported, "\(path)") }
        for (path, words) in bad {
            let reason = try #require(run.outcomes[path]?.reason, "\(path) should fail")
            #expect(reason.contains(words), "\(path): \(reason)")
        }
        #expect(try store.count("documents") == good.count + 1)
        #expect(try store.count("failures") == bad.count)
        for (path, words) in bad {
            let reason = try store.query("SELECT reason FROM failures WHERE path = ?", [path])
            #expect(reason.count == 1 && (reason[0][0] ?? "").contains(words))
        }
        #expect(try store.integer("SELECT read_warnings FROM documents WHERE path = ?", [damaged]) >= 1)
        // The big file was never read: no hash, but its size.
        let huge = try #require(bad.first { $0.value.hasPrefix("too large") }?.key)
        #expect(try store.query("SELECT sha256, bytes FROM failures WHERE path = ?", [huge]) == [[nil, String((64 << 20) + 1)]])

        // Each stored row agrees with what the parser gives for the same file at this commit.
        var projects = 0, mentions = 0
        for path in good + [damaged] {
            let record = try RecordReader.read(contentsOf: path)
            projects += record.projects.count
            mentions += record.projects.reduce(0) { $0 + $1.mentions.count }
            let row = try store.query("SELECT sha256, bytes, project_count, kind FROM documents WHERE path = ?", [path])
            #expect(row == [[SHA256.hex(try InputFile.readBytes(path)), String(record.source.byteCount),
                             String(record.projects.count), record.document.kind.rawValue]])
        }
        #expect(try store.count("projects") == projects)
        #expect(try store.integer("SELECT sum(project_count) FROM documents") == store.count("projects"))
        #expect(try store.count("mentions") == mentions)
        #expect(run.report.projects == (try store.count("projects")))
        #expect(try store.integer("SELECT count(*) FROM documents WHERE path NOT LIKE '/%'") == 0, "paths are absolute")
    }

    /// A document stored by a sarabun that wrote another record format is parsed again, though its file is unchanged.
    @Test func aDocumentOfAnOlderRecordFormatIsParsedAgain() throws {
        let scratch = ScratchFolder()
        let good = try Self.goodFiles(in: scratch)
        let store = try Store(path: scratch.file("db.sqlite"))
        _ = try ingest([scratch.file("in")], into: store)
        let old = good[0]
        _ = try store.write { db in
            try db.execute(sql: "UPDATE documents SET record_version = '0.9' WHERE path = ?", arguments: [old])
        }
        #expect(try store.storedSHA256(path: old) == nil)
        let again = try ingest([scratch.file("in")], into: store)
        #expect(again.report.replaced == 1)
        #expect(again.report.skipped == good.count - 1)
        #expect(try store.storedSHA256(path: old) != nil)
    }

    @Test func aSecondRunSkipsUnchangedFilesAndReplacesAChangedOne() throws {
        let scratch = ScratchFolder()
        let good = try Self.goodFiles(in: scratch)
        scratch.write([], to: "in/empty.txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        let first = try ingest([scratch.file("in")], into: store)
        #expect(first.report.imported == good.count && first.report.failureCount == 1)
        let ids = try store.query("SELECT id, path FROM documents ORDER BY id")

        let second = try ingest([scratch.file("in")], into: store)
        #expect(second.report.imported == 0)
        #expect(second.report.replaced == 0)
        #expect(second.report.skipped == good.count)
        #expect(second.report.failureCount == 1)
        #expect(try store.query("SELECT id, path FROM documents ORDER BY id") == ids, "unchanged documents are not rewritten")

        // Change one file: its rows are replaced, the others skipped, the row count stays.
        let changed = good[2]
        let oldSHA = try store.storedSHA256(path: changed)
        var bytes = try InputFile.readBytes(changed)
        bytes += Array("\nหมายเหตุ แก้ไขเพิ่มเติม\n".utf8)
        scratch.write(bytes, to: String(changed.dropFirst(scratch.path.count + 1)))
        let third = try ingest([scratch.file("in")], into: store)
        #expect(third.report.replaced == 1)
        #expect(third.report.imported == 0)
        #expect(third.report.skipped == good.count - 1)
        #expect(third.outcomes[changed] == .replaced)
        #expect(try store.count("documents") == good.count)
        let newSHA = try store.storedSHA256(path: changed)
        #expect(newSHA == SHA256.hex(bytes))
        #expect(newSHA != oldSHA)
        let record = try RecordReader.read(contentsOf: changed)
        #expect(try store.integer("SELECT count(*) FROM projects p JOIN documents d ON d.id = p.document_id WHERE d.path = ?", [changed])
            == record.projects.count)
        #expect(try store.integer("SELECT sum(project_count) FROM documents") == store.count("projects"), "no orphan rows")

        // --force writes everything again.
        var force = IngestOptions()
        force.force = true
        let forced = try ingest([scratch.file("in")], into: store, options: force)
        #expect(forced.report.replaced == good.count)
        #expect(try store.count("documents") == good.count)
    }

    @Test func aPathIsInDocumentsOrInFailuresAsOfItsLatestImport() throws {
        let scratch = ScratchFolder()
        let fixed = scratch.write([], to: "in/a.txt")
        let broken = try scratch.copyCorpus("progress-report-2567.txt", to: "in/b.txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        _ = try ingest([scratch.file("in")], into: store)
        #expect(try store.query("SELECT path FROM failures") == [[fixed]])

        try scratch.copyCorpus("progress-report-2567.txt", to: "in/a.txt")
        scratch.write([], to: "in/b.txt")
        let run = try ingest([scratch.file("in")], into: store)
        #expect(run.outcomes[fixed] == .imported)
        #expect(run.outcomes[broken] == .failed(reason: "empty file"))
        #expect(try store.query("SELECT path FROM documents") == [[fixed]])
        #expect(try store.query("SELECT path, reason FROM failures") == [[broken, "empty file"]])
    }

    @Test func aFileNamedOnItsOwnIsTakenWhateverItsExtensionAndAMissingOneFails() throws {
        let scratch = ScratchFolder()
        let odd = try scratch.copyCorpus("progress-report-2567.txt", to: "report.export")
        let missing = scratch.file("no-such-file.txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        let run = try ingest([odd, missing], into: store)
        #expect(run.outcomes[odd] == .imported)
        #expect(run.outcomes[missing] == .failed(reason: "no such file or directory"))
        #expect(run.report.files == 2)
    }

    /// A pipe named like a document is reported, never opened (it would wait for a writer), and so is a
    /// link to nothing; a link to a file is imported; a pipe or a link not named like a document is left alone.
    @Test func pipesAndBrokenLinksAreFailuresNotSilence() throws {
        let scratch = ScratchFolder()
        let plan = try scratch.copyCorpus("plan-2567-2570.txt", to: "in/plan.txt")
        let pipe = scratch.file("in/pipe.txt")
        let otherPipe = scratch.file("in/pipe.log")
        #expect(mkfifo(pipe, 0o600) == 0 && mkfifo(otherPipe, 0o600) == 0)
        let broken = scratch.file("in/gone.md")
        let linked = scratch.file("in/linked.txt")
        #expect(symlink(scratch.file("nowhere.md"), broken) == 0 && symlink(plan, linked) == 0)
        let store = try Store(path: scratch.file("db.sqlite"))
        let run = try ingest([scratch.file("in")], into: store)
        #expect(run.outcomes[plan] == .imported)
        #expect(run.outcomes[linked] == .imported)
        #expect(run.outcomes[pipe] == .failed(reason: "not a regular file: a named pipe"))
        #expect(run.outcomes[broken] == .failed(reason: "broken link: no such file or directory"))
        #expect(run.outcomes[otherPipe] == nil)
        // Named on its own, a pipe is refused too.
        let alone = try ingest([pipe], into: store)
        #expect(alone.outcomes[pipe] == .failed(reason: "not a regular file: a named pipe"))
    }

    @Test func theSizeLimitIsAnOption() throws {
        let scratch = ScratchFolder()
        let plan = try scratch.copyCorpus("plan-2567-2570.txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        var options = IngestOptions()
        options.maxFileBytes = 1 << 10
        let run = try ingest([plan], into: store, options: options)
        let size = try InputFile.readBytes(plan).count
        #expect(size > 1 << 10)
        #expect(run.outcomes[plan]?.reason == "too large: \(FileLoader.formatSize(size)), over the 1 KB limit")
        #expect(try store.count("documents") == 0)
    }

    @Test func documentsInMemoryAreImportedUnderTheirGivenPaths() throws {
        let scratch = ScratchFolder()
        let store = try Store(path: scratch.file("db.sqlite"))
        let documents = [
            InMemoryDocument(path: "memory/plan.txt", bytes: try InputFile.readBytes(Paths.corpus + "/plan-2567-2570.txt")),
            InMemoryDocument(path: "memory/memo.html", bytes: try InputFile.readBytes(Paths.corpus + "/ita-analysis-2566.html")),
            InMemoryDocument(path: "memory/empty.txt", bytes: []),
        ]
        var events: [String] = []
        let report = try Ingest.run(.documents(documents), into: store) { event in
            events.append(event.path)
            #expect(event.progress.total == 3)
        }
        #expect(report.imported == 2)
        #expect(report.failures == [IngestFailure(path: "memory/empty.txt", reason: "empty file")])
        #expect(Set(events) == Set(documents.map(\.path)))
        #expect(try store.query("SELECT path, format, encoding FROM documents ORDER BY path")
            == [["memory/memo.html", "html", "windows-874"], ["memory/plan.txt", "text", "utf-8"]])
        #expect(report.bytes == documents.reduce(0) { $0 + $1.bytes.count })
    }

    @Test func twoImportsIntoOneDatabaseAtOnceLoseNothing() throws {
        let scratch = ScratchFolder()
        // Two folders of their own and one both import.
        var expected: Set<String> = []
        for folder in ["a", "b", "shared"] {
            for copy in 0..<3 {
                for name in Paths.corpusFiles {
                    expected.insert(try scratch.copyCorpus(name, to: "\(folder)/\(copy)-\(name)"))
                }
            }
        }
        let path = scratch.file("db.sqlite")
        let results = Locked<[Result<IngestReport, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                // Each opens its own store, as two processes would, on a file neither has created yet.
                let store = try Store(path: path)
                var options = IngestOptions()
                options.workers = 1
                let report = try Ingest.run(.paths([scratch.file(index == 0 ? "a" : "b"), scratch.file("shared")]),
                                            into: store, options: options)
                results.mutate { $0.append(.success(report)) }
            } catch {
                results.mutate { $0.append(.failure(error)) }
            }
        }
        let reports = try results.value.map { try $0.get() }
        #expect(reports.count == 2)
        let store = try Store(path: path)
        let stored = Set(try store.query("SELECT path FROM documents").map { $0[0]! })
        #expect(stored == expected)
        #expect(try store.count("documents") == expected.count, "each shared path stored once")
        #expect(reports.reduce(0) { $0 + $1.imported } == expected.count)
        #expect(reports.reduce(0) { $0 + $1.imported + $1.skipped } == expected.count + 15)
        #expect(try store.integer("SELECT sum(project_count) FROM documents") == store.count("projects"))
    }

    @Test func newDatabasesOpenedByTwoStoresAtOnceAreMigratedOnce() throws {
        let scratch = ScratchFolder()
        for attempt in 0..<5 {
            let path = scratch.file("race-\(attempt).sqlite")
            let errors = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                do { _ = try Store(path: path) } catch { errors.mutate { $0.append("\(error)") } }
            }
            #expect(errors.value == [])
            #expect(try Store(path: path).appliedMigrations().count == Schema.migrator.migrations.count)
        }
    }

    @Test func cancellingLeavesEveryWrittenDocumentWholeAndTheNextRunFinishes() throws {
        let scratch = ScratchFolder()
        for copy in 0..<4 {
            for name in Paths.corpusFiles { try scratch.copyCorpus(name, to: "in/\(copy)-\(name)") }
        }
        let store = try Store(path: scratch.file("db.sqlite"))
        let cancellation = IngestCancellation()
        var options = IngestOptions()
        options.workers = 1
        options.queueCapacity = 1
        var written = 0
        let report = try Ingest.run(.paths([scratch.file("in")]), into: store, options: options, cancellation: cancellation) { _ in
            written += 1
            cancellation.cancel()
        }
        #expect(report.interrupted)
        #expect(written == 1)
        #expect(report.imported == 1)
        #expect(try store.count("documents") == 1)
        #expect(try store.integer("SELECT sum(project_count) FROM documents") == store.count("projects"))

        let rest = try ingest([scratch.file("in")], into: store)
        #expect(!rest.report.interrupted)
        #expect(rest.report.imported == 19 && rest.report.skipped == 1)
        #expect(try store.count("documents") == 20)
    }
}

/// The queue between parsers and writer: bounded, in order, closed when its producers finish.
@Suite struct BoundedQueueTests {
    @Test func aFullQueueHoldsTheProducerUntilTheWriterTakesOne() throws {
        let queue = BoundedQueue<Int>(capacity: 2, producers: 1)
        let pushed = Locked(0)
        Thread {
            for value in 1...5 {
                queue.push(value)
                pushed.mutate { $0 = value }
            }
            queue.finishProducing()
        }.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(pushed.value == 2, "two fit; the third waits")
        var taken: [Int] = []
        while let value = queue.pop() { taken.append(value) }
        #expect(taken == [1, 2, 3, 4, 5])
    }
}

/// A value shared between test threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func mutate(_ body: (inout Value) -> Void) {
        lock.lock()
        body(&stored)
        lock.unlock()
    }
}
