import Foundation

/// The documents named on a command line: a file as given (whatever its extension), a folder walked for the
/// files with a document extension (hidden files and folders passed over), in path order, so that a run's
/// output is the same every time. `ingest` walks folders itself, lazily and across threads.
public enum DocumentPaths {
    /// The file name extensions taken from folders (lower case, no dot).
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public struct Expansion: Sendable, Equatable {
        /// The files to read, in the order given, each folder's in path order.
        public var files: [String]
        /// Folders that hold no document, or could not be listed, and why.
        public var problems: [Problem]
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    public static func expanding(_ paths: [String], extensions: Set<String> = extensions) -> Expansion {
        var expansion = Expansion(files: [], problems: [])
        for path in paths {
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                // A file, standard input, or a path that is not there: the reader says what is wrong with it.
                expansion.files.append(path)
                continue
            }
            guard let walk = FileManager.default.enumerator(atPath: path) else {
                expansion.problems.append(Problem(path: path, reason: "the folder could not be read"))
                continue
            }
            var found: [String] = []
            while let relative = walk.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                let isDirectory = walk.fileAttributes?[.type] as? FileAttributeType == .typeDirectory
                if name.hasPrefix(".") {
                    if isDirectory { walk.skipDescendants() }
                    continue
                }
                guard !isDirectory, extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            if found.isEmpty {
                let kinds = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                expansion.problems.append(Problem(path: path, reason: "a folder with no documents in it (\(kinds))"))
            }
            expansion.files += found.sorted()
        }
        return expansion
    }
}
