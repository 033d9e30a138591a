import ThaiText

/// What plain-text and markdown exports leave inside running text: `**bold**`, autolinks
/// `<https://…>`, HTML fragments, ticks. Turns a raw line or cell into its text and tick.
enum InlineMarkup {
    struct Reading {
        var text: String
        var tick: TickState?
        var warnings: [ReadWarning] = []
    }

    static func read(_ raw: String, line: Int, column: Int, cache: MarkupCache? = nil) -> Reading {
        let shape = raw.withBytes(Shape.init)
        // Most lines are plain text: nothing to remove, nothing to collapse.
        if !shape.hasAngle && !shape.hasStar && !shape.needsCollapse {
            return Reading(text: raw, tick: shape.mayHoldTick ? tickCharacter(in: raw) : nil)
        }
        // Markup repeats (a checkbox in every cell of a column): its reading depends on the text alone.
        if shape.hasAngle, let known = cache?.reading(of: raw) { return known }
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
            text = removingBold(text)
        }
        if shape.hasAngle, text.containsBytes("<http") {
            text = unwrapAutolinks(text)
        }
        let collapsed = collapseSpaces(text)
        if tick == nil { tick = tickCharacter(in: collapsed) }
        let reading = Reading(text: collapsed, tick: tick, warnings: warnings)
        // Warnings carry places, so only a reading without them is kept.
        if shape.hasAngle, warnings.isEmpty { cache?.keep(reading, of: raw) }
        return reading
    }

    /// What one pass over the bytes says a line may need.
    private struct Shape {
        var hasAngle = false, hasStar = false, needsCollapse = false, mayHoldTick = false

        private static let angle: UInt8 = 1, star: UInt8 = 2, collapse: UInt8 = 4, tick: UInt8 = 8
        /// The flag each byte raises: tab, CR and the no-break space's lead byte need collapsing;
        /// E2 leads U+2000–U+2FFF (☑ ☐ ✓ …).
        private static let flags: [UInt8] = (0...255).map { byte in
            switch byte {
            case 0x3C: angle
            case 0x2A: star
            case 0x09, 0x0D, 0xC2: collapse
            case 0xE2: tick
            default: 0
            }
        }

        init(_ bytes: Bytes) {
            var seen: UInt8 = 0
            // Two spaces in a row need collapsing, and so does a leading or trailing space.
            var doubleSpace = bytes.first == 0x20
            var index = 0
            // Sixteen bytes a step, without branches: each test's lanes are OR-ed into its own mask,
            // and the masks are read once at the end.
            if let base = bytes.baseAddress, bytes.count >= 17 {
                typealias Bytes16 = SIMD16<UInt8>
                typealias Mask16 = SIMDMask<SIMD16<Int8>>
                let space = Bytes16(repeating: 0x20), angle = Bytes16(repeating: 0x3C), star = Bytes16(repeating: 0x2A)
                let tab = Bytes16(repeating: 0x09), cr = Bytes16(repeating: 0x0D), c2 = Bytes16(repeating: 0xC2)
                let e2 = Bytes16(repeating: 0xE2)
                var angles = Mask16(repeating: false), stars = angles, collapses = angles, ticks = angles, pairs = angles
                // The last step ends at the last byte, overlapping the one before: a byte seen twice
                // raises nothing new.
                while index < bytes.count - 1 {
                    let at = min(index, bytes.count - 17)
                    let block = UnsafeRawPointer(base + at).loadUnaligned(as: Bytes16.self)
                    let next = UnsafeRawPointer(base + at + 1).loadUnaligned(as: Bytes16.self)
                    angles .|= block .== angle
                    stars .|= block .== star
                    collapses .|= (block .== tab) .| (block .== cr) .| (block .== c2)
                    ticks .|= block .== e2
                    pairs .|= (block .== space) .& (next .== space)
                    index = at + 16
                }
                if SWAR.any(angles) { seen |= Self.angle }
                if SWAR.any(stars) { seen |= Self.star }
                if SWAR.any(collapses) { seen |= Self.collapse }
                if SWAR.any(ticks) { seen |= Self.tick }
                doubleSpace = doubleSpace || SWAR.any(pairs)
            }
            // Short text one byte at a time (or the last byte of long text, seen above as a `next`).
            var previous: UInt8 = index > 0 ? bytes[index - 1] : 0
            Self.flags.withUnsafeBufferPointer { flags in
                while index < bytes.count {
                    let byte = bytes[index]
                    seen |= flags[Int(byte)]
                    doubleSpace = doubleSpace || (byte == 0x20 && previous == 0x20)
                    previous = byte
                    index += 1
                }
            }
            hasAngle = seen & Self.angle != 0
            hasStar = seen & Self.star != 0
            mayHoldTick = seen & Self.tick != 0
            needsCollapse = seen & Self.collapse != 0 || doubleSpace || bytes.last == 0x20
        }
    }

    /// The state of the first tick character in the text, if it holds one.
    static func tickCharacter(in text: String) -> TickState? {
        text.withBytes { bytes in
            var index = 0
            while index < bytes.count {
                // Ticks are U+2610 and above: three bytes or more, led by E2 or higher.
                guard bytes[index] >= 0xE2 else { index += 1; continue }
                let (value, width) = UTF8Text.scalar(bytes, at: index)
                if value >= 0x2610, let found = TickForms.characters.first(where: { $0.0.value == value }) { return found.1 }
                index += width
            }
            return nil
        }
    }

    /// Runs of spaces (and no-break spaces) become one space; ends trimmed.
    static func collapseSpaces(_ text: String) -> String {
        text.withBytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // " ", tab, CR and the no-break space (C2 A0).
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || (byte == 0xC2 && bytes[index + 1] == 0xA0) {
                    pendingSpace = !out.isEmpty
                    index += byte == 0xC2 ? 2 : 1
                    continue
                }
                if byte == 0x0A { pendingSpace = false; out.append(byte); index += 1; continue }
                if pendingSpace, out.last != 0x0A { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
                index += 1
            }
            return out.withUnsafeBufferPointer { String(utf8: $0) }
        }
    }

    /// The text with every `**` removed (`replacing("**", with: "")`), on bytes when no mark follows
    /// a `**` in simple text (then each `*` is a Character of its own).
    static func removingBold(_ text: String) -> String {
        let fast: String? = text.withBytes { bytes in
            guard UTF8Text.isSimple(bytes) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                    guard UTF8Text.startsCharacter(bytes, at: index + 2) else { return nil }
                    index += 2
                    continue
                }
                out.append(bytes[index])
                index += 1
            }
            return out.withUnsafeBufferPointer { String(utf8: $0) }
        }
        return fast ?? text.replacing("**", with: "")
    }

    private static let autolinkOpening = Array("<http".utf8)

    private static func unwrapAutolinks(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        // Found on bytes: a Character search of a long paragraph for `<http` was most of its reading.
        while let open = ByteSearch.range(of: autolinkOpening, in: rest) {
            out += rest[..<open.lowerBound]
            let afterOpen = rest[rest.utf8.index(after: open.lowerBound)...]
            guard let close = afterOpen.utf8.firstIndex(of: UInt8(ascii: ">")) else { out += rest[open.lowerBound...]; return out }
            out += afterOpen[..<close]
            rest = afterOpen[afterOpen.utf8.index(after: close)...]
        }
        return out + rest
    }
}

/// Readings of markup already met in this document, keyed by the raw text.
final class MarkupCache {
    @exclusivity(unchecked) private var readings = ByteTable<InlineMarkup.Reading>()

    func reading(of raw: String) -> InlineMarkup.Reading? { raw.withBytes { readings.value(for: $0) } }

    func keep(_ reading: InlineMarkup.Reading, of raw: String) { raw.withBytes { _ = readings.insert($0, reading) } }
}
