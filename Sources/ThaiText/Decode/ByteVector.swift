/// Sixteen bytes at a time, for the scans over every byte of an input (SSE2 / NEON through SIMD16).
enum ByteVector {
    typealias Bytes16 = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    /// Whether any lane of the mask is set. (`any(_:)` compiles to a call to a generic reduction.)
    @inline(__always)
    static func any(_ mask: Mask) -> Bool {
        let lanes = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }

    /// How many lanes of the mask are set: a multiply sums each half's lanes.
    @inline(__always)
    static func count(_ mask: Mask) -> Int {
        let lanes = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = ((lanes[0] & 0x8080_8080_8080_8080) >> 7) &* 0x0101_0101_0101_0101
        let high = ((lanes[1] & 0x8080_8080_8080_8080) >> 7) &* 0x0101_0101_0101_0101
        return Int(truncatingIfNeeded: low >> 56) + Int(truncatingIfNeeded: high >> 56)
    }
}
