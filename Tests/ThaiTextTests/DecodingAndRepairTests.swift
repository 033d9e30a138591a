import Testing
@testable import ThaiText

@Suite struct DecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array("ก ๑".utf8))
        #expect(plain.encoding == .utf8 && plain.bytes == Array("ก ๑".utf8))
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("ก".utf8))
        #expect(bom.encoding == .utf8WithBOM && bom.bytes == Array("ก".utf8))
    }

    @Test func utf16BothOrders() throws {
        let little = try TextDecoder.decode([0xFF, 0xFE, 0x01, 0x0E, 0x51, 0x0E])
        #expect(little.encoding == .utf16LittleEndian && String(decoding: little.bytes, as: UTF8.self) == "ก๑")
        let big = try TextDecoder.decode([0xFE, 0xFF, 0x0E, 0x01, 0x0E, 0x51])
        #expect(big.encoding == .utf16BigEndian && String(decoding: big.bytes, as: UTF8.self) == "ก๑")
        // no BOM: NULs in every other byte
        let noBOM = try TextDecoder.decode([0x41, 0x00, 0x01, 0x0E, 0x0A, 0x00, 0x42, 0x00])
        #expect(noBOM.encoding == .utf16LittleEndian && String(decoding: noBOM.bytes, as: UTF8.self) == "Aก\nB")
    }

    /// Thai text in UTF-16 with no BOM has few NULs (only its spaces and digits): its 0x0E high bytes show it.
    @Test func thaiUTF16WithoutBOM() throws {
        let text = "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n"
        let units = Array(text.utf16)
        let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let readLittle = try TextDecoder.decode(little)
        let readBig = try TextDecoder.decode(big)
        #expect(readLittle.encoding == .utf16LittleEndian && String(decoding: readLittle.bytes, as: UTF8.self) == text)
        #expect(readBig.encoding == .utf16BigEndian && String(decoding: readBig.bytes, as: UTF8.self) == text)
    }

    @Test func windows874IsDetectedAndReadWithICU() throws {
        // "การ ๑๒ บาท" in TIS-620
        let legacy: [UInt8] = [0xA1, 0xD2, 0xC3, 0x20, 0xF1, 0xF2, 0x20, 0xBA, 0xD2, 0xB7]
        let decoded = try TextDecoder.decode(legacy)
        #expect(decoded.encoding == .windows874)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "การ ๑๒ บาท")
        #expect(TextEncoding(label: "TIS-620") == .windows874 && TextEncoding(label: "cp874") == .windows874)
    }

    @Test func badInputSaysWhatAndWhere() {
        #expect(throws: DecodingError(reason: .empty, position: SourcePosition(line: 1, column: 1, offset: 0))) {
            try TextDecoder.decode([UInt8]())
        }
        // a stray continuation byte on line 2, after "ก " (2 scalars)
        let invalid = Array("abc\nก ".utf8) + [0x80] + Array("x".utf8)
        do {
            _ = try TextDecoder.decode(invalid, encoding: .utf8)
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.reason == .invalidUTF8)
            #expect(error.position.line == 2 && error.position.column == 3 && error.position.offset == 8)
        }
        do {
            _ = try TextDecoder.decode(Array("text\n\u{0}\u{1}binary".utf8))
            Issue.record("binary was accepted")
        } catch {
            #expect(error.reason == .binary && error.position.line == 2)
        }
        // overlong and surrogate encodings are invalid
        #expect(throws: DecodingError.self) { try TextDecoder.decode([0xC0, 0xAF], encoding: .utf8) }
        #expect(throws: DecodingError.self) { try TextDecoder.decode([0xED, 0xA0, 0x80], encoding: .utf8) }
    }

    /// A PDF, an Office document or a scan passed for its export: said what it is and what to run, even where its
    /// opening bytes are text (`%PDF-1.7`), and even when an encoding is forced.
    @Test func filesOfOtherKindsAreNamed() {
        let cases: [([UInt8], String)] = [
            (Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a zip archive (a .docx"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "a legacy Office document"),
            (Array("{\\rtf1\\ansi ข้อความ".utf8), "an RTF document"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "a PNG image"),
        ]
        for (bytes, what) in cases {
            for encoding in [nil, TextEncoding.utf8] {
                do {
                    _ = try TextDecoder.decode(bytes, encoding: encoding)
                    Issue.record("\(what) was read as text")
                } catch {
                    guard case .notText(let message) = error.reason else { Issue.record("\(what): \(error)"); continue }
                    #expect(message.hasPrefix(what))
                }
            }
        }
        // Text that only mentions such a file is text.
        #expect((try? TextDecoder.decode(Array("ดูไฟล์ %PDF-1.7 แนบ".utf8)))?.encoding == .utf8)
    }
}

@Suite struct RepairTests {
    @Test func saraAmIsComposed() {
        var repairer = TextRepairer()
        #expect(repairer.repair("น\u{0E4D}\u{0E32}") == "นำ")
        #expect(repairer.repair("น\u{0E49}\u{0E4D}\u{0E32}") == "น้ำ")
        #expect(repairer.repair("น\u{0E4D}\u{0E49}\u{0E32}") == "น้ำ")
        #expect(repairer.report.counts[.saraAm] == 3)
    }

    @Test func invisiblesAreRemoved() {
        var repairer = TextRepairer()
        #expect(repairer.repair("งบ\u{200B}ประ\u{00AD}มาณ\u{FEFF}\u{2060}") == "งบประมาณ")
        #expect(repairer.report.counts[.invisibles] == 4)
    }

    @Test func wingdingsPrivateUseBecomesUnicodeTicks() {
        var repairer = TextRepairer()
        #expect(repairer.repair("\u{F0FE} \u{F0FD} \u{F0A8} \u{F0FC}") == "☑ ☒ ☐ ✓")
        var off = TextRepairer(options: RepairOptions(enabled: [.nfc]))
        #expect(off.repair("\u{F0FE}") == "\u{F0FE}")
    }

    @Test func nfcOrdersThaiMarksAndComposesLatin() {
        var repairer = TextRepairer()
        // tone mark before SARA U is reordered canonically; e + combining acute is composed
        #expect(repairer.repair("ก\u{0E48}\u{0E38} cafe\u{0301}") == "ก\u{0E38}\u{0E48} café")
        #expect(repairer.report.counts[.nfc] == 1)
        var plain = TextRepairer()
        _ = plain.repair("ภาษาไทย ☑ 100%")
        #expect(plain.report.total == 0)
    }

    @Test func digitsBothWays() {
        var toArabic = TextRepairer(options: RepairOptions(enabled: [.digits], digits: .arabic))
        #expect(toArabic.repair("ปี ๒๕๖๖ (2566)") == "ปี 2566 (2566)")
        var toThai = TextRepairer(options: RepairOptions(enabled: [.digits], digits: .thai))
        #expect(toThai.repair("ปี ๒๕๖๖ (2566)") == "ปี ๒๕๖๖ (๒๕๖๖)")
    }

    @Test func reportNamesTheFirstLine() {
        var repairer = TextRepairer()
        _ = repairer.repair("ok\nok\nน\u{0E4D}\u{0E32}\n\u{200B}")
        #expect(repairer.report.firstLines[.saraAm] == 3)
        #expect(repairer.report.firstLines[.invisibles] == 4)
    }
}

@Suite struct StreamingTests {
    /// Streaming in chunks of any size gives exactly what one pass over the whole text gives.
    @Test(arguments: [1, 2, 3, 7, 64, 4096, 100_000])
    func chunksGiveTheSameResult(_ chunkSize: Int) throws {
        let text = String(repeating: "น\u{0E4D}\u{0E32} \u{200B}\u{F0FE} ๑๒๓ ก\u{0E48}\u{0E38}\n", count: 300)
        let bytes = Array(text.utf8)
        var whole = TextRepairer(options: RepairOptions.all)
        let expected = whole.repair(text)
        var streaming = StreamingNormalizer(options: RepairOptions.all)
        var output: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunkSize, bytes.count)
            try bytes[offset..<end].withUnsafeBufferPointer { try streaming.feed($0, into: &output) }
            offset = end
        }
        try streaming.finish(into: &output)
        #expect(String(decoding: output, as: UTF8.self) == expected)
        // NFC is counted per pass that changed something, so only the other repairs' counts compare.
        #expect(streaming.repairer.report.counts.filter { $0.key != .nfc } == whole.report.counts.filter { $0.key != .nfc })
    }

    @Test func streamingReportsTheLineOfBadBytes() throws {
        var streaming = StreamingNormalizer(options: RepairOptions())
        var output: [UInt8] = []
        let good = Array(String(repeating: "บรรทัด\n", count: 2000).utf8)
        try good.withUnsafeBufferPointer { try streaming.feed($0, into: &output) }
        do {
            try [0x41, 0xFF, 0x0A].withUnsafeBufferPointer { try streaming.feed($0, into: &output) }
            try streaming.finish(into: &output)
            Issue.record("invalid byte accepted")
        } catch let error as DecodingError {
            #expect(error.reason == .invalidUTF8)
            #expect(error.position.line == 2001 && error.position.column == 2)
        }
    }
}

/// ICU's dictionary reads UTF-16; the boundaries come back as byte offsets into the UTF-8 given.
@Suite struct WordBoundaryTests {
    @Test func boundariesAreByteOffsetsWhateverTheWidthOfTheCharacters() {
        let thai = "งบประมาณรายจ่ายประจำปี"
        let alone = ICU.thaiWordBoundaries(thai)
        #expect(alone.count > 2)
        // One, two, three and four bytes a character (a, é, ก, 😀) before the same words: the same
        // boundaries, moved on by the bytes before them.
        let prefix = "a é ก 😀 "
        let shifted = ICU.thaiWordBoundaries(prefix + thai).filter { $0 >= prefix.utf8.count }
        #expect(shifted == alone.map { $0 + prefix.utf8.count })
        #expect(ICU.thaiWords(prefix + thai).joined() == prefix + thai)
    }

    @Test func aRunLongerThanTheStackBufferIsRead() {
        let piece = "การดำเนินงานตามแผน "
        let one = ICU.thaiWordBoundaries(piece)
        let text = String(repeating: piece, count: 40)  // 2,120 bytes
        let expected = (0..<40).flatMap { copy in one.dropFirst(copy == 0 ? 0 : 1).map { $0 + copy * piece.utf8.count } }
        #expect(ICU.thaiWordBoundaries(text) == expected)
    }
}
