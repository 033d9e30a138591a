#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One thing for a worker to do.
enum WorkItem: Sendable {
    case file(path: String)
    case memory(InMemoryDocument)
    /// A path that could not even be listed (missing, an unreadable folder): recorded as a failure.
    case problem(path: String, reason: String)
}

/// Hands out the files under the given paths one at a time, to any thread. The walk is lazy (open
/// folders are a stack of directory streams), so its memory is the depth of the tree, not the
/// number of files.
final class InputWalker: @unchecked Sendable {
    private let lock = NSLock()
    private let roots: [String]
    private let extensions: Set<String>
    private var nextRoot = 0
    // Guarded by `lock`: directory streams are used by one thread at a time.
    private var open: [(path: String, stream: OpaquePointer)] = []

    init(roots: [String], extensions: Set<String>) {
        self.roots = roots.map(Self.absolute)
        self.extensions = extensions
    }

    deinit {
        for folder in open { closedir(folder.stream) }
    }

    /// The next file, or nil when the walk is over.
    func next() -> (item: WorkItem, size: Int)? {
        lock.lock()
        defer { lock.unlock() }
        return advance()
    }

    private func advance() -> (item: WorkItem, size: Int)? {
        while true {
            if let folder = open.last {
                guard let entry = readdir(folder.stream) else {
                    closedir(folder.stream)
                    open.removeLast()
                    continue
                }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                // `.`, `..`, and hidden files and folders (.git, .DS_Store, editors' backups).
                if name.hasPrefix(".") { continue }
                let path = folder.path == "/" ? "/" + name : folder.path + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { return (.problem(path: path, reason: Self.systemMessage()), 0) }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    if let problem = push(path) { return (problem, 0) }
                case S_IFREG:
                    if accepts(name) { return (.file(path: path), Int(status.st_size)) }
                case S_IFLNK:
                    // A link to a file is taken; a link to a folder is not followed (it could loop).
                    var target = stat()
                    guard accepts(name) else { continue }
                    guard stat(path, &target) == 0 else { return (.problem(path: path, reason: "broken link: \(Self.systemMessage())"), 0) }
                    switch target.st_mode & S_IFMT {
                    case S_IFREG: return (.file(path: path), Int(target.st_size))
                    case S_IFDIR: continue
                    default: return (.problem(path: path, reason: Self.notAFile(target)), 0)
                    }
                default:
                    // A pipe, socket or device named like a document: said, not read (reading a pipe would
                    // wait for a writer that may never come) and not passed over in silence.
                    if accepts(name) { return (.problem(path: path, reason: Self.notAFile(status)), 0) }
                }
                continue
            }
            guard nextRoot < roots.count else { return nil }
            let root = roots[nextRoot]
            nextRoot += 1
            var status = stat()
            guard stat(root, &status) == 0 else { return (.problem(path: root, reason: Self.systemMessage()), 0) }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                if let problem = push(root) { return (problem, 0) }
                continue
            }
            // A file named on its own is taken whatever its extension; a pipe or device is not read.
            guard (status.st_mode & S_IFMT) == S_IFREG else { return (.problem(path: root, reason: Self.notAFile(status)), 0) }
            return (.file(path: root), Int(status.st_size))
        }
    }

    private func push(_ path: String) -> WorkItem? {
        guard let stream = opendir(path) else {
            return .problem(path: path, reason: "cannot list folder: \(Self.systemMessage())")
        }
        open.append((path, stream))
        return nil
    }

    private func accepts(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Why a path that is neither a file nor a folder is not imported.
    static func notAFile(_ status: stat) -> String {
        switch status.st_mode & S_IFMT {
        case S_IFIFO: "not a regular file: a named pipe"
        case S_IFSOCK: "not a regular file: a socket"
        case S_IFCHR, S_IFBLK: "not a regular file: a device"
        default: "not a regular file"
        }
    }

    static func systemMessage() -> String { String(cString: strerror(errno)).lowercased() }

    /// `path` made absolute and lexically clean (`./`, `//`, `..` removed), without resolving links:
    /// the identity of a file in the database, the same whichever folder the import ran from.
    static func absolute(_ path: String) -> String {
        var full = path
        if !path.hasPrefix("/") {
            let cwd = FileManager.default.currentDirectoryPath
            full = cwd + "/" + path
        }
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
