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
                var text = item.text
                if text.unicodeScalars.count > maxEvidenceScalars { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxEvidenceScalars))) + "…" }
                let note = item.note.map { paint("  ← " + $0, dim) } ?? ""
                lines.append("  \(paint(number, dim)) │ \(mark(item.value, in: text))\(note)")
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

    /// The figure underlined (or bracketed without colour) where it stands in the text.
    private func mark(_ value: String?, in text: String) -> String {
        // Found on bytes: evidence lines can be long, and a grapheme-aware search was most of `check`'s time.
        guard let value, !value.isEmpty, let range = ByteSearch.range(of: Array(value.utf8), in: Substring(text)) else { return text }
        let marked = colour ? "\u{1B}[4;33m" + value + "\u{1B}[0m" : "«" + value + "»"
        return String(text[..<range.lowerBound]) + marked + String(text[range.upperBound...])
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
