import ThaiText

/// What plain-text and markdown exports leave inside running text: `**bold**`, autolinks
/// `<https://…>`, HTML fragments, ticks. Turns a raw line or cell into its text and tick.
enum InlineMarkup {
    struct Reading {
        var text: String
        var tick: TickState?
        var warnings: [ReadWarning] = []
    }

    static func read(_ raw: String, line: Int, column: Int) -> Reading {
        let shape = Shape(raw)
        // Most lines are plain text: nothing to remove, nothing to collapse.
        if !shape.hasAngle && !shape.hasStar && !shape.needsCollapse {
            return Reading(text: raw, tick: shape.mayHoldTick ? tickCharacter(in: raw) : nil)
        }
        var text = raw
        var warnings: [ReadWarning] = []
        var tick: TickState?
        if shape.hasAngle, HTMLFragment.containsMarkup(raw) {
            let flat = HTMLFragment.flatten(raw, line: line, column: column)
            text = flat.text
            tick = flat.tick
            warnings = flat.warnings
        }
        if shape.hasStar, text.containsBytes("**") {
            text = text.replacing("**", with: "")
        }
        if shape.hasAngle, text.containsBytes("<http") {
            text = unwrapAutolinks(text)
        }
        let collapsed = collapseSpaces(text)
        if tick == nil { tick = tickCharacter(in: collapsed) }
        return Reading(text: collapsed, tick: tick, warnings: warnings)
    }

    /// What one pass over the bytes says a line may need.
    private struct Shape {
        var hasAngle = false, hasStar = false, needsCollapse = false, mayHoldTick = false

        init(_ text: String) {
            var previousSpace = true // a leading space needs trimming
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "<"): hasAngle = true
                case UInt8(ascii: "*"): hasStar = true
                case 0x20:
                    if previousSpace { needsCollapse = true }
                    previousSpace = true
                    continue
                case 0x09, 0x0D, 0xC2: needsCollapse = true // tab, CR, no-break space
                case 0xE2: mayHoldTick = true // U+2000–U+2FFF: ☑ ☐ ✓ …
                default: break
                }
                previousSpace = false
            }
            if previousSpace && !text.isEmpty { needsCollapse = true }
        }
    }

    /// The state of the first tick character in the text, if it holds one.
    static func tickCharacter(in text: String) -> TickState? {
        for scalar in text.unicodeScalars where scalar.value >= 0x2610 {
            if let found = TickForms.characters.first(where: { $0.0 == scalar }) { return found.1 }
        }
        return nil
    }

    /// Runs of spaces (and no-break spaces) become one space; ends trimmed.
    static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\r" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar == "\n" { pendingSpace = false; out.append(scalar); continue }
            if pendingSpace, out.last != "\n" { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    private static func unwrapAutolinks(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "<http") {
            out += rest[..<open.lowerBound]
            let afterOpen = rest[open.lowerBound...].dropFirst()
            guard let close = afterOpen.firstIndex(of: ">") else { out += rest[open.lowerBound...]; return out }
            out += afterOpen[..<close]
            rest = afterOpen[afterOpen.index(after: close)...]
        }
        return out + rest
    }
}
