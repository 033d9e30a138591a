import Foundation
import GRDB
import PlanRecords

/// One sarabun database file. Opened as a GRDB `DatabasePool` in WAL mode, so exports and queries
/// read a consistent snapshot while an import writes, and two importing processes can share the
/// file: each write waits for the other's (busy timeout), then is retried a few times.
public final class Store: Sendable {
    public struct Options: Sendable {
        /// How long a write waits for another process's write lock before giving up (seconds).
        public var busyTimeout: Double
        /// How many times a write that still found the database busy is tried again.
        public var retries: Int
        /// Open without writing anything (no migrations): for export and queries of a file one may not write.
        public var readOnly: Bool

        /// How long a write may wait in all before it fails as locked.
        public var longestWait: Double { busyTimeout * Double(retries + 1) }

        public init(busyTimeout: Double = 10, retries: Int = 3, readOnly: Bool = false) {
            self.busyTimeout = busyTimeout
            self.retries = retries
            self.readOnly = readOnly
        }
    }

    /// The database file, as given.
    public let path: String
    public let options: Options
    let pool: DatabasePool

    /// Opens (creating when missing, unless read-only) the database at `path` and brings its tables up
    /// to date. Throws `StoreError` saying what is wrong with the file: locked, not a database, read-only.
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        self.options = options
        try StoreFile.check(path, readOnly: options.readOnly)
        var configuration = Configuration()
        configuration.readonly = options.readOnly
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.label = "sarabun"
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a commit survives a crash of the process (not a power cut
            // before the next checkpoint), and commits do not each wait for fsync.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        pool = try Self.openPool(path: path, configuration: configuration, options: options)
        try migrate()
    }

    /// Opens the pool. A new file opened by two processes at once: switching it to WAL takes an exclusive
    /// lock that SQLite does not wait for, so a busy answer there is retried, as the migrations are.
    private static func openPool(path: String, configuration: Configuration, options: Options) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where attempt < max(options.retries, 5) && isBusy(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
            } catch {
                throw StoreError.from(error, path: path, waited: options.longestWait)
            }
        }
    }

    /// Runs the migrations this database lacks. Two processes opening a new file at once may both
    /// try; the loser's migration rolls back and is retried against what the winner wrote.
    private func migrate() throws {
        let migrator = Schema.migrator
        var attempt = 0
        while true {
            do {
                let (superseded, complete) = try pool.read { db in
                    (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
                }
                if superseded {
                    throw StoreError(.newerSchema, path: path,
                                     message: "database was written by a newer sarabun (it has tables this version does not know); use the newer sarabun")
                }
                if complete { return }
                if options.readOnly {
                    throw StoreError(.readOnly, path: path, message: "database has not been set up by `sarabun ingest` and is opened read-only")
                }
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError where attempt < max(options.retries, 5) && Self.isRace(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
            } catch {
                throw StoreError.from(error, path: path, waited: options.longestWait)
            }
        }
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken at BEGIN, so a second
    /// process waits there (busy timeout) rather than failing when it upgrades a read. Everything
    /// `body` writes commits together or not at all; an error rolls it back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try pool.writeWithoutTransaction { db in
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            } catch let error as DatabaseError where attempt < options.retries && Self.isBusy(error) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            } catch {
                throw StoreError.from(error, path: path, waited: options.longestWait)
            }
        }
    }

    /// Reads a consistent snapshot (concurrent with a writer in WAL mode).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.from(error, path: path, waited: options.longestWait)
        }
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Errors a migration meets when another process ran the same migration first: a table that already
    /// exists, or a column already added (`ALTER TABLE … ADD COLUMN`).
    private static func isRace(_ error: DatabaseError) -> Bool {
        if isBusy(error) || error.resultCode == .SQLITE_CONSTRAINT { return true }
        let message = error.message ?? ""
        return error.resultCode == .SQLITE_ERROR && (message.contains("already exists") || message.contains("duplicate column name"))
    }

    // MARK: Small queries

    /// The SHA-256 stored for `path`, nil when the path has not been imported, or was by a sarabun that wrote
    /// another record format (its records lack what this one reads: the file is parsed again).
    public func storedSHA256(path: String) throws -> String? {
        try read { db in
            try Row.fetchOne(db, sql: Self.storedDocumentSQL, arguments: [path]).flatMap(Self.currentSHA256)
        }
    }

    /// A stored document's id, SHA-256 and record format.
    static let storedDocumentSQL = "SELECT id, sha256, record_version FROM documents WHERE path = ?"

    /// The row's SHA-256 when its record was stored in this record format (a document stored before formats
    /// were recorded has none, and is parsed again once).
    static func currentSHA256(_ row: Row) -> String? {
        (row["record_version"] as String?) == PlanRecord.schemaVersion ? row["sha256"] : nil
    }

    /// How many rows `table` holds (one of `Schema.tables`).
    public func count(_ table: String) throws -> Int {
        guard Schema.tables.contains(table) else { throw StoreError(.other, path: path, message: "no table named \(table)") }
        return try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// The names of the tables in the file (migrations' bookkeeping excluded).
    public func tableNames() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        }
    }

    /// Every row of `sql` as text cells (NULL as nil): for tests and for looking into a database by hand.
    func query(_ sql: String, _ arguments: [String] = []) throws -> [[String?]] {
        try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                (0..<row.count).map { index -> String? in
                    let value: DatabaseValue = row[index]
                    return value.isNull ? nil : CSV.field(value)
                }
            }
        }
    }

    /// The migrations applied, by name.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Schema.migrator.appliedMigrations(db) }
    }
}
