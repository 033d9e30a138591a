/// Facts about Thai script on UTF-8 bytes. Thai (U+0E00–U+0E7F) is always three bytes:
/// E0 B8 80…BF for U+0E00–U+0E3F and E0 B9 80…BF for U+0E40–U+0E7F.
public enum ThaiScript {
    /// The Thai code point's offset in the block (0…0x7F) of the character starting at `offset`, or nil.
    @inline(__always)
    static func blockOffset(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt8? {
        guard offset + 2 < text.count, text[offset] == 0xE0 else { return nil }
        let second = text[offset + 1]
        let third = text[offset + 2]
        guard third & 0xC0 == 0x80 else { return nil }
        if second == 0xB8 { return third &- 0x80 }
        if second == 0xB9 { return third &- 0x80 &+ 0x40 }
        return nil
    }

    /// Thai digit ๐–๙ (U+0E50–0E59) starting at `offset`: its value.
    @inlinable @inline(__always)
    public static func thaiDigit(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt8? {
        guard offset + 2 < text.count, text[offset] == 0xE0, text[offset + 1] == 0xB9 else { return nil }
        let third = text[offset + 2]
        return (0x90...0x99).contains(third) ? third &- 0x90 : nil
    }

    /// A digit, Thai or Arabic, at `offset`: its value and width in bytes.
    @inlinable @inline(__always)
    public static func digit(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (value: UInt8, width: Int)? {
        guard offset < text.count else { return nil }
        let byte = text[offset]
        if byte >= 0x30 && byte <= 0x39 { return (byte &- 0x30, 1) }
        if byte == 0xE0, let value = thaiDigit(text, offset) { return (value, 3) }
        return nil
    }

    /// Consonants ก–ฮ.
    @inline(__always) static func isConsonant(_ blockOffset: UInt8) -> Bool { blockOffset >= 0x01 && blockOffset <= 0x2E }
    /// Vowels and marks that attach to the consonant before them (ะ ั า ำ ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎ and ๅ).
    @inline(__always) static func isDependent(_ blockOffset: UInt8) -> Bool {
        (blockOffset >= 0x30 && blockOffset <= 0x3A) || (blockOffset >= 0x45 && blockOffset <= 0x4E)
    }
    /// Vowels and marks that join the Character before them (grapheme Extend and SpacingMark: ั ำ ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎),
    /// by their offset in the Thai block. Unlike `isDependent`, not ะ า ๅ, which are Characters of their own.
    @inlinable @inline(__always)
    public static func joinsCharacterBefore(_ blockOffset: UInt8) -> Bool {
        blockOffset == 0x31 || (blockOffset >= 0x33 && blockOffset <= 0x3A) || (blockOffset >= 0x47 && blockOffset <= 0x4E)
    }
    /// Vowels written before their consonant (เ แ โ ใ ไ).
    @inline(__always) static func isLeadingVowel(_ blockOffset: UInt8) -> Bool { blockOffset >= 0x40 && blockOffset <= 0x44 }
    /// Any Thai letter, vowel or mark (not a digit or Thai punctuation).
    @inline(__always) static func isLetterOrMark(_ blockOffset: UInt8) -> Bool {
        (blockOffset >= 0x01 && blockOffset <= 0x3A) || (blockOffset >= 0x40 && blockOffset <= 0x4E)
    }
    static let karan: UInt8 = 0x4C // ์

    /// Two Thai characters (`E0 B8|B9 xx`, twice) as one index below 2^16, from their bytes 2, 3, 5 and 6:
    /// a table of the pairs that open the words of a vocabulary rules out every other pair in one load.
    @inlinable @inline(__always)
    public static func pairKey(_ lead1: UInt8, _ byte1: UInt8, _ lead2: UInt8, _ byte2: UInt8) -> Int {
        (Int(lead1 & 1) << 15) | (Int(byte1 & 0x7F) << 8) | (Int(lead2 & 1) << 7) | Int(byte2 & 0x7F)
    }

    /// Width in bytes of the UTF-8 sequence starting with `byte` (1 for continuation or invalid bytes).
    @inline(__always)
    static func sequenceWidth(_ byte: UInt8) -> Int {
        if byte < 0xC0 { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return 4
    }
}
