import Foundation
import GRDB

/// Why the database could not be opened or written, naming the database file and saying what to do.
/// Every error the store throws is one of these, so a command can print it as it is.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// Another process held the write lock for longer than the busy timeout.
        case locked
        /// The file is not an SQLite database (or is encrypted).
        case notADatabase
        /// An SQLite database whose pages are damaged.
        case corrupt
        /// The file, or the folder that must hold its -wal and -shm files, cannot be written.
        case readOnly
        /// The file or its folder does not exist, or is not a file.
        case cannotOpen
        case diskFull
        /// The database was written by a newer sarabun (a migration this one does not know).
        case newerSchema
        case other
    }

    public var kind: Kind
    /// The database file.
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }

    /// The store's reading of an SQLite (or other) error met while using the database at `path`.
    static func from(_ error: any Error, path: String, waited: Double) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return StoreError(.other, path: path, message: String(describing: error))
        }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.locked, path: path, message: "database is locked by another process (waited \(formatSeconds(waited))); "
                + "try again when the other import has finished, or raise --busy-timeout")
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, path: path, message: "file is not a database (not SQLite, or encrypted); "
                + "choose another --db file or move this one away")
        case .SQLITE_CORRUPT:
            return StoreError(.corrupt, path: path, message: "database disk image is malformed (\(detail)); "
                + "restore it from a copy or import again into a new file")
        case .SQLITE_READONLY:
            return StoreError(.readOnly, path: path, message: "database is read-only (\(detail)); "
                + "the file and its folder must be writable")
        case .SQLITE_CANTOPEN:
            return StoreError(.cannotOpen, path: path, message: "cannot open the database file (\(detail))")
        case .SQLITE_FULL:
            return StoreError(.diskFull, path: path, message: "disk is full; nothing of the current document was written")
        default:
            return StoreError(.other, path: path, message: detail)
        }
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }
}
