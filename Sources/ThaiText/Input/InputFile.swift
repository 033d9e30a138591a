#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { message }

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// Reading whole input files (or standard input) into memory, then decoding them.
public enum InputFile {
    /// Reads and decodes `path` (`-` is standard input). Errors say what and where.
    public static func read(_ path: String, encoding: TextEncoding? = nil) throws -> DecodedText {
        let bytes = try readBytes(path)
        do {
            return try TextDecoder.decode(bytes, encoding: encoding)
        } catch {
            throw InputError(path: path, message: error.description)
        }
    }

    /// The raw bytes of `path` (`-` is standard input).
    public static func readBytes(_ path: String) throws -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, message: systemMessage()) }
        defer { if path != "-" { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, message: "is a directory")
        }
        var bytes: [UInt8] = []
        let expected = Int(status.st_size)
        if expected > 0 { bytes.reserveCapacity(expected) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, message: systemMessage())
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    static func systemMessage() -> String { String(cString: strerror(errno)) }
}
