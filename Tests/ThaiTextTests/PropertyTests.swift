import Testing
@testable import ThaiText

/// A small deterministic generator, so a failing case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// How a careful clerk writes an amount in Thai words (the reference the scanner is checked against).
func thaiWords(_ value: Int64) -> String {
    let digits = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    let places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]
    func belowMillion(_ number: Int64) -> String {
        var text = ""
        let written = Array(String(number).reversed()).map { Int(String($0))! }
        for (place, digit) in written.enumerated().reversed() where digit != 0 {
            switch (place, digit) {
            case (0, 1) where number > 10: text += "เอ็ด"
            case (1, 1): text += "สิบ"
            case (1, 2): text += "ยี่สิบ"
            default: text += digits[digit] + places[place]
            }
        }
        return text
    }
    if value == 0 { return "ศูนย์" }
    if value >= 1_000_000 {
        let rest = value % 1_000_000
        return thaiWords(value / 1_000_000) + "ล้าน" + (rest == 0 ? "" : belowMillion(rest))
    }
    return belowMillion(value)
}

/// Thai digits and thousands separators as documents write them: ๑๒๓,๔๕๖.
func thaiFigure(_ value: Int64) -> String {
    var groups: [String] = []
    var rest = value
    repeat {
        let group = rest % 1000
        rest /= 1000
        groups.insert(rest > 0 ? String(format3(group)) : String(group), at: 0)
    } while rest > 0
    return DigitConversion.toThai(groups.joined(separator: ","))
}

private func format3(_ value: Int64) -> String {
    let text = String(value)
    return String(repeating: "0", count: 3 - text.count) + text
}

@Suite struct PropertyTests {
    @Test func thaiWordsReference() {
        #expect(thaiWords(21) == "ยี่สิบเอ็ด")
        #expect(thaiWords(178_000) == "หนึ่งแสนเจ็ดหมื่นแปดพัน")
        #expect(thaiWords(11) == "สิบเอ็ด")
        #expect(thaiWords(101) == "หนึ่งร้อยเอ็ด")
        #expect(thaiWords(2_500_000) == "สองล้านห้าแสน")
    }

    /// Random amounts written in words read back to the same value, alone and beside their figure.
    @Test func randomAmountsInWordsReadBack() {
        var generator = SplitMix64(state: 2566)
        for _ in 0..<2000 {
            let magnitude = [10, 1_000, 100_000, 10_000_000, 5_000_000_000][Int.random(in: 0..<5, using: &generator)]
            let value = Int64.random(in: 1...Int64(magnitude), using: &generator)
            let words = thaiWords(value)
            #expect(NumberWords.value(of: parts(words)) == value, "\(value) \(words)")

            let alone = LexicalScanner.scan("(\(words)บาทถ้วน)")
            #expect(alone.map(\.value) == [.money(ExactDecimal(units: value * 100, scale: 2), words: nil)], "\(words)")

            let paired = LexicalScanner.scan("งบประมาณ \(thaiFigure(value)) บาท (-\(words)บาทถ้วน-)")
            guard paired.count == 1, case .money(let figure, let inWords?) = paired[0].value else {
                Issue.record("\(value): \(paired)")
                continue
            }
            #expect(figure == ExactDecimal(units: value) && inWords.amount == figure, "\(value)")
        }
    }

    /// The in-place conversion, sixteen places a step, gives what a byte-at-a-time walk gives: on random bytes
    /// full of near misses (E0 B9 8F and 9A, E0 B8 90, a lone E0 or B9) and with a digit at every place of a step.
    @Test func digitConversionMatchesByteWalk() {
        func byteWalk(_ input: [UInt8]) -> [UInt8] {
            var output: [UInt8] = []
            var index = 0
            while index < input.count {
                if input[index] == 0xE0, index + 2 < input.count, input[index + 1] == 0xB9, (0x90...0x99).contains(input[index + 2]) {
                    output.append(input[index + 2] - 0x90 + 0x30)
                    index += 3
                } else {
                    output.append(input[index])
                    index += 1
                }
            }
            return output
        }
        func converted(_ input: [UInt8]) -> [UInt8] {
            var bytes = input
            let length = bytes.withUnsafeMutableBufferPointer { DigitConversion.thaiToArabicInPlace($0, count: $0.count) }
            return Array(bytes[..<length])
        }
        var generator = SplitMix64(state: 11)
        let pieces: [[UInt8]] = [[0xE0, 0xB9, 0x90], [0xE0, 0xB9, 0x99], [0xE0, 0xB9, 0x8F], [0xE0, 0xB9, 0x9A], [0xE0, 0xB8, 0x90],
                                 [0xE0], [0xB9], [0x95], [0x41], [0x20], [0x0A], [0xE0, 0xB8, 0x81]]
        for _ in 0..<3000 {
            let input = (0..<Int.random(in: 0..<120, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            #expect(converted(input) == byteWalk(input), "\(input)")
        }
        // One digit at each place of the first two steps, in Thai text and in ASCII.
        for background in [Array(repeating: UInt8(0x41), count: 60), Array(Array(repeating: [UInt8(0xE0), 0xB8, 0x81], count: 20).joined())] {
            for place in 0...40 {
                var input = background
                input.insert(contentsOf: [0xE0, 0xB9, 0x97], at: min(place, input.count))
                #expect(converted(input) == byteWalk(input), "a digit at \(place)")
                #expect(converted(input).filter { $0 == 0x37 }.count == 1)
            }
        }
    }

    /// Thai → Arabic → Thai gives back the text, for any mix of Thai, digits and other characters.
    @Test func digitRoundTrip() {
        var generator = SplitMix64(state: 7)
        let pieces = ["๐", "๑", "๕", "๙", "ก", "ำ", " ", "บาท", "\n", "a", "-", "☑", "é", "\u{0E4D}", ",", "."]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let arabic = DigitConversion.toArabic(text)
            #expect(!arabic.unicodeScalars.contains { ("๐"..."๙").contains($0) })
            #expect(DigitConversion.toThai(arabic) == text)
            #expect(DigitConversion.containsDigit(text) == text.unicodeScalars.contains { ("๐"..."๙").contains($0) },
                    "a digit of either script, read from the bytes")
            #expect(DigitConversion.containsDigit(arabic) == DigitConversion.containsDigit(text))
        }
        #expect(!DigitConversion.containsDigit("งบประมาณ - บาท") && DigitConversion.containsDigit("ปี 2567") && DigitConversion.containsDigit("๑"))
    }

    /// Random figures with Thai or Arabic digits and separators scan to their exact value.
    @Test func randomFiguresReadExactly() {
        var generator = SplitMix64(state: 42)
        for _ in 0..<2000 {
            let baht = Int64.random(in: 0...99_999_999, using: &generator)
            let satang = Int64.random(in: 0...99, using: &generator)
            var figure = thaiFigure(baht) + "." + DigitConversion.toThai(format3(satang).dropFirst().description)
            if Bool.random(using: &generator) { figure = DigitConversion.toArabic(figure) }
            let found = LexicalScanner.scan("เบิกจ่าย \(figure) บาท")
            #expect(found.map(\.value) == [.money(ExactDecimal(units: baht * 100 + satang, scale: 2), words: nil)], "\(figure)")
        }
    }

    private func parts(_ words: String) -> [NumberWords.Part] {
        let bytes = Array(words.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let session = ScanSession(text: buffer, options: ScanOptions())
            _ = session.count
            return session.readNumberWordParts(at: 0)?.parts ?? []
        }
    }
}
