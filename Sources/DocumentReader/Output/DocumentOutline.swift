/// The text form of a read document: an outline a person can read, each block with its lines.
public enum DocumentOutline {
    public static func text(_ document: Document, file: String) -> String {
        var out = "\(file): \(document.format.rawValue), \(document.encoding.rawValue), \(document.blocks.count) blocks\n"
        for block in document.blocks {
            let place = block.source.line == block.source.endLine ? "\(block.source.line)" : "\(block.source.line)-\(block.source.endLine)"
            let tag: String
            switch block.kind {
            case .heading: tag = "heading \(block.level ?? 1)"
            case .listItem: tag = "item \(block.marker ?? "-")"
            case .pageArtefact: tag = "artefact \(block.artefact?.rawValue ?? "")"
            default: tag = block.kind.rawValue
            }
            out += "\(place.padding(9)) \(tag.padding(14)) "
            if let table = block.table {
                let bodyRows = table.rows.filter { $0.kind == .body }.count
                out += "table \(table.title.map { "“\(short($0, 60))” " } ?? "")— \(table.columnCount) columns, \(bodyRows) rows"
                if table.pieces.count > 1 { out += ", \(table.pieces.count) pieces" }
                out += "\n"
                for (index, label) in table.header.enumerated() { out += "            column \(index + 1): \(label)\n" }
                for row in table.rows {
                    let cells = row.cells.map { cell in cell.tick.map { "[\($0.rawValue)]" } ?? short(cell.text, 24) }
                    var line = "            \(String(row.source.line).padding(6)) \(row.kind.rawValue.padding(6)) " + cells.joined(separator: " | ")
                    if !row.joinedLines.isEmpty { line += "  (+ lines \(row.joinedLines.map(String.init).joined(separator: ", ")))" }
                    out += line + "\n"
                    for item in row.items where row.items.count > 1 {
                        out += "                   \(item.marker) \(short(item.text, 50))\(item.aligned ? "" : " (values unaligned)")\n"
                    }
                }
            } else {
                out += short(block.text.replacing("\n", with: " ⏎ "), 100) + "\n"
            }
        }
        for warning in document.warnings { out += "\(file):\(warning)\n" }
        return out
    }

    private static func short(_ text: String, _ limit: Int) -> String {
        let oneLine = text.replacing("\n", with: " ")
        return oneLine.count <= limit ? oneLine : String(oneLine.prefix(limit - 1)) + "…"
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
