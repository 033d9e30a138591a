#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanStore

/// The ingest progress bar on a terminal's standard error: redrawn in place at most ten times a
/// second; messages (failures) are printed above it.
struct ProgressBar {
    private var lastDraw: Double = -1
    private var shown = false

    /// Redraws for `progress` unless it was drawn less than 0.1 s ago (`force` draws anyway).
    mutating func update(_ progress: IngestProgress, force: Bool = false) {
        guard force || progress.seconds - lastDraw >= 0.1 else { return }
        lastDraw = progress.seconds
        let width = Self.terminalWidth()
        var counts = "\(progress.done)"
        var fraction: Double?
        if let total = progress.total, total > 0 {
            counts += "/\(total)"
            // Bytes track the work better than files do (files differ a hundredfold in size).
            if let totalBytes = progress.totalBytes, totalBytes > 0 {
                fraction = min(1, Double(progress.bytesDone) / Double(totalBytes))
            } else {
                fraction = min(1, Double(progress.done) / Double(total))
            }
        }
        var tail = " \(counts) files"
        if let fraction { tail += "  \(Int(fraction * 100))%" }
        if progress.seconds > 0.5 { tail += "  " + Self.rate(Double(progress.bytesDone) / progress.seconds) }
        if let left = progress.secondsLeft { tail += "  ETA " + Self.clock(left) }
        var line = ""
        let barWidth = min(30, width - tail.count - 3)
        if let fraction, barWidth >= 10 {
            let filled = Int(fraction * Double(barWidth))
            line = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + "]"
        }
        line += tail
        write("\r\u{1B}[K" + String(line.prefix(width - 1)))
        shown = true
    }

    /// Prints `message` on a line of its own above the bar.
    mutating func print(_ message: String) {
        write((shown ? "\r\u{1B}[K" : "") + message + "\n")
        lastDraw = -1
    }

    /// Removes the bar.
    mutating func clear() {
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = Glibc.write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }

    static func rate(_ bytesPerSecond: Double) -> String {
        let megabytes = bytesPerSecond / 1_048_576
        return megabytes >= 10 ? "\(Int(megabytes)) MB/s" : "\((megabytes * 10).rounded() / 10) MB/s"
    }

    /// `0:42`, `12:05`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
