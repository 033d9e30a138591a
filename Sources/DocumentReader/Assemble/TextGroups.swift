/// Draft items grouped into paragraphs, headings, list items, tables and gaps — the first step of assembly.
enum Part {
    case text(TextGroup)
    case table(DraftTable)
    /// One or more blank lines (or element boundaries).
    case gap
}

struct TextGroup {
    var kind: Block.Kind
    var lines: [DraftLine]
    var level: Int?
    var marker: String?
    var artefact: PageArtefact?

    var source: SourceLines {
        let first = lines.first!.source
        return SourceLines(line: first.line, column: first.column, endLine: lines.last!.source.endLine)
    }
}

extension Part {
    static func group(_ items: [DraftItem]) -> [Part] {
        var parts: [Part] = []
        var open: TextGroup?
        func close() {
            if let group = open { parts.append(.text(group)) }
            open = nil
        }
        for item in items {
            switch item {
            case .line(let line):
                if open != nil { open!.lines.append(line) } else { open = TextGroup(kind: .paragraph, lines: [line]) }
            case .paragraphBreak:
                close()
                if case .gap? = parts.last {} else { parts.append(.gap) }
            case .heading(let line, let level):
                close()
                parts.append(.text(TextGroup(kind: .heading, lines: [line], level: level)))
            case .listItem(let line, let marker):
                close()
                open = TextGroup(kind: .listItem, lines: [line], marker: marker)
            case .table(let table):
                close()
                parts.append(.table(table))
            }
        }
        close()
        return parts
    }
}
