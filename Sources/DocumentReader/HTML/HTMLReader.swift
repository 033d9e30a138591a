import HTMLTree
import ThaiText

/// Reads a whole HTML export (Word or LibreOffice "save as web page", pdftohtml) into a draft, in
/// document order: `<h1>`–`<h6>` → headings, `<p>`/`<div>` → lines (`<br>` splits lines), `<li>` →
/// list items, Word's bulleted `MsoListParagraph` → list items, `<table>` → draft tables (nested
/// tables flattened into their cell). One pass over the node array. A PDF converted as drawn (each line
/// an absolutely positioned element) is read from the positions instead (``PositionedLayout``).
///
/// Paragraph breaks follow ``HTMLParagraphBreaks``: by default where the text export of the same
/// document has a blank line, so both forms give the same draft.
enum HTMLReader {
    /// - Parameters:
    ///   - document: the parsed document.
    ///   - source: the bytes it was parsed from, as UTF-8, for columns and raw text; without them
    ///     every column is 1 and `raw` is the element's text as parsed.
    ///   - firstLine: the source line of the first byte (as given to `HTMLDocument.parse`).
    ///   - firstColumn: the column of the first byte, for a fragment that starts mid-line.
    ///   - breaks: where paragraph breaks go.
    ///   - unwrapsLayoutTables: read the table inside a one-cell frame as the table (not when reading that
    ///     inner table itself, which would go on as deep as the frames nest).
    static func read(_ document: HTMLDocument, source: [UInt8]? = nil, firstLine: Int = 1,
                     firstColumn: Int = 1, breaks: HTMLParagraphBreaks = .likeText, unwrapsLayoutTables: Bool = true) -> Draft {
        let map = source.map { HTMLSourceMap($0, firstLine: firstLine, firstColumn: firstColumn) }
        // A PDF converted as drawn: read from where its text stands (a fragment is always read by its markup).
        if firstLine == 1, firstColumn == 1, let source, PositionedLayout.mayBeDrawn(source),
           var drawn = PositionedLayout.read(document, map: map) {
            drawn.warnings = warnings(from: document, firstLine: firstLine)
            return drawn
        }
        var walker = HTMLWalker(document: document, map: map, mode: .document, firstLine: firstLine,
                                breaks: breaks)
        walker.unwrapsLayoutTables = unwrapsLayoutTables
        walker.run()
        var draft = walker.draft
        draft.warnings = warnings(from: document, firstLine: firstLine) + draft.warnings
        return draft
    }

    /// At most this many parser diagnostics become warnings (HTMLTree caps and summarises too).
    static let maxDiagnostics = 100

    /// libxml2's and HTMLTree's diagnostics as warnings with a place (the document's first line
    /// when the problem has none).
    static func warnings(from document: HTMLDocument, firstLine: Int, columnOnFirstLine: Int = 1) -> [ReadWarning] {
        var warnings: [ReadWarning] = []
        for diagnostic in document.diagnostics.prefix(maxDiagnostics) {
            let line = diagnostic.line ?? firstLine
            var column = diagnostic.column ?? 1
            if line == firstLine { column += columnOnFirstLine - 1 }
            warnings.append(ReadWarning(line: line, column: column, message: "HTML: \(diagnostic.message)"))
        }
        if document.diagnostics.count > maxDiagnostics {
            warnings.append(ReadWarning(line: firstLine, message: "HTML: \(document.diagnostics.count - maxDiagnostics) more diagnostic(s) not kept"))
        }
        return warnings
    }
}

/// Where a draft read from HTML has paragraph breaks.
enum HTMLParagraphBreaks: Sendable {
    /// Where the document's text export has a blank line: each `<p>` is a line of text (Word
    /// writes one per line typed), an empty `<p>`/`<div>` (`<p class=MsoNormal>&nbsp;</p>`) is
    /// the blank line, as are `<br><br>`, `<hr>` and the end of a list.
    case likeText
    /// Also after every block's lines (each `<p>` a paragraph of its own).
    case everyBlock
}
