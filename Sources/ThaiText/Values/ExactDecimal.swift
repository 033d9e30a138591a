/// An exact decimal number: `units × 10^-scale`, e.g. 30,000.50 is `units: 3_000_050, scale: 2`.
///
/// Every figure sarabun reads is kept this way, never as a binary floating-point value, so that sums,
/// subtotals and percentages can be recomputed exactly and compared with what a document states.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var units: Int64
    public var scale: Int

    /// The most decimals a value may have (10¹⁸ is the largest power of ten in 64 bits).
    public static let maxScale = 18

    public init(units: Int64, scale: Int = 0) {
        precondition(scale >= 0 && scale <= Self.maxScale, "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) { self.init(units: Int64(integer)) }

    /// Figures as the scanner reads them have at most 14 digits before the point (up to 99 trillion baht,
    /// far past any budget) and 4 after it. So any two figures can be added, subtracted and compared at
    /// either's scale, shown as baht and satang, and nine of the largest summed, without leaving 64 bits
    /// (14 + 4 digits). Digits past that are not read as a figure: they stay text, never a value made up.
    public static let figureIntegerDigits = 14
    public static let figureDecimals = 4

    /// Within the range of a figure (see `figureIntegerDigits`), as written: `1.50000` has 5 decimals.
    public var isInFigureRange: Bool {
        scale <= Self.figureDecimals && units.magnitude < UInt64(Self.powerOfTen(Self.figureIntegerDigits + scale))
    }

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
        if digits == 0 || scale > Self.maxScale { return nil }
        self.init(units: negative ? -units : units, scale: scale)
    }

    /// The same value written with at least `newScale` decimals (never loses digits), or nil when that
    /// cannot be written: more than 18 decimals, or units past 64 bits (99 with 17 decimals is 99 × 10¹⁷).
    public func scaled(atLeast newScale: Int) -> ExactDecimal? {
        guard newScale > scale else { return self }
        guard newScale <= Self.maxScale, let factor = Self.checkedPowerOfTen(newScale - scale) else { return nil }
        let (scaled, overflow) = units.multipliedReportingOverflow(by: factor)
        return overflow ? nil : ExactDecimal(units: scaled, scale: newScale)
    }

    /// The same value written with at least `newScale` decimals (never loses digits). Like `Int`'s
    /// arithmetic, it traps when the units do not fit in 64 bits: `scaled(atLeast:)` says so instead.
    /// Every figure the scanner reads can be written with two decimals (baht and satang).
    public func withScale(atLeast newScale: Int) -> ExactDecimal {
        guard let scaled = scaled(atLeast: newScale) else {
            preconditionFailure("\(self) cannot be written with \(newScale) decimals in 64 bits")
        }
        return scaled
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

    // MARK: Arithmetic

    /// `lhs + rhs`, or nil when the sum cannot be written in 64 bits at the larger of the two scales.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let scale = max(self.scale, other.scale)
        guard let lhs = scaled(atLeast: scale), let rhs = other.scaled(atLeast: scale) else { return nil }
        let (sum, overflow) = lhs.units.addingReportingOverflow(rhs.units)
        return overflow ? nil : ExactDecimal(units: sum, scale: scale)
    }

    /// `lhs - rhs`, or nil when the difference cannot be written in 64 bits.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        let scale = max(self.scale, other.scale)
        guard let lhs = scaled(atLeast: scale), let rhs = other.scaled(atLeast: scale) else { return nil }
        let (difference, overflow) = lhs.units.subtractingReportingOverflow(rhs.units)
        return overflow ? nil : ExactDecimal(units: difference, scale: scale)
    }

    /// `lhs × rhs`, or nil when the product cannot be written in 64 bits with at most 18 decimals.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let scale = self.scale + other.scale
        let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
        guard !overflow, scale <= Self.maxScale else { return nil }
        return ExactDecimal(units: product, scale: scale)
    }

    /// Like `Int`'s, the operators trap when the result does not fit in 64 bits; `adding(_:)`,
    /// `subtracting(_:)` and `multiplied(by:)` return nil instead.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let sum = lhs.adding(rhs) else { preconditionFailure("\(lhs) + \(rhs) overflows 64 bits") }
        return sum
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let difference = lhs.subtracting(rhs) else { preconditionFailure("\(lhs) - \(rhs) overflows 64 bits") }
        return difference
    }

    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let product = lhs.multiplied(by: rhs) else { preconditionFailure("\(lhs) × \(rhs) overflows 64 bits") }
        return product
    }

    /// `lhs / rhs` rounded half away from zero to `places` decimals; nil when `rhs` is zero, or when the
    /// quotient cannot be written in 64 bits with `places` decimals (at most 17). The quotient is found by
    /// long division, so large operands (a budget of millions with satang, times 100) never overflow on
    /// the way.
    public static func divide(_ lhs: ExactDecimal, by rhs: ExactDecimal, places: Int) -> ExactDecimal? {
        guard rhs.units != 0, places >= 0, places < maxScale else { return nil }
        // lhs.units·10^-ls / (rhs.units·10^-rs) = lhs.units·10^(rs-ls) / rhs.units; keep one guard digit.
        let shift = rhs.scale - lhs.scale + places + 1
        let numerator = lhs.units.magnitude
        var denominator = rhs.units.magnitude
        var quotient: UInt64
        var remainder: UInt64
        if shift >= 0 {
            quotient = numerator / denominator
            remainder = numerator % denominator
            // One decimal digit at a time: remainder < denominator ≤ 2⁶³, so 10 × remainder needs 68 bits.
            for _ in 0..<shift {
                let (high, low) = remainder.multipliedFullWidth(by: 10)
                let (digit, rest) = denominator.dividingFullWidth((high, low))
                let (times, overflow1) = quotient.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times.addingReportingOverflow(digit)
                if overflow1 || overflow2 { return nil }
                quotient = next
                remainder = rest
            }
        } else {
            // A denominator past 64 bits is larger than any numerator: the quotient is 0.
            for _ in 0..<(-shift) {
                let (times, overflow) = denominator.multipliedReportingOverflow(by: 10)
                if overflow { denominator = 0; break }
                denominator = times
            }
            quotient = denominator == 0 ? 0 : numerator / denominator
        }
        guard quotient <= UInt64(Int64.max) else { return nil }
        let negative = (lhs.units < 0) != (rhs.units < 0)
        let withGuard = ExactDecimal(units: negative ? -Int64(quotient) : Int64(quotient), scale: places + 1)
        return withGuard.rounded(toPlaces: places)
    }

    // MARK: Comparison

    /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`, whatever their scales. The
    /// operand with fewer decimals is brought to the other's scale; if that overflows, its magnitude is past
    /// any 64-bit number, so its sign decides.
    static func order(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        var left = lhs.units, right = rhs.units
        if lhs.scale < rhs.scale {
            guard let scaled = lhs.scaled(atLeast: rhs.scale) else { return lhs.units < 0 ? -1 : 1 }
            left = scaled.units
        } else if rhs.scale < lhs.scale {
            guard let scaled = rhs.scaled(atLeast: lhs.scale) else { return rhs.units < 0 ? 1 : -1 }
            right = scaled.units
        }
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        order(lhs, rhs) < 0
    }

    /// Equal in value, whatever the scale: `30000 == 30000.00`.
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        order(lhs, rhs) == 0
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.units)
        hasher.combine(n.scale)
    }

    /// 10⁰ … 10¹⁸, the powers of ten that fit in 64 bits.
    private static let powersOfTen: [Int64] = (0...maxScale).map { exponent in
        (0..<exponent).reduce(Int64(1)) { power, _ in power * 10 }
    }

    /// 10^exponent, or nil past 10¹⁸ (or for a negative exponent).
    static func checkedPowerOfTen(_ exponent: Int) -> Int64? {
        exponent >= 0 && exponent <= maxScale ? powersOfTen[exponent] : nil
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        guard let power = checkedPowerOfTen(exponent) else { preconditionFailure("10^\(exponent) does not fit in 64 bits") }
        return power
    }
}
