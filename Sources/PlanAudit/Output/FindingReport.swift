import ThaiText

/// `sarabun check` for people: compiler-style lines grouped by document, each followed by the
/// places it rests on with the figures marked, then a summary.
public struct FindingReport {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    /// One document's findings.
    public func text(_ findings: [Finding], file: String) -> String {
        var lines: [String] = []
        for finding in findings {
            let label = paint(finding.severity.rawValue, severityColour(finding.severity))
            lines.append(paint("\(file):\(finding.line):\(finding.column):", bold) + " \(label): " + paint("[\(finding.rule)]", dim) + " \(finding.message)")
            let width = String(finding.evidence.map(\.line).max() ?? 1).count
            for item in finding.evidence {
                let number = String(item.line).leftPadded(to: width)
                let note = item.note.map { paint("  ← " + $0, dim) } ?? ""
                lines.append("  \(paint(number, dim)) │ \(excerpt(item))\(note)")
            }
            if let corroboration = finding.corroboration { lines.append("  " + paint("note: ", bold) + corroboration) }
        }
        return lines.joined(separator: "\n")
    }

    /// `3 errors, 1 warning in 2 of 5 documents`.
    public func summary(counts: [Severity: Int], documentsWithFindings: Int, documents: Int, failed: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var parts = [plural(counts[.error] ?? 0, "error"), plural(counts[.warning] ?? 0, "warning")]
        if let infos = counts[.info], infos > 0 { parts.append("\(infos) info") }
        var line = parts.joined(separator: ", ") + " in \(documentsWithFindings) of \(plural(documents, "document"))"
        if failed > 0 { line += "; \(plural(failed, "file")) could not be checked" }
        return paint(line, bold)
    }

    let maxEvidenceScalars = 160
    /// How much of the text before the figure a long evidence text keeps.
    let scalarsBeforeFigure = 50
    let maxFigureScalars = 60

    /// The evidence text with its figure underlined (or bracketed without colour), cut to at most
    /// `maxEvidenceScalars` around the figure: in a long paragraph the figure can stand far from its start.
    func excerpt(_ item: Evidence) -> String {
        // Worked on bytes: evidence texts can be long, and grapheme-aware searching was most of `check`'s time.
        // One line per place: a text that runs over lines (a citation cut before its year) is shown on one.
        let bytes = item.text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        var figure: Range<Int>?
        // A cell's value keeps the spaces around it; the figure is what stands between them.
        let value = item.value.map { value -> String in
            let scalars = value.unicodeScalars
            guard let first = scalars.firstIndex(where: { $0 != " " }), let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
            return String(scalars[first...last])
        }
        // A value as long as a line is a cell's markup, not a figure to mark.
        if let value, !value.isEmpty, value.unicodeScalars.count <= maxFigureScalars {
            let needle = value.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            if let offset = item.valueOffset, offset >= 0, offset + needle.count <= bytes.count,
               bytes[offset..<offset + needle.count].elementsEqual(needle) {
                figure = offset..<offset + needle.count
            } else if let offset = item.valueOffset, offset >= 0, offset <= bytes.count,
                      // The place of the cell the figure was read from: the figure as shown may start a space before it.
                      let found = needle.withUnsafeBufferPointer({ n in bytes.withUnsafeBufferPointer {
                          ByteSearch.firstOffset(of: n, in: UnsafeBufferPointer(rebasing: $0[max(0, offset - 2)...])) } }) {
                figure = (max(0, offset - 2) + found)..<(max(0, offset - 2) + found + needle.count)
            } else if let offset = needle.withUnsafeBufferPointer({ n in bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0) } }) {
                figure = offset..<offset + needle.count
            } else {
                // A value given in Arabic digits (`พ.ศ. 2542`) where the text writes Thai ones (`พ.ศ. ๒๕๔๒`).
                let thai = Array(DigitConversion.toThai(value).utf8).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
                if thai != needle, let offset = thai.withUnsafeBufferPointer({ n in bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0) } }) {
                    figure = offset..<offset + thai.count
                }
            }
        }
        func isScalarStart(_ index: Int) -> Bool { bytes[index] & 0xC0 != 0x80 }
        func scalars(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        // From the start when the figure is in the first `maxEvidenceScalars`; else from `scalarsBeforeFigure`
        // before it.
        var start = 0
        if let figure, scalars(0..<figure.upperBound) > maxEvidenceScalars {
            start = figure.lowerBound
            var kept = 0
            while start > 0, kept < scalarsBeforeFigure {
                start -= 1
                if isScalarStart(start) { kept += 1 }
            }
        }
        var end = start
        var counted = 0
        while end < bytes.count, counted < maxEvidenceScalars || (figure.map { end < $0.upperBound } ?? false) {
            end += 1
            while end < bytes.count, !isScalarStart(end) { end += 1 }
            counted += 1
        }
        func piece(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        // A figure its text does not hold (an indicator named without its score) is shown before the text.
        if figure == nil, let value, !value.isEmpty, value.unicodeScalars.count <= maxFigureScalars {
            let shown = value.replacing("\n", with: " ")
            return (colour ? "\u{1B}[4;33m" + shown + "\u{1B}[0m" : "«" + shown + "»") + " · " + excerpt(Evidence(line: item.line, text: item.text))
        }
        var text = start > 0 ? "…" : ""
        if let figure {
            let value = piece(figure)
            text += piece(start..<figure.lowerBound) + (colour ? "\u{1B}[4;33m" + value + "\u{1B}[0m" : "«" + value + "»")
                + piece(figure.upperBound..<end)
        } else {
            text += piece(start..<end)
        }
        return end < bytes.count ? text + "…" : text
    }

    private let bold = "1"
    private let dim = "2"

    private func severityColour(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;35"
        case .info: return "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
