import DocumentReader
import ThaiText

/// What the document is, from the title phrases near its top (DocumentKindWords).
enum KindReader {
    static func read(_ blocks: [Block]) -> (kind: DocumentKind, title: Located<String>?) {
        var seen = 0
        for (index, found) in blocks.enumerated() where found.kind != .pageArtefact {
            seen += 1
            if seen > DocumentKindWords.titleWindow { break }
            let text = found.kind == .table ? (found.table?.title ?? "") : found.text
            let compact = TextTools.compact(text)
            guard !compact.isEmpty else { continue }
            for entry in DocumentKindWords.titles where entry.phrases.contains(where: compact.includes)
                || entry.kind == .progressReport && opensAReport(text) {
                // A memo's title is its เรื่อง, a few paragraphs below `บันทึกข้อความ` in a text export.
                let block = entry.kind == .itaAnalysisMemo
                    ? blocks[index...].prefix(memoHeaderBlocks).first(where: { subjectLine(in: $0) != nil }) ?? found : found
                let (text, line) = titleAndLine(of: block, kind: entry.kind)
                // The title's own line: a memo's เรื่อง stands a few lines into its header block.
                let source = SourceLines(line: block.sourceLine(ofTextLine: line), column: line == 0 ? block.source.column : 1,
                                         endLine: block.source.endLine)
                return (entry.kind, Located(text, raw: block.rawText, source: source))
            }
        }
        return (.unknown, nil)
    }

    /// Whether one of the first lines of a block (or a table's title) is a progress report's title in other
    /// words than the phrases'.
    static func opensAReport(_ text: String) -> Bool {
        TextTools.lines(text).prefix(maxTitleLines).contains { line in
            let compact = TextTools.compact(line)
            return DocumentKindWords.reportOpeners.contains(where: compact.startsWith)
                && DocumentKindWords.planWords.contains(where: compact.includes)
        }
    }

    /// A title's lines, up to where the body of an announcement begins; a memo's title is its เรื่อง line.
    static func title(of block: Block, kind: DocumentKind) -> String { titleAndLine(of: block, kind: kind).text }

    /// The title, and the text line of the block it starts on.
    static func titleAndLine(of block: Block, kind: DocumentKind) -> (text: String, line: Int) {
        let all = TextTools.lines(block.kind == .table ? (block.table?.title ?? "") : block.text).map { TextTools.trimmed($0) }
        if kind == .itaAnalysisMemo, let subject = subjectLine(in: block) {
            // The subject wraps onto a line or two below it, up to the next header label (`เรียน`), a blank line
            // or a sentence announcing what follows (`… ดังนี้`).
            var text = [TextTools.trimmed(all[subject].dropFirst(subjectLabel.count))]
            for line in all[(subject + 1)...].prefix(maxSubjectWraps) {
                if line.isEmpty || memoLabels.contains(where: line.startsWith) || line.endsWith("ดังนี้") { break }
                text.append(line)
            }
            return (text.joined(separator: " "), subject)
        }
        // The organisation's name on a line above the title (Word paragraphs with no empty one between them) is
        // no part of it: the title starts at the first line that is not only a name.
        let phrases = DocumentKindWords.titles.first { $0.kind == kind }?.phrases ?? []
        func onlyAName(_ line: String) -> Bool {
            MetadataReader.typeWords(in: Substring(line)).first?.0.lowerBound == line.startIndex
                && !phrases.contains(where: TextTools.compact(line).includes)
        }
        let opening = all.indices.first { !all[$0].isEmpty && !onlyAName(all[$0]) }
        // A table's title is its own: its lines are not the block's source lines.
        let first = block.kind == .table ? 0 : opening ?? all.firstIndex(where: { !$0.isEmpty }) ?? 0
        let lines = all[(opening ?? 0)...].filter { !$0.isEmpty }
        var kept: [String] = []
        for line in lines.prefix(maxTitleLines) {
            if bodyStarts.contains(where: line.startsWith) { break }
            // A sentence that announces what follows (`… ได้ดำเนินการ … จำนวน ๓ โครงการ ดังนี้`) or a dimension's
            // heading is the body, however the export ran them on from the title.
            if !kept.isEmpty, line.endsWith("ดังนี้") || OutlineReader.dimension(in: Substring(line)) != nil { break }
            // The organisation's own line below the title (`องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…`) is no part of it;
            // `ขององค์การบริหารส่วนตำบล…` is.
            if !kept.isEmpty, MetadataReader.typeWords(in: Substring(line)).first?.0.lowerBound == line.startIndex { break }
            kept.append(line)
        }
        var title = (kept.isEmpty ? Array(lines.prefix(1)) : kept).joined(separator: " ")
        // A title run together with the body on one line ends where the body's first word begins.
        if let cut = bodyStarts.compactMap({ ByteSearch.range(of: Array((" " + $0).utf8), in: Substring(title))?.lowerBound }).min() {
            title = String(title[..<cut])
        }
        return (title, first)
    }

    static let maxTitleLines = 4
    /// How many blocks from `บันทึกข้อความ` a memo's เรื่อง is looked for.
    static let memoHeaderBlocks = 8
    static let subjectLabel = "เรื่อง"
    static let maxSubjectWraps = 2
    /// The labels of a memo's header lines, which end a subject wrapped over lines.
    static let memoLabels = ["เรียน", "ส่วนราชการ", "ที่ ", "วันที่", "สิ่งที่ส่งมาด้วย", "อ้างถึง"]

    /// The text line of a block that opens with เรื่อง.
    static func subjectLine(in block: Block) -> Int? {
        guard block.kind != .table, TextTools.containsBytes(Array(subjectLabel.utf8), in: block.text) else { return nil }
        return TextTools.lines(block.text).firstIndex { TextTools.trimmed($0).startsWith(subjectLabel) }
    }
    /// Words that open the body of an announcement, after its title.
    static let bodyStarts = ["ด้วย", "ตามที่", "โดยที่", "อาศัย", "ส่วนราชการ", "ที่ ", "วันที่"]
}
