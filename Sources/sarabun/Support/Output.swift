#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import PlanStore
import ThaiText

/// Buffered standard output: commands print many short lines, so they are written in large blocks.
struct OutputBuffer {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > 1 << 20 { flush() }
        if bytes.count >= 1 << 20 { writeAll(bytes); return }
        buffer.append(contentsOf: bytes)
    }

    mutating func flush() {
        buffer.withUnsafeBufferPointer { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 { if errno == EINTR { continue }; return }
            offset += written
        }
    }
}

/// Reads each file with `read` and hands it to `body`, in the order given (folders walked for their documents, in
/// path order). Files are read on every core a batch at a time. A file that cannot be read is reported on
/// standard error (`file: error: …`) and the others still run; exit status 1 if any failed.
func forEachInput<Input: Sendable>(_ paths: [String], output: inout OutputBuffer, read: @escaping @Sendable (String) throws -> Input,
                                   _ body: (String, Input, inout OutputBuffer) -> Void) throws {
    var failures = 0
    forEachBatch(DocumentPaths.expanding(paths).entries, read: read) { file, result in
        switch result {
        case .success(let input): body(file, input, &output)
        case .failure(let error):
            failures += 1
            output.flush()
            printError("\(file): error: \(error)")
        }
    }
    output.flush()
    if failures > 0 { throw ExitCode(1) }
}

/// Reads the entries with `read` on every core, a batch at a time, and hands each result to `each` in the order
/// given: a batch's inputs are all that is held at once. A folder that gave no document is its error.
func forEachBatch<Input: Sendable>(_ entries: [DocumentPaths.Entry], read: @escaping @Sendable (String) throws -> Input,
                                   _ each: (String, Result<Input, any Error>) -> Void) {
    let batch = 8 * max(1, ProcessInfo.processInfo.activeProcessorCount)
    var start = 0
    while start < entries.count {
        let slice = Array(entries[start..<min(start + batch, entries.count)])
        start += slice.count
        let results = Results<Input>(count: slice.count)
        DispatchQueue.concurrentPerform(iterations: slice.count) { index in
            results.set(index, Result {
                switch slice[index] {
                case .problem(let problem): throw problem
                case .file(let path): return try read(path)
                }
            })
        }
        for (entry, result) in zip(slice, results.all) { each(entry.path, result) }
    }
}

/// Results written by several threads, each to its own index.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<Value, any Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result<Value, any Error>) { lock.lock(); values[index] = value; lock.unlock() }
    var all: [Result<Value, any Error>] { lock.lock(); defer { lock.unlock() }; return values.map { $0! } }
}

/// Writes a message to standard error.
func printError(_ message: String) {
    var text = message
    text += "\n"
    text.withUTF8 { bytes in _ = Glibc.write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
}

/// Scan output for people and for programs.
enum TokenFormatter {
    /// `file:line:column  kind  raw  value`, columns aligned within the file.
    static func writeTable(_ tokens: [Token], file: String, text: [UInt8], to output: inout OutputBuffer) {
        let rows = tokens.map { token -> (String, String, String, String) in
            let raw = token.raw(in: text).replacing("\n", with: "⏎").replacing("\t", with: "⇥")
            return ("\(file):\(token.line):\(token.column)", token.kind.rawValue, raw, TokenText.describe(token))
        }
        let placeWidth = rows.map { $0.0.count }.max() ?? 0
        let kindWidth = rows.map { $0.1.count }.max() ?? 0
        let rawWidth = min(rows.map { $0.2.count }.max() ?? 0, 40)
        for row in rows {
            output.line(pad(row.0, placeWidth) + "  " + pad(row.1, kindWidth) + "  " + pad(row.2, rawWidth) + "  " + row.3)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
