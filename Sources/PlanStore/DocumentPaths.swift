import Foundation

/// The documents named on a command line: a file as given (whatever its extension), a folder walked for the
/// files with a document extension (hidden files and folders passed over), in path order, so that a run's
/// output is the same every time. `ingest` walks folders itself, lazily and across threads.
public enum DocumentPaths {
    /// The file name extensions taken from folders (lower case, no dot).
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public struct Expansion: Sendable, Equatable {
        /// The files to read and the folders that gave none, in the order given, each folder's files in path order.
        public var entries: [Entry]
        /// The files to read.
        public var files: [String] { entries.compactMap { if case .file(let path) = $0 { path } else { nil } } }
        /// Folders that hold no document, or could not be listed, and why.
        public var problems: [Problem] { entries.compactMap { if case .problem(let problem) = $0 { problem } else { nil } } }
    }

    public enum Entry: Sendable, Equatable {
        case file(String)
        case problem(Problem)

        /// The file, or the folder that gave none.
        public var path: String {
            switch self {
            case .file(let path): path
            case .problem(let problem): problem.path
            }
        }
    }

    /// A folder that gave no document, and why: an error of that path.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { reason }
    }

    public static func expanding(_ paths: [String], extensions: Set<String> = extensions) -> Expansion {
        var expansion = Expansion(entries: [])
        for path in paths {
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                // A file, standard input, or a path that is not there: the reader says what is wrong with it.
                expansion.entries.append(.file(path))
                continue
            }
            // The ingest's walk (links to files taken, pipes and unlistable folders said), its absolute paths
            // given back under the folder as it was named.
            let walker = InputWalker(roots: [path], extensions: extensions)
            let root = InputWalker.absolute(path)
            let named = path.hasSuffix("/") ? String(path.dropLast()) : path
            func asNamed(_ walked: String) -> String { walked.hasPrefix(root) ? named + walked.dropFirst(root.count) : walked }
            var found: [String] = []
            while let (item, _) = walker.next() {
                switch item {
                case .file(let file): found.append(asNamed(file))
                case .problem(let problem, let reason): expansion.entries.append(.problem(Problem(path: asNamed(problem), reason: reason)))
                case .memory: continue
                }
            }
            if found.isEmpty {
                let kinds = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                expansion.entries.append(.problem(Problem(path: path, reason: "a folder with no documents in it (\(kinds))")))
            }
            expansion.entries += found.sorted().map(Entry.file)
        }
        return expansion
    }
}
