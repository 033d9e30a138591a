#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file with a size limit, giving a short reason when it cannot.
enum FileLoader {
    enum Outcome {
        case bytes([UInt8])
        /// `size` when it is known (a file too large), for the failures table.
        case failed(reason: String, size: Int?)
    }

    static func load(_ path: String, limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(reason: "cannot open: \(systemMessage())", size: nil) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed(reason: "cannot read: \(systemMessage())", size: nil) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failed(reason: "not a regular file", size: nil) }
        let size = Int(status.st_size)
        if size > limit { return .failed(reason: tooLarge(size, limit), size: size) }
        // Read at most limit + 1 bytes: a file that grew since fstat still cannot exceed the limit.
        var bytes = [UInt8]()
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: min(max(size, 4096), 1 << 20))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(reason: "cannot read: \(systemMessage())", size: size)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return .failed(reason: tooLarge(bytes.count, limit), size: bytes.count) }
        }
        return .bytes(bytes)
    }

    static func tooLarge(_ size: Int, _ limit: Int) -> String {
        "too large: \(formatSize(size)), over the \(formatSize(limit)) limit"
    }

    /// `900 bytes`, `1.5 KB`, `64 MB`, `64.0 MB` (a little over 64: the limit is exact).
    static func formatSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let (value, unit) = bytes < 1 << 20 ? (Double(bytes) / 1024, "KB") : (Double(bytes) / 1_048_576, "MB")
        return value == value.rounded() ? "\(Int(value)) \(unit)" : "\((value * 10).rounded() / 10) \(unit)"
    }

    static func systemMessage() -> String { String(cString: strerror(errno)).lowercased() }
}
