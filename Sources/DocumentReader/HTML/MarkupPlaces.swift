import ThaiText

/// Where a figure read from markup is written in the source.
///
/// A Word paragraph or table cell is read as one line of text, but its source wraps mid-sentence and
/// is full of tags and entities: counted along the text, every figure would sit on the line of the
/// `<p>` or `<td>`. A figure's digits are the same in both, so each is found in the source as the same
/// occurrence of the same run of digits, counted outside tags and entities.
public enum MarkupPlaces {
    /// Moves the tokens of `text` to where their digits stand in `raw`, the source slice that starts at
    /// `origin` (an element's start tag). A token with no digits, or whose digits are not found, keeps its place.
    public static func place(_ tokens: inout [Token], text: String, raw: String, origin: SourceLines) {
        guard !tokens.isEmpty, raw.utf8.first == UInt8(ascii: "<") else { return }
        let textBytes = Array(text.utf8)
        place(&tokens, text: textBytes, lines: [(0..<textBytes.count, 0..<raw.utf8.count, origin)], raw: Array(raw.utf8))
    }

    /// Each text line against its own raw text: `lines` pairs a range of the text with the range of the raw
    /// text it was read from and where that starts in the source.
    static func place(_ tokens: inout [Token], text: [UInt8], lines: [(text: Range<Int>, raw: Range<Int>, origin: SourceLines)],
                      raw: [UInt8]) {
        // Tokens taken in text order and lines in text order, each run matched by a table of its digits: a
        // paragraph or cell of thousands of figures is placed in one pass, not one search per figure.
        let order = tokens.indices.sorted { tokens[$0].span.start.offset < tokens[$1].span.start.offset }
        var next = 0
        for line in lines {
            while next < order.count, tokens[order[next]].span.start.offset < line.text.lowerBound { next += 1 }
            let first = next
            while next < order.count, line.text.contains(tokens[order[next]].span.start.offset) { next += 1 }
            guard first < next else { continue }
            let textRuns = DigitRun.runs(in: text, range: line.text)
            guard !textRuns.isEmpty else { continue }
            // Each text run's occurrence among the runs of the same digits, and the source's runs by their digits.
            var seen: [ArraySlice<UInt8>: Int] = [:]
            let occurrences = textRuns.map { run in
                defer { seen[run.digits, default: 0] += 1 }
                return seen[run.digits, default: 0]
            }
            var rawByDigits: [ArraySlice<UInt8>: [DigitRun]] = [:]
            for run in DigitRun.runs(inMarkup: raw, range: line.raw, origin: line.origin) { rawByDigits[run.digits, default: []].append(run) }
            for index in order[first..<next] {
                let span = tokens[index].span
                // The first run that starts inside the token.
                var low = 0, high = textRuns.count
                while low < high {
                    let middle = (low + high) / 2
                    if textRuns[middle].start < span.start.offset { low = middle + 1 } else { high = middle }
                }
                guard low < textRuns.count, textRuns[low].start < span.end.offset else { continue }
                let position = low
                let candidates = rawByDigits[textRuns[position].digits] ?? []
                guard occurrences[position] < candidates.count else { continue }
                let found = candidates[occurrences[position]]
                // A token may open with words before its digits (`ร้อยละ ๖๔.๑๗`): where the source writes them the
                // same way, the token starts that many code points before; else (`ร้อยละ&nbsp;๖๔.๑๗`) at its digits.
                let leadBytes = text[span.start.offset..<textRuns[position].start]
                let sameLead = found.start - line.raw.lowerBound >= leadBytes.count
                    && raw[(found.start - leadBytes.count)..<found.start].elementsEqual(leadBytes)
                let lead = sameLead ? leadBytes.count { $0 & 0xC0 != 0x80 } : 0
                let lineCount = span.end.line - span.start.line
                tokens[index].span.start.line = found.line
                tokens[index].span.start.column = max(1, found.column - lead)
                if lineCount == 0 {
                    tokens[index].span.end.column = tokens[index].span.start.column + (span.end.column - span.start.column)
                }
                tokens[index].span.end.line = found.line + lineCount
            }
        }
    }
}

extension Block {
    /// The raw text the text's line `offset` was read from, for a block joined from lines of markup.
    public func rawText(ofTextLine offset: Int) -> String? {
        guard let starts = rawLineStarts, let range = Self.rawRange(ofTextLine: offset, starts: starts, rawCount: rawText.utf8.count)
        else { return nil }
        let raw = rawText.utf8
        return String(rawText[raw.index(raw.startIndex, offsetBy: range.lowerBound)..<raw.index(raw.startIndex, offsetBy: range.upperBound)])
    }

    /// Where the raw text of the text's line `offset` lies: from its start to just before the "\n" that joined
    /// it to the next line's raw text.
    private static func rawRange(ofTextLine offset: Int, starts: [Int], rawCount: Int) -> Range<Int>? {
        guard offset >= 0, offset < starts.count else { return nil }
        let end = offset + 1 < starts.count ? starts[offset + 1] - 1 : rawCount
        guard starts[offset] <= end, end <= rawCount else { return nil }
        return starts[offset]..<end
    }

    /// Moves tokens scanned from this block's text to where their figures are written, when the block was
    /// read from markup: each text line is matched with its own raw text.
    public func placeInMarkup(_ tokens: inout [Token]) {
        guard !tokens.isEmpty, rawText.utf8.first == UInt8(ascii: "<") else { return }
        let textBytes = Array(text.utf8)
        let rawBytes = Array(rawText.utf8)
        var textLines: [Range<Int>] = []
        var lineStart = 0
        for (offset, byte) in textBytes.enumerated() where byte == 0x0A {
            textLines.append(lineStart..<offset)
            lineStart = offset + 1
        }
        textLines.append(lineStart..<textBytes.count)
        let rawStarts = textLines.count == 1 ? [0] : rawLineStarts
        guard let rawStarts, rawStarts.count == textLines.count else { return }
        var lines: [(text: Range<Int>, raw: Range<Int>, origin: SourceLines)] = []
        for (index, textLine) in textLines.enumerated() {
            guard let raw = Self.rawRange(ofTextLine: index, starts: rawStarts, rawCount: rawBytes.count) else { return }
            // A joined line's own column is not kept; Word starts each paragraph at the line's start.
            let origin = SourceLines(line: sourceLine(ofTextLine: index), column: index == 0 ? source.column : 1)
            lines.append((textLine, raw, origin))
        }
        MarkupPlaces.place(&tokens, text: textBytes, lines: lines, raw: rawBytes)
    }
}

/// A run of digits (Arabic or Thai) with the `,` and `.` between them: how a figure is recognised on
/// both sides.
private struct DigitRun {
    var start: Int
    var end: Int
    var digits: ArraySlice<UInt8> = []
    var line = 0
    var column = 0

    /// The width of the digit (Arabic or Thai) at `index`, or 0.
    static func digitWidth(_ bytes: [UInt8], _ index: Int) -> Int {
        bytes.withUnsafeBufferPointer { ThaiScript.digit($0, index)?.width ?? 0 }
    }

    /// The end of the run that starts at `index` (a digit).
    static func end(of bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count {
            let width = digitWidth(bytes, end)
            if width > 0 { end += width; continue }
            let byte = bytes[end]
            if (byte == 0x2C || byte == 0x2E), end + 1 < bytes.count, digitWidth(bytes, end + 1) > 0 { end += 1; continue }
            break
        }
        return end
    }

    static func runs(in bytes: [UInt8], range: Range<Int>) -> [DigitRun] {
        var runs: [DigitRun] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard digitWidth(bytes, index) > 0 else { index += 1; continue }
            let end = min(end(of: bytes, from: index), range.upperBound)
            runs.append(DigitRun(start: index, end: end, digits: bytes[index..<end]))
            index = end
        }
        return runs
    }

    /// The runs of the text between tags, each with its line and column (code points) in the source.
    static func runs(inMarkup bytes: [UInt8], range: Range<Int>, origin: SourceLines) -> [DigitRun] {
        var runs: [DigitRun] = []
        var line = origin.line
        var lineStart = range.lowerBound
        // The slice starts mid-line, at the element's column.
        var columnBase = origin.column
        var index = range.lowerBound
        var inTag = false
        // Code points counted on the current line so far, so a long line is counted once.
        var counted = (offset: range.lowerBound, column: columnBase)
        func column(at offset: Int) -> Int {
            if counted.offset < lineStart { counted = (lineStart, columnBase) }
            counted.column += bytes[counted.offset..<offset].count { $0 & 0xC0 != 0x80 }
            counted.offset = offset
            return counted.column
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; lineStart = index + 1; columnBase = 1; index += 1; continue }
            if inTag { if byte == UInt8(ascii: ">") { inTag = false }; index += 1; continue }
            if byte == UInt8(ascii: "<") { inTag = true; index += 1; continue }
            if byte == UInt8(ascii: "&") {
                // An entity (`&nbsp;`, `&#3665;`) is no digit of the text: skipped whole.
                var end = index + 1
                while end < range.upperBound, end - index < 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
                index = end < range.upperBound && bytes[end] == UInt8(ascii: ";") ? end + 1 : index + 1
                continue
            }
            guard digitWidth(bytes, index) > 0 else { index += 1; continue }
            let end = min(end(of: bytes, from: index), range.upperBound)
            runs.append(DigitRun(start: index, end: end, digits: bytes[index..<end], line: line, column: column(at: index)))
            index = end
        }
        return runs
    }
}
