import Testing
@testable import PlanRecords

/// The byte-level text helpers give the answers the standard library's Unicode-aware ones give.
@Suite struct TextToolsTests {
    @Test func tagsTakenOutOfACellsRawText() {
        #expect(TextTools.withoutTags("<td rowspan=2>๑) โครงการอบรม</td>") == "๑) โครงการอบรม")
        #expect(TextTools.withoutTags("<td><p>โครงการ</p>\n<p>ทดสอบ</p></td>") == "โครงการ ทดสอบ")
        #expect(TextTools.withoutTags("คะแนน < 80 และ <b>ผ่าน</b>") == "คะแนน < 80 และ ผ่าน", "a < that opens no tag is text")
        #expect(TextTools.withoutTags("งบประมา ณ") == "งบประมา ณ", "wrap spaces are as written")
        #expect(TextTools.withoutTags("<td></td>") == "")
    }

    /// The quick look for a line opening with a bracket never misses one a trimmed line shows (a signature's
    /// `(นาย …)`), and says the same where the text is ASCII and Thai alone.
    @Test func aLineOpeningWithABracketIsNeverMissed() {
        let plain = ["(", ")", " ", "\t", "*", "\n", "\r", "ก", "า", "่", "a", "1"]
        let other = ["\u{A0}", "\u{3000}", "é", "\u{200B}"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            let pieces = round % 2 == 0 ? plain : plain + other
            let text = (0..<Int.random(in: 0...16, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let opens = TextTools.lines(text).contains { TextTools.trimmed($0).startsWith("(") }
            let found = TextTools.someLine(mayStartWith: UInt8(ascii: "("), in: text)
            if opens { #expect(found, "\(text.unicodeScalars.map { String($0.value, radix: 16) })") }
            if round % 2 == 0 { #expect(found == opens, "\(text.unicodeScalars.map { String($0.value, radix: 16) })") }
        }
        #expect(TextTools.someLine(mayStartWith: UInt8(ascii: "("), in: "ลงชื่อ\n  **(นายสมชาย ใจดี)**"))
        #expect(!TextTools.someLine(mayStartWith: UInt8(ascii: "("), in: "โครงการ (กิจกรรม) ปี ๒๕๖๗\nเทศบาล(ตำบล)"))
    }

    /// Thai letters, vowels above and below, tone marks, sara am, digits and ASCII, in random order:
    /// the byte count of characters must equal `String.count` (grapheme clusters) every time.
    @Test func thaiCharacterCountIsTheGraphemeCount() {
        let pieces = ["ก", "ข", "ำ", "ั", "ิ", "ี", "ุ", "ู", "่", "้", "๊", "๋", "็", "์", "ะ", "า", "เ", "แ", "ไ", "๑", "๙",
                      "ฯ", "ๆ", "a", "Z", "1", " ", "(", ".", "/"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...30, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TextTools.thaiCharacterCount(text) == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextTools.hasAtMost(10, charactersIn: text) == (text.count <= 10))
            for limit in [0, 1, 5, 12] {
                #expect(TextTools.suffix(text, characters: limit) == text.suffix(limit))
            }
        }
    }

    /// Words looked for in the compact text without compacting it are found where compacting and searching
    /// finds them: across spaces, no-break and zero-width spaces, `*` and line breaks, never across a digit.
    @Test func compactedSearchAsCompactThenSearch() {
        let needles = ["คะแนน", "ผลการประเมิน", "=", "ภาพรวม"].map { Array($0.utf8) }
        let pieces = ["คะ", "แนน", "ผลการ", "ประเมิน", "ภาพ", "รวม", "=", " ", "\u{00A0}", "\u{200B}", "\u{FEFF}", "*", "\n",
                      "๑", "1", "ค", "ะ", "น", "ระดับ", "a", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let some = (0..<Int.random(in: 1...4, using: &generator)).map { _ in needles.randomElement(using: &generator)! }
            #expect(TextTools.containsAnyCompacted(some, in: text) == TextTools.containsAny(some, in: TextTools.compact(text)), "\(text)")
        }
        #expect(TextTools.containsAnyCompacted(needles, in: "อยู่ในระดับ ผลการ ประ\u{00A0}เมิน"))
        #expect(!TextTools.containsAnyCompacted(needles, in: "ยกระดับ คุณภาพชีวิต ร่วมกัน"))
    }

    /// With other scripts, combining marks and emoji among the Thai, the suffix is still `String.suffix`'s.
    @Test func suffixOfMixedScriptsIsTheGraphemeSuffix() {
        let pieces = ["ก", "่", "ำ", "เ", "๑", "a", " ", "é", "\u{0301}", "中", "🇹🇭", "👍🏽", "\r\n", "\u{0E3F}", "\u{0E5B}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for limit in [0, 1, 3, 12, 40] {
                #expect(TextTools.suffix(text, characters: limit) == text.suffix(limit), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// Compacting on bytes (Thai characters copied three bytes at a time) gives what dropping and mapping
    /// scalars one by one gives, whatever the mix.
    @Test func compactTextIsTheScalarReading() {
        let pieces = ["ก", "ำ", "่", "เ", "๐", "๕", "๙", "a", "1", " ", "\u{00A0}", "\u{200B}", "\u{200D}", "\u{FEFF}", "*",
                      "\n", "\t", "\r", "(", "é", "→", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x20, 0x09, 0x0A, 0x0D, 0x2A, 0xA0, 0x200B...0x200D, 0xFEFF: continue
                case 0x0E50...0x0E59: expected.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
                default: expected.append(scalar)
                }
            }
            #expect(TextTools.compact(text) == String(expected), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// `อบต.` and `อบต` standing as a word are written out; the same letters inside a word, or `ทต` without
    /// its dot, are not.
    @Test func abbreviatedTypeWordsAreWrittenOutAtWordEdges() {
        func expand(_ text: String) -> String { String(decoding: OrganisationWords.expandingAbbreviations(Array(text.utf8)), as: UTF8.self) }
        #expect(expand("อบรมสมาชิกสภา อบต. ในการ") == "อบรมสมาชิกสภา องค์การบริหารส่วนตำบล ในการ")
        #expect(expand("อบต.หนองบัว") == "องค์การบริหารส่วนตำบลหนองบัว")
        #expect(expand("ผู้บริหาร อบจ ประจำปี") == "ผู้บริหาร องค์การบริหารส่วนจังหวัด ประจำปี")
        #expect(expand("(ทต.บ้านนา)") == "(เทศบาลตำบลบ้านนา)")
        #expect(expand("พนักงาน ทต ทุกคน") == "พนักงาน ทต ทุกคน")
        #expect(expand("กองทุนอบต.") == "กองทุนอบต.")
        #expect(expand("อบรม") == "อบรม")
        #expect(expand("") == "")
    }

    @Test func otherScriptsAreLeftToTheSlowCount() {
        #expect(TextTools.thaiCharacterCount("café") == nil)
        #expect(TextTools.thaiCharacterCount("ก\nข") == nil)
        #expect(TextTools.hasAtMost(4, charactersIn: "café"))
        #expect(!TextTools.hasAtMost(3, charactersIn: "café"))
        #expect(TextTools.suffix("ab́c", characters: 2) == "b́c")
        #expect(TextTools.suffix("éก่า", characters: 2) == "ก่า")
    }

    @Test func linesSplitAtLineFeedsOnly() {
        #expect(TextTools.lines("ก\nข\n\nค").map(String.init) == ["ก", "ข", "", "ค"])
        #expect(TextTools.lines("ก\nข\n\nค\n", omittingEmpty: true).map(String.init) == ["ก", "ข", "ค"])
        #expect(TextTools.lines(Substring("x\ny").dropFirst(2)).map(String.init) == ["y"])
    }

    @Test func markersAreDroppedWithTheSpacesAfterThem() {
        let cases: [(String, String)] = [
            ("๑. ชื่อโครงการ", "ชื่อโครงการ"), ("12) งบประมาณ", "งบประมาณ"), ("(๓) เป้าหมาย", "เป้าหมาย"),
            ("๑.๒.๓. ภารกิจ", "ภารกิจ"), ("๑.๒.๓ ภารกิจ", "ภารกิจ"), ("๑.๑๐.๒๕๖๗ ประชุม", "๑.๑๐.๒๕๖๗ ประชุม"),
            ("1.500.000 บาท", "1.500.000 บาท"), ("- • * ข้อ", "ข้อ"), ("๑๒ โครงการ", "๑๒ โครงการ"), ("(ยาวเกินไป) x", "(ยาวเกินไป) x"),
            ("3.: ผล", "ผล"), ("", ""), ("(", "("), ("๑", "๑"),
        ]
        for (text, expected) in cases {
            #expect(TextTools.droppingMarker(text) == Substring(expected), "\(text)")
        }
    }

    /// The byte searches that replaced `firstRange(of:)`, `replacing` and `hasSuffix` find what those find, on random
    /// Thai with marks after the words' last letters (a word followed by a mark is another Character there).
    @Test func byteSearchesAgreeWithTheCharacterOnes() {
        let pieces = ["ลด", "ลง", "ระดับ", "ั", "ิ", "่", "ำ", "า", "เ", "ก", " / ", "/", "\n", "\r\n", " ", "A"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for word in ["ลดลง", "ระดับ", "ลด"] {
                let expected = Substring(text).firstRange(of: word)
                #expect(TextTools.characterRange(of: Array(word.utf8), in: Substring(text)) == expected, "\(word) in \(text.debugDescription)")
            }
            // A header's ` / ` joins two labels, and a label never opens with a mark (a mark after the space would
            // make ` ั` one Character, where the two searches part ways): the labels here are words and slashes.
            let labelPieces = ["ลด", "ลดั", "ระดับ", "ก่", " / ", "/", " ", "A"]
            let labels = (0..<Int.random(in: 0...10, using: &generator)).map { _ in labelPieces.randomElement(using: &generator)! }.joined()
            #expect(TextTools.removing(Array(" / ".utf8), from: labels) == labels.replacing(" / ", with: ""), "\(labels.debugDescription)")
            #expect(TextTools.newlinesAsSpaces(text) == text.replacing("\n", with: " "), "\(text.debugDescription)")
        }
    }
}
