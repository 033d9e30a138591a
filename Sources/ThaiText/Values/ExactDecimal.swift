/// An exact decimal number: `units × 10^-scale`, e.g. 30,000.50 is `units: 3_000_050, scale: 2`.
///
/// Every figure sarabun reads is kept this way, never as a binary floating-point value, so that sums,
/// subtotals and percentages can be recomputed exactly and compared with what a document states.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var units: Int64
    public var scale: Int

    public init(units: Int64, scale: Int = 0) {
        precondition(scale >= 0 && scale <= 18, "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) { self.init(units: Int64(integer)) }

    public static let zero = ExactDecimal(units: 0)

    /// Parses `123`, `-4.50`, `1,234.5` (commas ignored). Returns nil for anything else.
    public init?(_ text: String) {
        var units: Int64 = 0
        var scale = 0
        var seenPoint = false
        var negative = false
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: ","): continue
            case UInt8(ascii: ".") where !seenPoint: seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (timesTen, overflow1) = units.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = timesTen.addingReportingOverflow(Int64(byte &- 48))
                if overflow1 || overflow2 { return nil }
                units = sum
                digits += 1
                if seenPoint { scale += 1 }
            default: return nil
            }
        }
        if digits == 0 || scale > 18 { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    /// The same value written with at least `scale` decimals (never loses digits).
    public func withScale(atLeast newScale: Int) -> ExactDecimal {
        guard newScale > scale else { return self }
        return ExactDecimal(units: units * Self.powerOfTen(newScale - scale), scale: newScale)
    }

    /// Rounds half away from zero to `places` decimals (how Thai reports round their percentages).
    public func rounded(toPlaces places: Int) -> ExactDecimal {
        guard places < scale else { return withScale(atLeast: places) }
        let divisor = Self.powerOfTen(scale - places)
        var quotient = units / divisor
        let remainder = units % divisor
        if abs(remainder) * 2 >= divisor { quotient += units < 0 ? -1 : 1 }
        return ExactDecimal(units: quotient, scale: places)
    }

    /// Drops trailing zero decimals: 30000.00 → 30000.
    public var normalized: ExactDecimal {
        var units = self.units
        var scale = self.scale
        while scale > 0 && units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        return ExactDecimal(units: units, scale: scale)
    }

    public var isInteger: Bool { normalized.scale == 0 }

    /// The integer value when the number has no fractional part.
    public var integerValue: Int? {
        let n = normalized
        return n.scale == 0 ? Int(n.units) : nil
    }

    /// Decimal text with exactly `scale` decimals: `30000.50`, `-0.05`, `12`.
    public var description: String {
        if scale == 0 { return String(units) }
        let magnitude = units.magnitude
        let divisor = UInt64(Self.powerOfTen(scale))
        var fraction = String(magnitude % divisor)
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        return (units < 0 ? "-" : "") + String(magnitude / divisor) + "." + fraction
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let scale = max(lhs.scale, rhs.scale)
        return ExactDecimal(units: lhs.withScale(atLeast: scale).units + rhs.withScale(atLeast: scale).units, scale: scale)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + ExactDecimal(units: -rhs.units, scale: rhs.scale)
    }

    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        ExactDecimal(units: lhs.units * rhs.units, scale: lhs.scale + rhs.scale)
    }

    /// `lhs / rhs` rounded half away from zero to `places` decimals; nil when `rhs` is zero.
    public static func divide(_ lhs: ExactDecimal, by rhs: ExactDecimal, places: Int) -> ExactDecimal? {
        guard rhs.units != 0 else { return nil }
        // lhs.units·10^-ls / (rhs.units·10^-rs) = lhs.units·10^(rs-ls) / rhs.units; keep one guard digit.
        let shift = rhs.scale - lhs.scale + places + 1
        var numerator = lhs.units
        var denominator = rhs.units
        if shift >= 0 { numerator *= powerOfTen(shift) } else { denominator *= powerOfTen(-shift) }
        let withGuard = ExactDecimal(units: numerator / denominator, scale: places + 1)
        return withGuard.rounded(toPlaces: places)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.withScale(atLeast: scale).units < rhs.withScale(atLeast: scale).units
    }

    /// Equal in value, whatever the scale: `30000 == 30000.00`.
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.withScale(atLeast: scale).units == rhs.withScale(atLeast: scale).units
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.units)
        hasher.combine(n.scale)
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
