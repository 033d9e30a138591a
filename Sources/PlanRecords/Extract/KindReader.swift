import DocumentReader
import ThaiText

/// What the document is, from the title phrases near its top (DocumentKindWords).
enum KindReader {
    static func read(_ blocks: [Block]) -> (kind: DocumentKind, title: Located<String>?) {
        var seen = 0
        for block in blocks where block.kind != .pageArtefact {
            seen += 1
            if seen > DocumentKindWords.titleWindow { break }
            let compact = TextTools.compact(block.kind == .table ? (block.table?.title ?? "") : block.text)
            guard !compact.isEmpty else { continue }
            for entry in DocumentKindWords.titles where entry.phrases.contains(where: compact.includes) {
                return (entry.kind, Located(title(of: block, kind: entry.kind), raw: block.rawText, source: block.source))
            }
        }
        return (.unknown, nil)
    }

    /// A title's lines, up to where the body of an announcement begins; a memo's title is its เรื่อง line.
    static func title(of block: Block, kind: DocumentKind) -> String {
        let lines = TextTools.lines(block.kind == .table ? (block.table?.title ?? "") : block.text, omittingEmpty: true).map { TextTools.trimmed($0) }
        if kind == .itaAnalysisMemo, let subject = lines.first(where: { $0.startsWith("เรื่อง") }) {
            return TextTools.trimmed(subject.dropFirst("เรื่อง".count))
        }
        var kept: [String] = []
        for line in lines.prefix(maxTitleLines) {
            if bodyStarts.contains(where: line.startsWith) { break }
            // A sentence that announces what follows (`… ได้ดำเนินการ … จำนวน ๓ โครงการ ดังนี้`) or a dimension's
            // heading is the body, however the export ran them on from the title.
            if !kept.isEmpty, line.endsWith("ดังนี้") || OutlineReader.dimension(in: Substring(line)) != nil { break }
            kept.append(line)
        }
        var title = (kept.isEmpty ? Array(lines.prefix(1)) : kept).joined(separator: " ")
        // A title run together with the body on one line ends where the body's first word begins.
        if let cut = bodyStarts.compactMap({ ByteSearch.range(of: Array((" " + $0).utf8), in: Substring(title))?.lowerBound }).min() {
            title = String(title[..<cut])
        }
        return title
    }

    static let maxTitleLines = 4
    /// Words that open the body of an announcement, after its title.
    static let bodyStarts = ["ด้วย", "ตามที่", "โดยที่", "อาศัย", "ส่วนราชการ", "ที่ ", "วันที่"]
}
