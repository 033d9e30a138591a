#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import PlanStore

/// Opening the database: migrations, and the errors a user meets (corrupt, read-only, locked).
@Suite struct StoreTests {
    @Test func migrationsCreateTheTablesInWALMode() throws {
        let scratch = ScratchFolder()
        let store = try Store(path: scratch.file("new.sqlite"))
        #expect(try store.tableNames() == ["declared", "documents", "failures", "findings", "mentions", "projects", "scores"])
        #expect(try store.appliedMigrations() == ["1-documents", "2-projects-and-mentions", "3-declared-and-scores",
                                                  "4-findings", "5-failures", "6-declared-month", "7-documents-record-version"])
        #expect(try store.query("PRAGMA journal_mode") == [["wal"]])
        let columns = try store.query("SELECT name FROM pragma_table_info('documents')").map { $0[0] ?? "" }
        for column in ["id", "path", "sha256", "format", "encoding", "bytes", "kind", "organisation", "organisation_type",
                       "province", "fiscal_year", "period_from", "period_to", "project_count", "errors", "warnings",
                       "infos", "record_json", "imported_at"] {
            #expect(columns.contains(column), "documents.\(column)")
        }
        let foreignKeys = try store.query("SELECT \"table\", on_delete FROM pragma_foreign_key_list('projects')")
        #expect(foreignKeys == [["documents", "CASCADE"]])
        for table in Schema.tables { #expect(try store.count(table) == 0) }
        // Opening again runs nothing and changes nothing.
        let again = try Store(path: scratch.file("new.sqlite"))
        #expect(try again.appliedMigrations().count == 7)
    }

    @Test func aFileOfRandomBytesIsNotADatabase() throws {
        let scratch = ScratchFolder()
        var generator = SystemRandomNumberGenerator()
        let path = scratch.write((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }, to: "junk.sqlite")
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.kind == .notADatabase)
        #expect(error.description == "\(path): error: file is not a database (it does not start with the SQLite header); "
            + "choose another --db file or move this one away")
    }

    @Test func damagedPagesAfterAValidHeaderAreReportedByPath() throws {
        let scratch = ScratchFolder()
        let path = scratch.write(Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0xA5, count: 8192), to: "damaged.sqlite")
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.kind == .notADatabase || error.kind == .corrupt)
        #expect(error.description.hasPrefix("\(path): error: "))
    }

    @Test func writingThroughAReadOnlyStoreFailsClearly() throws {
        let scratch = ScratchFolder()
        let path = scratch.file("db.sqlite")
        _ = try Store(path: path)
        scratch.write("ข้อความ\n", to: "in/a.txt")
        let readOnly = try Store(path: path, options: Store.Options(readOnly: true))
        let error = try #require(throws: StoreError.self) { try ingest([scratch.file("in")], into: readOnly) }
        #expect(error.kind == .readOnly)
        #expect(error.description.hasPrefix("\(path): error: database is read-only"))
        #expect(try readOnly.count("documents") == 0)
    }

    @Test func aMissingFileOpenedReadOnlyOrAMissingFolderCannotBeOpened() throws {
        let scratch = ScratchFolder()
        let missing = scratch.file("missing.sqlite")
        let readOnly = try #require(throws: StoreError.self) { try Store(path: missing, options: Store.Options(readOnly: true)) }
        #expect(readOnly.kind == .cannotOpen)
        #expect(readOnly.description == "\(missing): error: cannot open the database: no such database file (`sarabun ingest --db \(missing)` creates one)")
        let inMissingFolder = scratch.file("no/such/folder/db.sqlite")
        let error = try #require(throws: StoreError.self) { try Store(path: inMissingFolder) }
        #expect(error.kind == .cannotOpen)
        #expect(error.description == "\(inMissingFolder): error: cannot create the database: folder \(scratch.file("no/such/folder")) does not exist")
        let folder = try #require(throws: StoreError.self) { try Store(path: scratch.path) }
        #expect(folder.description == "\(scratch.path): error: is a folder, not a database file")
    }

    // Root may write any file, so these two only mean something for an ordinary user.
    @Test(.enabled(if: !Paths.runningAsRoot)) func aReadOnlyFileIsReportedBeforeAnythingIsWritten() throws {
        let scratch = ScratchFolder()
        let path = scratch.file("db.sqlite")
        _ = try Store(path: path)
        chmod(path, 0o444)
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.kind == .readOnly)
        #expect(error.description.hasPrefix("\(path): error: database file is read-only"))
    }

    @Test(.enabled(if: !Paths.runningAsRoot)) func aReadOnlyFolderIsReported() throws {
        let scratch = ScratchFolder()
        let folder = scratch.folder("locked")
        chmod(folder, 0o555)
        let path = folder + "/db.sqlite"
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.kind == .readOnly)
        #expect(error.description.hasPrefix("\(path): error: cannot create the database: folder \(folder) is read-only"))
    }

    @Test func aWriteLockHeldPastTheBusyTimeoutIsReportedAsLocked() throws {
        let scratch = ScratchFolder()
        let path = scratch.file("db.sqlite")
        let holder = try Store(path: path)
        scratch.write("ข้อความ\n", to: "in/a.txt")
        let waiter = try Store(path: path, options: Store.Options(busyTimeout: 0.2, retries: 0))
        let locked = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? holder.write { _ in
                locked.signal()
                release.wait()
            }
            done.signal()
        }.start()
        locked.wait()
        let error = try #require(throws: StoreError.self) { try ingest([scratch.file("in")], into: waiter) }
        release.signal()
        done.wait()
        #expect(error.kind == .locked)
        #expect(error.description == "\(path): error: database is locked by another process (waited 0.2 s); "
            + "try again when the other import has finished, or raise --busy-timeout")
        // Once the other writer is done, the same import goes through.
        let run = try ingest([scratch.file("in")], into: waiter)
        #expect(run.report.imported == 1)
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let scratch = ScratchFolder()
        let path = scratch.file("db.sqlite")
        let store = try Store(path: path)
        try store.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('99-future')") }
        let error = try #require(throws: StoreError.self) { try Store(path: path) }
        #expect(error.kind == .newerSchema)
    }

    /// A month count keeps its month in the declared table (records 1.4), for exports to say which month.
    @Test func aMonthCountKeepsItsMonth() throws {
        let scratch = ScratchFolder()
        let months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
        let path = scratch.write("""
        แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗

        ที่\tโครงการ\tงบประมาณ (บาท)\t\(months.joined(separator: "\t"))
        1\tโครงการอบรมคุณธรรมทดสอบ\t30,000\t\t✓\t\t\t\t\t\t\t\t\t\t
        \tรวม\t30,000\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
        """, to: "in/months.txt")
        let store = try Store(path: scratch.file("db.sqlite"))
        _ = try ingest([path], into: store)
        #expect(try store.query("SELECT month, value FROM declared WHERE what = 'monthCount' ORDER BY month LIMIT 2")
            == [["1", "0"], ["2", "1"]])
        #expect(try store.integer("SELECT count(*) FROM declared WHERE what = 'monthCount'") == 12)
    }
}
