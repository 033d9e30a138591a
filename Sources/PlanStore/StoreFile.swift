#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks made on the database file before SQLite opens it, because SQLite's own messages for these
/// cases ("unable to open database file", "attempt to write a readonly database" on the first write)
/// do not say which file or what to do.
enum StoreFile {
    static func check(_ path: String, readOnly: Bool) throws {
        let folder = parentFolder(of: path)
        var status = stat()
        if stat(path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw StoreError(.cannotOpen, path: path, message: "is a folder, not a database file")
            }
            if status.st_size > 0, !hasSQLiteHeader(path) {
                throw StoreError(.notADatabase, path: path, message: "file is not a database (it does not start with the SQLite header); "
                    + "choose another --db file or move this one away")
            }
            guard !readOnly else { return }
            if access(path, W_OK) != 0 {
                throw StoreError(.readOnly, path: path, message: "database file is read-only (\(systemMessage())); make it writable or choose another --db file")
            }
            if access(folder, W_OK) != 0 {
                throw StoreError(.readOnly, path: path, message: "folder \(folder) is read-only (\(systemMessage())); "
                    + "SQLite must create \(path)-wal and \(path)-shm beside the database")
            }
        } else {
            let code = errno, missing = systemMessage()  // before the calls below change errno
            if readOnly {
                let hint = code == ENOENT ? "no such database file (`sarabun ingest --db \(path)` creates one)" : missing
                throw StoreError(.cannotOpen, path: path, message: "cannot open the database: \(hint)")
            }
            var folderStatus = stat()
            guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
                throw StoreError(.cannotOpen, path: path, message: "cannot create the database: folder \(folder) does not exist")
            }
            if access(folder, W_OK) != 0 {
                throw StoreError(.readOnly, path: path, message: "cannot create the database: folder \(folder) is read-only (\(systemMessage()))")
            }
        }
    }

    /// Every SQLite 3 file starts with these 16 bytes.
    static func hasSQLiteHeader(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return true }  // unreadable: let SQLite say why
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        return count == 16 && header == Array("SQLite format 3\0".utf8)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func systemMessage() -> String { String(cString: strerror(errno)) }
}
