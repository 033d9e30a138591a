#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Output of the database commands (export, findings) to standard output or to a file. A file is
/// written beside its final name and renamed at the end, so a failed export leaves no half file.
final class TextSink {
    private let descriptor: Int32
    private let finalPath: String?
    private let partialPath: String?

    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = STDOUT_FILENO
            finalPath = nil
            partialPath = nil
            return
        }
        let partial = path + ".partial"
        let opened = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else { throw TextSinkError("\(path): error: cannot write: \(String(cString: strerror(errno)))") }
        descriptor = opened
        finalPath = path
        partialPath = partial
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw TextSinkError("\(finalPath ?? "stdout"): error: cannot write: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Closes a file output and gives it its name; `succeeded: false` removes the partial file.
    func finish(succeeded: Bool) throws {
        guard let finalPath, let partialPath else { return }
        close(descriptor)
        if !succeeded { unlink(partialPath); return }
        guard rename(partialPath, finalPath) == 0 else {
            throw TextSinkError("\(finalPath): error: cannot write: \(String(cString: strerror(errno)))")
        }
    }
}

struct TextSinkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A stored path as the user reads it: relative to the current folder when it lies inside it
/// (still a valid path from here, and what editors expect), absolute otherwise.
func displayPath(_ path: String) -> String {
    guard let folder = currentFolder, path.hasPrefix(folder + "/") else { return path }
    return String(path.dropFirst(folder.count + 1))
}

private let currentFolder: String? = {
    guard let pointer = getcwd(nil, 0) else { return nil }
    defer { free(pointer) }
    let folder = String(cString: pointer)
    return folder == "/" ? "" : folder
}()

/// `1 error`, `3 warnings`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
