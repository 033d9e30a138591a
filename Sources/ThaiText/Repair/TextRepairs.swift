/// The repairs `sarabun normalize` can make; each is switchable and each is counted.
public enum RepairKind: String, Sendable, CaseIterable, Hashable {
    /// Unicode NFC (composes decomposed Latin letters, orders Thai marks canonically).
    case nfc
    /// ◌ํ + า (NIKHAHIT + SARA AA, as OCR and old fonts write it) → ำ (SARA AM).
    case saraAm
    /// Zero-width spaces and joiners, word joiners, BOMs inside text, soft hyphens: removed.
    case invisibles
    /// Wingdings private-use code points (U+F0FE …) → Unicode ticks (☑ …).
    case wingdingsTicks
    /// Thai digits → Arabic digits, or the reverse (see `RepairOptions.digits`).
    case digits
}

public struct RepairOptions: Sendable {
    public var enabled: Set<RepairKind>
    public var digits: DigitConversion.Style

    public init(enabled: Set<RepairKind> = [.nfc, .saraAm, .invisibles, .wingdingsTicks], digits: DigitConversion.Style = .keep) {
        self.enabled = enabled
        self.digits = digits
    }

    public static let all = RepairOptions(enabled: Set(RepairKind.allCases), digits: .arabic)
}

/// What the repairs changed: how many times each, and the first line where each happened.
public struct RepairReport: Sendable, Equatable {
    public var counts: [RepairKind: Int] = [:]
    public var firstLines: [RepairKind: Int] = [:]

    public init() {}

    mutating func record(_ kind: RepairKind, line: Int, times: Int = 1) {
        counts[kind, default: 0] += times
        if firstLines[kind] == nil { firstLines[kind] = line }
    }

    public mutating func merge(_ other: RepairReport) {
        for (kind, count) in other.counts { counts[kind, default: 0] += count }
        for (kind, line) in other.firstLines where firstLines[kind] == nil { firstLines[kind] = line }
    }

    public var total: Int { counts.values.reduce(0, +) }
}

/// Applies the repairs to UTF-8 text in one pass over its bytes (NFC, when the text needs it, by ICU).
public struct TextRepairer: Sendable {
    public var options: RepairOptions
    public private(set) var report = RepairReport()
    /// Line number of the next byte, so that reports name lines across streamed chunks.
    public private(set) var line = 1

    public init(options: RepairOptions = RepairOptions()) {
        self.options = options
    }

    private static let privateUseTicks: [(bytes: [UInt8], replacement: [UInt8])] = TickForms.wingdingsPrivateUse.map {
        (Array(String($0.0).utf8), Array(String($0.2).utf8))
    }

    /// Repairs `input` and appends the result to `output`. The scan only reads; unchanged stretches
    /// are copied whole, so clean text costs one read and one copy.
    public mutating func repair(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        _ = repair(input, into: &output, lazily: false)
    }

    /// Repairs `text` where it stands: clean text, the usual case, is read and left as it is, not copied.
    package mutating func repair(_ text: inout [UInt8]) {
        var output: [UInt8] = []
        let written = text.withUnsafeBufferPointer { repair($0, into: &output, lazily: true) }
        if written { text = output }
    }

    /// The repairs; `lazily`, nothing is written to `output` unless something changes, and the
    /// answer says whether anything was written.
    private mutating func repair(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], lazily: Bool) -> Bool {
        let start = output.count
        var reserved = false
        func reserve() {
            guard !reserved else { return }
            reserved = true
            output.reserveCapacity(start + input.count + (options.digits == .thai ? input.count / 2 : 0))
        }
        if !lazily { reserve() }
        var changed = false
        let saraAm = options.enabled.contains(.saraAm)
        let invisibles = options.enabled.contains(.invisibles)
        let ticks = options.enabled.contains(.wingdingsTicks)
        let digitStyle = options.enabled.contains(.digits) ? options.digits : .keep
        var needsNFC = false
        var index = 0
        /// `input[copied..<index]` is unchanged and not yet in `output`.
        var copied = 0
        let count = input.count
        func flush(_ end: Int, resumingAt next: Int) {
            reserve()
            changed = true
            if end > copied { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<end])) }
            copied = next
        }
        let base = input.baseAddress
        // Thai letters in E0 B9 xx that a repair or the NFC check looks at, by their last byte's
        // low six bits: tone marks (88–8B, before a below-vowel), nikhahit (8D), digits (90–99).
        var watched: UInt64 = 0xF00 | (saraAm ? 1 << 0x0D : 0)
        if digitStyle == .arabic { watched |= 0x3FF << 0x10 }
        while index < count {
            if let base, digitStyle != .thai {
                Self.skipClean(UnsafeRawPointer(base), &index, count, line: &line, saraAm: saraAm, arabic: digitStyle == .arabic)
                // Other Thai is never repaired: two letters a load, else one; the spaces and punctuation
                // between Thai words pass in the same loop (a line feed is counted).
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // Two letters E0 B8/B9 xx; the low bit of the second byte marks B9, whose watched
                    // third bytes stop the skip.
                    if word & 0x0000_00FE_FF00_FEFF == 0x0000_00B8_E000_B8E0,
                       ((word >> 8) & (watched >> ((word >> 16) & 0x3F)) | (word >> 32) & (watched >> ((word >> 40) & 0x3F))) & 1 == 0 {
                        index += 6
                        continue
                    }
                    let letter = UInt32(truncatingIfNeeded: word)
                    if letter & 0xFFFF == 0xB8E0 || (letter & 0xFFFF == 0xB9E0 && watched >> ((letter >> 16) & 0x3F) & 1 == 0) {
                        index += 3
                    } else if letter & 0x80 == 0 {
                        if letter & 0xFF == 0x0A { line += 1 }
                        index += 1
                    } else {
                        break
                    }
                }
                // ASCII eight bytes at a time, counting line feeds.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0 else { break }
                    line += Self.zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    index += 8
                }
                guard index < count else { break }
            }
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                if digitStyle == .thai && byte &- 0x30 < 10 {
                    flush(index, resumingAt: index + 1)
                    output.append(0xE0); output.append(0xB9); output.append(byte &- 0x30 &+ 0x90)
                    report.record(.digits, line: line)
                }
                index += 1
                continue
            }
            if byte == 0xE0, index + 2 < count {
                let second = input[index + 1], third = input[index + 2]
                // Every repair of Thai starts in U+0E40–U+0E7F (E0 B9 xx): the rest passes as it is.
                guard second == 0xB9 else { index += 3; continue }
                if third &- 0x90 < 10 && digitStyle == .arabic {
                    flush(index, resumingAt: index + 3)
                    output.append(third &- 0x90 &+ 0x30)
                    report.record(.digits, line: line)
                    index += 3
                    continue
                }
                if saraAm && third == 0x8D, let end = saraAmEnd(input, after: index) {
                    // ํ [tone] า → [tone] ำ
                    flush(index, resumingAt: end)
                    if end - index == 9 { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[(index + 3)..<(index + 6)])) }
                    output.append(0xE0); output.append(0xB8); output.append(0xB3)
                    report.record(.saraAm, line: line)
                    index = end
                    continue
                }
                // A tone mark before a below-vowel is not canonical order.
                if (0x88...0x8B).contains(third), index + 5 < count,
                   input[index + 3] == 0xE0, input[index + 4] == 0xB8, (0xB8...0xBA).contains(input[index + 5]) {
                    needsNFC = true
                }
                index += 3
                continue
            }
            let width = min(ThaiScript.sequenceWidth(byte), count - index)
            if invisibles, isInvisible(input, index, width) {
                flush(index, resumingAt: index + width)
                report.record(.invisibles, line: line)
                index += width
                continue
            }
            if ticks, byte == 0xEF, let tick = Self.privateUseTicks.first(where: { matches(input, index, $0.bytes) }) {
                flush(index, resumingAt: index + width)
                output.append(contentsOf: tick.replacement)
                report.record(.wingdingsTicks, line: line)
                index += width
                continue
            }
            if !needsNFC && !Self.isNFCStable(input, index, width) { needsNFC = true }
            index += width
        }
        if lazily && !changed && !(needsNFC && options.enabled.contains(.nfc)) { return false }
        flush(count, resumingAt: count)
        if needsNFC && options.enabled.contains(.nfc) {
            let repaired = output[start...].withUnsafeBufferPointer { try? ICU.nfc($0) }
            if let repaired, !repaired.elementsEqual(output[start...]) {
                output.removeSubrange(start...)
                output.append(contentsOf: repaired)
                report.record(.nfc, line: line)
            }
        }
        return true
    }

    /// Skips sixteen bytes at a time while none of them can start a repair, counting line feeds, and
    /// stops at a character's first byte. A repair starts only at a lead byte other than E0 (invisibles,
    /// ticks, text the NFC check looks at) or at E0 B9 xx: a tone mark before a below-vowel, a
    /// nikhahit, a digit; all other Thai and ASCII is left as it is. (Compares on 16-byte vectors.)
    @inline(__always)
    private static func skipClean(_ base: UnsafeRawPointer, _ index: inout Int, _ count: Int, line: inout Int,
                                  saraAm: Bool, arabic: Bool) {
        typealias Bytes16 = ByteVector.Bytes16
        let start = index
        let c0 = Bytes16(repeating: 0xC0), e0 = Bytes16(repeating: 0xE0), b9 = Bytes16(repeating: 0xB9)
        let b8 = Bytes16(repeating: 0xB8), bb = Bytes16(repeating: 0xBB), fc = Bytes16(repeating: 0xFC)
        let f0 = Bytes16(repeating: 0xF0), x88 = Bytes16(repeating: 0x88), x8d = Bytes16(repeating: 0x8D)
        let x90 = Bytes16(repeating: 0x90), lf = Bytes16(repeating: 0x0A)
        while index + 20 <= count {
            let bytes = base.loadUnaligned(fromByteOffset: index, as: Bytes16.self)
            // The bytes one, three and four places on: a tone mark's third byte, then the next letter's.
            let next = base.loadUnaligned(fromByteOffset: index + 1, as: Bytes16.self)
            let third = base.loadUnaligned(fromByteOffset: index + 3, as: Bytes16.self)
            let fourth = base.loadUnaligned(fromByteOffset: index + 4, as: Bytes16.self)
            let isB9 = bytes .== b9
            var stop = ((bytes & c0) .== c0) .& (bytes .!= e0)
            stop .|= isB9 .& ((next & fc) .== x88) .& (third .== b8) .& ((fourth & fc) .== b8) .& (fourth .!= bb)
            if saraAm { stop .|= isB9 .& (next .== x8d) }
            if arabic { stop .|= isB9 .& ((next & f0) .== x90) }
            if ByteVector.any(stop) { break }
            line += ByteVector.count(bytes .== lf)
            index += 16
        }
        // Back to the first byte of the character the last block cut.
        while index > start, base.load(fromByteOffset: index, as: UInt8.self) & 0xC0 == 0x80 { index -= 1 }
    }

    /// How many bytes of the word are zero.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> Int {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A multiply sums the 0x80s: cheaper than `nonzeroBitCount` on a baseline x86-64 build.
        let zeros = ~(((word & low) &+ low) | word | low)
        return Int(truncatingIfNeeded: ((zeros >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    public mutating func repair(_ text: String) -> String {
        var output: [UInt8] = []
        var copy = text
        copy.withUTF8 { repair($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The end of `ํ า` or `ํ ่ า` starting at `index`, or nil.
    private func saraAmEnd(_ input: UnsafeBufferPointer<UInt8>, after index: Int) -> Int? {
        let sara: [UInt8] = [0xE0, 0xB8, 0xB2]
        if matches(input, index + 3, sara) { return index + 6 }
        if index + 8 < input.count, input[index + 3] == 0xE0, input[index + 4] == 0xB9, (0x88...0x8B).contains(input[index + 5]),
           matches(input, index + 6, sara) { return index + 9 }
        return nil
    }

    private func isInvisible(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        let byte = input[index]
        if byte == 0xC2 && width == 2 { return input[index + 1] == 0xAD }                         // soft hyphen
        guard width == 3 else { return false }
        let second = input[index + 1], third = input[index + 2]
        if byte == 0xE2 && second == 0x80 && (0x8B...0x8D).contains(third) { return true }       // ZWSP ZWNJ ZWJ
        if byte == 0xE2 && second == 0x81 && third == 0xA0 { return true }                       // word joiner
        return byte == 0xEF && second == 0xBB && third == 0xBF                                   // BOM / ZWNBSP
    }

    private func matches(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ bytes: [UInt8]) -> Bool {
        guard index + bytes.count <= input.count else { return false }
        for offset in 0..<bytes.count where input[index + offset] != bytes[offset] { return false }
        return true
    }

    /// Characters NFC never changes: Latin-1, general punctuation, arrows, boxes and dingbats (but not the
    /// letterlike and technical blocks, which hold singletons such as Ω, K and Å). Anything else asks ICU.
    private static func isNFCStable(_ input: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        let byte = input[index]
        if byte == 0xC2 || byte == 0xC3 { return true }
        if byte == 0xE2 && width == 3 {
            let second = input[index + 1]
            return second != 0x84 && second != 0x8C && second != 0xAB
        }
        if byte == 0xEF && width == 3 { return input[index + 1] < 0xAC || input[index + 1] > 0xAD }
        return false
    }

    /// Whether text ends in the middle of something a repair needs to see whole (a mark waiting for
    /// its vowel, or a cut UTF-8 sequence): the number of trailing bytes to hold back for the next chunk.
    public static func unsafeTailLength(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var tail = 0
        // a cut UTF-8 sequence
        var index = input.count
        while index > 0 && input.count - index < 4 && input[index - 1] & 0xC0 == 0x80 { index -= 1 }
        if index > 0 && input[index - 1] >= 0xC0 {
            let width = ThaiScript.sequenceWidth(input[index - 1])
            if (input.count - index + 1) < width { tail = input.count - index + 1 }
        }
        // Thai at the very end may be a mark still waiting for its vowel (ํ … า): hold back the last
        // three whole characters, stepping back by lead bytes so no character is cut.
        var cut = input.count - tail
        if cut >= 3, input[cut - 3] == 0xE0 {
            for _ in 0..<3 where cut > 0 {
                cut -= 1
                while cut > 0 && input[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            tail = input.count - cut
        }
        return min(tail, input.count)
    }
}
