import ThaiText

/// A wrapped name put back on one line, by the rule the reader joins a table's continuation rows with.
/// A cell that wraps with `<br>` or with paragraphs keeps its line breaks in the document (they can separate
/// items); a record that needs the cell as one name joins them here.
public enum WrappedLines {
    /// `text` on one line: a break that splits a Thai word (`บุคลา` / `กร`, by ICU's dictionary) is dropped,
    /// any other break becomes one space.
    public static func joined(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        var output = ""
        var afterBreak = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A blank line parts two paragraphs: no word runs across it.
            if line.isEmpty { afterBreak = !output.isEmpty; continue }
            if output.isEmpty { output = String(line) }
            else if afterBreak { output += " " + line }
            else { output = ThaiJoin.joinLines(output, String(line)).text }
            afterBreak = false
        }
        return output
    }
}
