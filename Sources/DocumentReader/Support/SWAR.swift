/// Tests on eight bytes at once (a UInt64), for scans over every byte of a document; and on sixteen
/// (SIMD16 vectors: SSE2 / NEON).
enum SWAR {
    /// Whether any lane of a 16-byte comparison is set. (`any(_:)` compiles to a call to a generic reduction.)
    @inline(__always)
    static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let lanes = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of the word is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// How many bytes of the word have their high bit set, when no other bit is set (a mask of
    /// 0x80s): a multiply sums them, cheaper than `nonzeroBitCount` on a baseline x86-64 build.
    @inline(__always)
    static func countHighBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
    }

    /// 0x80 in each byte of the word that is zero, 0 elsewhere.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Whether some byte of the word equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }
}
