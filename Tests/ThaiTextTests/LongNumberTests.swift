import Testing
@testable import ThaiText

/// Digit strings longer than 64 bits hold, and figures of very different scales side by side: nothing traps,
/// and a figure that cannot be kept exactly stays text (no token) rather than being made up.
@Suite struct LongNumberTests {
    /// Kinds of token that carry a figure.
    static let figureKinds: Set<TokenKind> = [.number, .money, .moneyWords, .numberWords, .percent, .count, .range]

    static func figures(_ text: String) -> [(raw: String, kind: TokenKind, value: String)] {
        tokens(text).filter { figureKinds.contains($0.kind) }
    }

    /// Each text, and the figures read in it: none is made of the long number (the short end of a range may
    /// still be read alone).
    @Test(arguments: [
        ("123456789012345678901234567890", []),                     // 30 digits
        ("๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐", []),                     // 30 Thai digits
        ("0." + String(repeating: "0", count: 25) + "1", []),        // 26 decimals
        ("99999999999999999999.99", []),                            // 20 digits and 2 decimals
        ("99999999999999999999.99 บาท", []),
        ("123,456,789,012,345,678,901,234 บาท", []),
        ("ร้อยละ 99999999999999999999", []),
        ("99999999999999999999 - 1 ปี", ["1 ปี"]),
        ("1 - 99999999999999999999 ปี", ["1"]),
        ("9223372036854775808 คน", []),                              // Int64.max + 1
        ("999999999999999999 บาท", []),                              // fits in 64 bits, but not with satang
        ("100,000,000,000,000 บาท", []),                             // 15 digits: past the range of a figure
        ("1.00001 บาท", []),                                         // 5 decimals: past it too
        ("1.0000000000000000001 บาท", []),                           // 19 decimals
        ("0.00000000000000001-99", ["99"]),
    ] as [(String, [String])])
    func tooLongForAFigure(_ text: String, _ figures: [String]) {
        #expect(Self.figures(text).map(\.raw) == figures)
    }

    /// A long run of digits where no figure is stated (an account or telephone number) is neither a figure
    /// nor a figure that cannot be read: no token, no warning.
    @Test func longDigitRunsOutsideAFigureStayText() {
        #expect(LexicalScanner.scan("เลขที่บัญชี 1234567890123456 ธนาคารกรุงไทย").isEmpty)
        #expect(LexicalScanner.scan("โทร 0812345678901234").isEmpty)
        // Where one is stated, it is one malformed figure, not text.
        #expect(LexicalScanner.scan("จำนวน 1234567890123456 คน").map(\.kind) == [.malformedNumber])
    }

    @Test func longestFiguresThatFit() {
        #expect(Self.figures("99,999,999,999,999.99 บาท").map(\.value) == ["99999999999999.99 บาท"])
        #expect(Self.figures("99999999999999.9999").map(\.value) == ["99999999999999.9999"])
        #expect(Self.figures("๙๙๙๙๙๙๙๙๙๙๙๙๙๙ คน").map(\.value) == ["99999999999999 คน"])
        #expect(Self.figures("0.0001").map(\.value) == ["0.0001"])
        #expect(Self.figures("ร้อยละ 0.0001").map(\.kind) == [.percent])
        #expect(ExactDecimal(units: 999_999_999_999_999_999, scale: 4).isInFigureRange)
        #expect(!ExactDecimal(units: 1_000_000_000_000_000_000, scale: 4).isInFigureRange)
        #expect(!ExactDecimal(units: 1, scale: 5).isInFigureRange)
        #expect(!ExactDecimal(units: .min).isInFigureRange)
        #expect(ExactDecimal(units: -99_999_999_999_999).isInFigureRange)
    }

    /// `value < upper` in a range compared two ends of very different scales by scaling one up: 99 × 10¹⁷
    /// trapped. Figures now have at most 4 decimals, and the comparison itself no longer overflows.
    @Test func rangeOfVeryDifferentScales() {
        let found = LexicalScanner.scan("a 0.0001-99999999999999 b")
        let range = TokenValue.range(from: ExactDecimal(units: 1, scale: 4), to: ExactDecimal(99_999_999_999_999), classifier: nil)
        #expect(found.map(\.value) == [range])
        #expect(Self.figures("a 99999999999999-0.0001 b").allSatisfy { $0.kind != .range })
        #expect(Self.figures("a 0.00000000000000001-99 b").map(\.kind) == [.number])
    }

    /// A slash date's parts were read with wrapping arithmetic: 2⁶⁴ + 1 read as day 1.
    @Test func slashDateWithAPartPast64Bits() {
        #expect(tokens("18446744073709551617/1/2566").allSatisfy { $0.kind != .date })
        #expect(tokens("1/18446744073709551617/2566").allSatisfy { $0.kind != .date })
        #expect(tokens("1/1/2566").map(\.kind) == [.date])
    }

    /// Amounts in words past 64 bits (or past 64 bits once in satang) stay text.
    @Test(arguments: ["หนึ่งล้านล้านล้านบาทถ้วน", "(หนึ่งล้านล้านล้านบาทถ้วน)", "เก้าล้านล้านล้านล้านบาทถ้วน", "เก้าล้านล้านล้านล้านคน",
                      "100 บาท (หนึ่งล้านล้านล้านบาทถ้วน)", "สิบล้านล้านล้านล้านล้าน", "ร้อยล้านล้านบาทถ้วน", "หนึ่งร้อยล้านล้านคน"])
    func amountsInWordsPastTheRangeOfAFigure(_ text: String) {
        let found = tokens(text)
        #expect(found.allSatisfy { !Self.figureKinds.contains($0.kind) || $0.value == "100.00 บาท" }, "\(found)")
    }

    @Test func largestAmountInWords() {
        // 99 ล้าน 999,999 ล้าน 999,999: each ล้าน multiplies all before it.
        let words = "เก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน"
        #expect(tokens(words).map(\.value) == ["99999999999999.00 บาท"])
    }

    @Test func numberWordValuesPast64Bits() {
        let nine: [NumberWords.Part] = [.digit(9)]
        let million: [NumberWords.Part] = [.million]
        #expect(NumberWords.value(of: nine + million + million + million) == 9_000_000_000_000_000_000)
        #expect(NumberWords.value(of: nine + million + million + million + million) == nil)
        // 9 × 10¹⁸ + 9 × 10¹⁸: the last group's addition is past 64 bits.
        #expect(NumberWords.value(of: [.digit(9), .million, .million, .million, .digit(9)]) == 9_000_000_000_000_000_009)
    }
}

@Suite struct ExactDecimalOverflowTests {
    static let tiny = ExactDecimal(units: 1, scale: 17)
    static let big = ExactDecimal(99)

    @Test func comparesAcrossScalesWithoutOverflow() {
        #expect(Self.tiny < Self.big)
        #expect(!(Self.big < Self.tiny))
        #expect(Self.tiny != Self.big)
        #expect(ExactDecimal(-99) < Self.tiny)
        #expect(ExactDecimal(units: .max) > ExactDecimal(units: .max, scale: 18))
        #expect(ExactDecimal(units: .min) < ExactDecimal(units: .min, scale: 18))
        #expect(ExactDecimal(units: .min, scale: 1) < ExactDecimal(units: 1, scale: 18))
        #expect(ExactDecimal(units: 3_000_000, scale: 2) == ExactDecimal(30000))
        #expect([Self.big, Self.tiny, ExactDecimal(-1)].sorted() == [ExactDecimal(-1), Self.tiny, Self.big])
    }

    /// The order against a reference that multiplies in 128 bits.
    @Test func orderMatchesWideArithmetic() {
        var generator = SplitMix64(state: 0x5EED)
        func random() -> ExactDecimal {
            let units: Int64
            switch generator.next() % 4 {
            case 0: units = Int64(bitPattern: generator.next())
            case 1: units = Int64(bitPattern: generator.next()) >> Int64(generator.next() % 63)
            case 2: units = [Int64.max, .min, 0, 1, -1, 99, 10].randomElement(using: &generator)!
            default: units = Int64(generator.next() % 1000) - 500
            }
            return ExactDecimal(units: units, scale: Int(generator.next() % 19))
        }
        func reference(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
            let scale = max(lhs.scale, rhs.scale)
            let left = lhs.units.multipliedFullWidth(by: ExactDecimal.powerOfTen(scale - lhs.scale))
            let right = rhs.units.multipliedFullWidth(by: ExactDecimal.powerOfTen(scale - rhs.scale))
            if left.high != right.high { return left.high < right.high ? -1 : 1 }
            return left.low < right.low ? -1 : (left.low == right.low ? 0 : 1)
        }
        for _ in 0..<20_000 {
            let lhs = random(), rhs = random()
            let expected = reference(lhs, rhs)
            #expect(ExactDecimal.order(lhs, rhs) == expected, "\(lhs) vs \(rhs)")
            #expect((lhs < rhs) == (expected < 0) && (lhs == rhs) == (expected == 0))
        }
    }

    @Test func scalingReportsOverflow() {
        #expect(Self.big.scaled(atLeast: 17) == nil)
        #expect(Self.big.scaled(atLeast: 16)?.units == 990_000_000_000_000_000)
        #expect(ExactDecimal(1).scaled(atLeast: 19) == nil)
        #expect(ExactDecimal(units: .max, scale: 2).scaled(atLeast: 1) == ExactDecimal(units: .max, scale: 2))
        #expect(ExactDecimal(units: 5, scale: 1).withScale(atLeast: 3).description == "0.500")
    }

    @Test func checkedArithmeticReportsOverflow() {
        #expect(Self.tiny.adding(Self.big) == nil)
        #expect(Self.big.subtracting(Self.tiny) == nil)
        #expect(ExactDecimal(units: .max).adding(ExactDecimal(1)) == nil)
        #expect(ExactDecimal(units: .min).subtracting(ExactDecimal(1)) == nil)
        #expect(ExactDecimal(units: 1 << 40).multiplied(by: ExactDecimal(units: 1 << 40)) == nil)
        #expect(ExactDecimal(units: 1, scale: 10).multiplied(by: ExactDecimal(units: 1, scale: 10)) == nil, "20 decimals")
        #expect(ExactDecimal("1.5")!.adding(ExactDecimal("0.25")!)?.description == "1.75")
        #expect(ExactDecimal("1.5")!.multiplied(by: ExactDecimal("-0.2")!)?.description == "-0.30")
    }

    /// The quotient is found digit by digit: operands whose scaled numerator passes 64 bits still divide.
    @Test func divisionOfLargeOperands() {
        // 1,000,000.00 × 100 of 2,000,000.00 to 8 places: the numerator scaled for 9 places is 10¹⁹.
        let numerator = ExactDecimal("1000000.00")! * ExactDecimal(100)
        #expect(ExactDecimal.divide(numerator, by: ExactDecimal("2000000.00")!, places: 8)?.description == "50.00000000")
        #expect(ExactDecimal.divide(ExactDecimal(units: .max), by: ExactDecimal(units: .max), places: 17)?.description
                == "1.00000000000000000")
        #expect(ExactDecimal.divide(ExactDecimal(2), by: ExactDecimal(3), places: 17)?.description == "0.66666666666666667")
        #expect(ExactDecimal.divide(ExactDecimal(-2), by: ExactDecimal(3), places: 2)?.description == "-0.67")
        #expect(ExactDecimal.divide(ExactDecimal(1), by: ExactDecimal(units: .max, scale: 0), places: 2)?.description == "0.00")
        #expect(ExactDecimal.divide(ExactDecimal(units: 1, scale: 18), by: ExactDecimal(units: .max), places: 0)?.description == "0")
        // A quotient past 64 bits, and more places than a value can hold, give nil.
        #expect(ExactDecimal.divide(ExactDecimal(units: .max), by: ExactDecimal(units: 1, scale: 18), places: 2) == nil)
        #expect(ExactDecimal.divide(ExactDecimal(1), by: ExactDecimal(3), places: 18) == nil)
        #expect(ExactDecimal.divide(ExactDecimal(1), by: .zero, places: 2) == nil)
    }

    /// The same division as before for ordinary figures (a reference: the old formula, where it did not overflow).
    @Test func divisionMatchesTheDirectFormula() {
        var generator = SplitMix64(state: 0xD1)
        for _ in 0..<5_000 {
            let lhs = ExactDecimal(units: Int64(generator.next() % 2_000_000_000) - 1_000_000_000, scale: Int(generator.next() % 4))
            let rhs = ExactDecimal(units: Int64(generator.next() % 2_000_000) - 1_000_000, scale: Int(generator.next() % 4))
            let places = Int(generator.next() % 5)
            guard rhs.units != 0 else { continue }
            let shift = rhs.scale - lhs.scale + places + 1
            var numerator = lhs.units, denominator = rhs.units
            if shift >= 0 { numerator *= ExactDecimal.powerOfTen(shift) } else { denominator *= ExactDecimal.powerOfTen(-shift) }
            let direct = ExactDecimal(units: numerator / denominator, scale: places + 1).rounded(toPlaces: places)
            #expect(ExactDecimal.divide(lhs, by: rhs, places: places) == direct, "\(lhs) / \(rhs) to \(places)")
            #expect(ExactDecimal.divide(lhs, by: rhs, places: places)?.scale == places)
        }
    }
}
