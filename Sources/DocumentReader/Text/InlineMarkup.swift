import ThaiText

/// What plain-text and markdown exports leave inside running text: `**bold**`, autolinks
/// `<https://…>`, HTML fragments, ticks. Turns a raw line or cell into its text and tick.
enum InlineMarkup {
    struct Reading {
        var text: String
        var tick: TickState?
        var isVerbatim: Bool
        var warnings: [ReadWarning] = []
    }

    static func read(_ raw: String, line: Int, column: Int) -> Reading {
        var text = raw
        var verbatim = true
        var warnings: [ReadWarning] = []
        var tick: TickState?
        if HTMLFragment.containsMarkup(raw) {
            let flat = HTMLFragment.flatten(raw, line: line, column: column)
            text = flat.text
            tick = flat.tick
            warnings = flat.warnings
            verbatim = false
        }
        if text.contains("**") {
            text = text.replacing("**", with: "")
            verbatim = false
        }
        if text.contains("<http") {
            text = unwrapAutolinks(text)
            verbatim = false
        }
        let collapsed = collapseSpaces(text)
        if collapsed != text { verbatim = false }
        if tick == nil { tick = tickCharacter(in: collapsed) }
        return Reading(text: collapsed, tick: tick, isVerbatim: verbatim, warnings: warnings)
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
