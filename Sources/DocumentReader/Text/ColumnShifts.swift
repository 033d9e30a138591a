import ThaiText

/// Where the text of a line stands in its raw source once markup and runs of spaces are taken out of it:
/// from scalar `textOffset` of the text on, its scalars stand in the raw text from scalar `rawOffset` on.
/// `จำนวน  **๒๙**  โครงการ` reads `จำนวน ๒๙ โครงการ`; the `๒๙` at text offset 6 stands at raw offset 9.
struct ColumnShift: Hashable, Sendable {
    var textOffset: Int
    var rawOffset: Int
}

enum ColumnShifts {
    /// The shifts of `text` against the `raw` it was read from, one where the distance between them changes
    /// (the first one where the text starts). The text is matched against the raw text in order, letter for
    /// letter, a space against any blank (tab, CR, no-break space); what it does not match was taken out
    /// (markup, a tag, the rest of a run of spaces, an entity's name after its `&`). Nil when some of the
    /// text is not in the raw text as written (a checkbox `[x]` read as a tick): then the line keeps only where
    /// it starts.
    static func of(_ text: String, in raw: String) -> [ColumnShift]? {
        text.withBytes { text in raw.withBytes { raw in of(text, in: raw) } }
    }

    static func of(_ text: Bytes, in raw: Bytes) -> [ColumnShift]? {
        var shifts: [ColumnShift] = []
        var textIndex = 0, rawIndex = 0
        var textScalars = 0, rawScalars = 0
        while textIndex < text.count {
            let width = UTF8Text.scalar(text, at: textIndex).width
            // The raw text up to the next place that holds this scalar is what the reading took out.
            var matched = 0
            while rawIndex < raw.count {
                matched = matchWidth(text, textIndex, width, raw, rawIndex)
                if matched > 0 { break }
                // A tag is skipped whole, so that a letter of its name is never taken for the text's.
                if raw[rawIndex] == UInt8(ascii: "<"), text[textIndex] != UInt8(ascii: "<"),
                   let close = raw[rawIndex...].firstIndex(of: UInt8(ascii: ">")) {
                    rawScalars += UTF8Text.scalarCount(Bytes(rebasing: raw[rawIndex...close]), upTo: .max)
                    rawIndex = close + 1
                    continue
                }
                rawIndex += UTF8Text.scalar(raw, at: rawIndex).width
                rawScalars += 1
            }
            guard matched > 0 else { return nil }
            if shifts.last.map({ $0.rawOffset - $0.textOffset != rawScalars - textScalars }) ?? true {
                shifts.append(ColumnShift(textOffset: textScalars, rawOffset: rawScalars))
            }
            textIndex += width
            rawIndex += matched
            textScalars += 1
            rawScalars += 1
        }
        return shifts
    }

    /// How many raw bytes the text's scalar at `textIndex` matches at `rawIndex` (0 where it does not).
    private static func matchWidth(_ text: Bytes, _ textIndex: Int, _ width: Int, _ raw: Bytes, _ rawIndex: Int) -> Int {
        let byte = raw[rawIndex]
        if text[textIndex] == 0x20 {
            switch byte {
            case 0x20, 0x09, 0x0D: return 1
            case 0xC2 where rawIndex + 1 < raw.count && raw[rawIndex + 1] == 0xA0: return 2
            default: return 0
            }
        }
        guard rawIndex + width <= raw.count else { return 0 }
        for offset in 0..<width where text[textIndex + offset] != raw[rawIndex + offset] { return 0 }
        return width
    }
}
