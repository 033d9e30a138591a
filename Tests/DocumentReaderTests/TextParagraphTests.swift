import Testing
@testable import DocumentReader
import ThaiText

/// Running text of text exports: paragraphs, repairs, headings, list items and page furniture.
@Suite struct TextParagraphTests {
    @Test func wordSplitAcrossLinesIsRejoinedAndRawKept() throws {
        let document = try readDocument("ดังนั้น องค์การบริหารส่วนตำบลหนองบัวงบประมา\nณ จึงได้ดำเนินการ\n")
        let block = try #require(document.blocks.first)
        #expect(block.kind == .paragraph)
        #expect(block.text == "ดังนั้น องค์การบริหารส่วนตำบลหนองบัวงบประมาณ จึงได้ดำเนินการ")
        #expect(block.rawText == "ดังนั้น องค์การบริหารส่วนตำบลหนองบัวงบประมา\nณ จึงได้ดำเนินการ")
        #expect(block.repairs == [ParagraphRepair(kind: .wordSplitAcrossLines, line: 2)])
    }

    /// The rest of a split word and what follows it stay on their own source line: a place past the join is
    /// counted from that line's start, not on past the end of the line above.
    @Test func placesPastAJoinedWordSplitAreOnTheirOwnLine() throws {
        let document = try readDocument("  ดังนั้น องค์การบริหารส่วนตำบลหนองบัวงบประมา\nณ ๒๕๖๗ จึงได้ดำเนินการ\nต่อไป\n")
        let block = try #require(document.blocks.first)
        #expect(block.text == "ดังนั้น องค์การบริหารส่วนตำบลหนองบัวงบประมาณ ๒๕๖๗ จึงได้ดำเนินการ\nต่อไป")
        // The first line starts at column 3; its 43 characters end at column 45, and line 2 is joined at 46.
        #expect(block.linePieces == [LinePiece(textLine: 0, textColumn: 46, line: 2, column: 1)])
        #expect(block.sourcePosition(ofTextLine: 0, column: 3) == (line: 1, column: 3))
        #expect(block.sourcePosition(ofTextLine: 0, column: 45) == (line: 1, column: 45))
        // `๒๕๖๗` is the 48th column of the text line, the 3rd of source line 2.
        #expect(block.sourcePosition(ofTextLine: 0, column: 48) == (line: 2, column: 3))
        #expect(block.sourcePosition(ofTextLine: 1, column: 1) == (line: 3, column: 1))
    }

    /// Each indented line of a paragraph is counted from its own first character, and a list item's text from
    /// past its marker.
    @Test func indentsAndMarkersArePlacesOfTheirOwn() throws {
        let document = try readDocument("ประกาศองค์การบริหารส่วนตำบลหนองบัว\n    เรื่อง รายงานผล ๒๕๖๗\n\n-  จำนวน ๒๙ โครงการ\n")
        let paragraph = try #require(document.blocks.first)
        #expect(paragraph.text == "ประกาศองค์การบริหารส่วนตำบลหนองบัว\nเรื่อง รายงานผล ๒๕๖๗")
        // `๒๕๖๗` is the 17th character of the text's second line, written at column 21 of line 2.
        #expect(paragraph.sourcePosition(ofTextLine: 1, column: 17) == (line: 2, column: 21))
        let item = try #require(document.blocks.last)
        #expect(item.kind == .listItem && item.text == "จำนวน ๒๙ โครงการ")
        // The item starts at column 1 (its marker); its text at column 4, past `-` and two spaces.
        #expect(item.source.column == 1)
        #expect(item.sourcePosition(ofTextLine: 0, column: 1) == (line: 4, column: 4))
        #expect(item.sourcePosition(ofTextLine: 0, column: 7) == (line: 4, column: 10))
    }

    @Test func aBlockWithNoJoinedSplitOrIndentHasNoPieces() throws {
        let document = try readDocument("ประกาศองค์การบริหารส่วนตำบลหนองบัว\nเรื่อง รายงานผลการดำเนินงาน\n")
        #expect(document.blocks.first?.linePieces == nil)
        let block = try #require(document.blocks.first)
        #expect(block.sourcePosition(ofTextLine: 1, column: 8) == (line: 2, column: 8))
    }

    @Test func linesThatEndAtWordsKeepTheirBreak() throws {
        let document = try readDocument("ประกาศองค์การบริหารส่วนตำบลหนองบัว\nเรื่อง รายงานผลการดำเนินงาน\n")
        #expect(document.blocks.first?.text == "ประกาศองค์การบริหารส่วนตำบลหนองบัว\nเรื่อง รายงานผลการดำเนินงาน")
        #expect(document.blocks.first?.repairs.isEmpty == true)
    }

    /// A memo's header fields, each a paragraph of its own (Word writes an empty paragraph between them): the
    /// name that ends one is not joined to `ที่` opening the reference below (`…ดอนตะหนินที่`), and a short heading
    /// is no line cut mid-word (`ผลการประเมิน` above `ผลการประเมินคุณธรรม…` is no split `ประเมิน|ผล`).
    @Test func aMemosFieldsAndAShortHeadingAreNoWordsSplitAcrossABlankLine() throws {
        let text = """
        ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลดอนตะหนิน

        ที่ สพ ๗๑๒๐๑/๐๕๖

        เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส

        ผลการประเมิน

        ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลดอนตะหนิน ได้คะแนน ๘๒.๔๖ คะแนน

        """
        let document = try readDocument(text)
        #expect(document.blocks.map(\.text) == [
            "ส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลดอนตะหนิน", "ที่ สพ ๗๑๒๐๑/๐๕๖",
            "เรื่อง รายงานผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส", "ผลการประเมิน",
            "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลดอนตะหนิน ได้คะแนน ๘๒.๔๖ คะแนน",
        ])
        #expect(document.blocks.allSatisfy { $0.repairs.isEmpty })
        // `ที่` opening a continued sentence is no reference line: only `ที่`, a space, and a number with a slash.
        #expect(BlockClassifier.opensMemoReference("ที่ ขก ๘๒๑๐๑/๑๒๓"))
        #expect(!BlockClassifier.opensMemoReference("ที่ได้รับจัดสรร ๒๐,๐๐๐ บาท"))
        #expect(!BlockClassifier.opensMemoReference("ที่ ประชุม"))
    }

    /// A line's trailing page label is taken off only when the line ends with one to three digits after a
    /// page word and has words before it.
    @Test func trailingPageLabel() {
        #expect(BlockClassifier.withoutTrailingPageLabel("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙) หน้า ๒") == "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๘ - ๒๕๖๙)")
        #expect(BlockClassifier.withoutTrailingPageLabel("Integrity plan page 12  ") == "Integrity plan")
        #expect(BlockClassifier.withoutTrailingPageLabel("รายงานผล หน้า๑๒๓") == "รายงานผล")
        #expect(BlockClassifier.withoutTrailingPageLabel("หน้า ๒") == nil, "a page label alone")
        #expect(BlockClassifier.withoutTrailingPageLabel("รายงานผล หน้า ๑๒๓๔") == nil, "four digits")
        #expect(BlockClassifier.withoutTrailingPageLabel("ปีงบประมาณ ๒๕๖๘") == nil, "no page word")
        #expect(BlockClassifier.withoutTrailingPageLabel("รายงานผล หน้า ๒ ของเอกสาร") == nil, "words after the number")
        #expect(BlockClassifier.withoutTrailingPageLabel("") == nil && BlockClassifier.withoutTrailingPageLabel("   ") == nil)
    }

    /// A report's field labels, each a line of its own in every entry (`งบประมาณดำเนินการ`), repeat like a running
    /// header; the text under one is that field's, not the rest of the paragraph above it (it had been glued on,
    /// and an entry's budget and disbursement read as its actions).
    @Test func textUnderARepeatedLabelIsNoContinuationOfTheParagraphAbove() throws {
        let entry = """
        การดำเนินการ

        ๑. ประชุมคณะกรรมการพิจารณาร่างแผนพัฒนาท้องถิ่นที่เพิ่มเติมหรือเปลี่ยนแปลงร่วมกับประชาคมท้องถิ่นระดับหมู่บ้านทุกหมู่บ้าน

        งบประมาณดำเนินการ

        ตั้งไว้ในเทศบัญญัติรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๒๐,๐๐๐ บาท
        เบิกจ่าย ๘,๖๙๖ บาท

        """
        let document = try readDocument([1, 2, 3].map { "โครงการทดสอบที่ \($0)\n\n" + entry }.joined(separator: "\n"))
        let budget = document.blocks.filter { $0.text.hasPrefix("ตั้งไว้ในเทศบัญญัติ") }
        #expect(budget.count == 3)
        #expect(document.blocks.filter { $0.text.hasPrefix("๑. ประชุม") }.allSatisfy { !$0.text.contains("บาท") })
    }

    @Test func sentenceCutByAPageBreakIsJoinedAndThePageNumberKept() throws {
        let long = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐเป็นเครื่องมือที่สำคัญในการ"
        let document = try readDocument(long + "\n\n- ๔ -\n\nกระตุ้นให้หน่วยงานปรับปรุงการทำงาน\n")
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.count == 1)
        #expect(paragraphs.first?.text == long + "กระตุ้นให้หน่วยงานปรับปรุงการทำงาน")
        #expect(paragraphs.first?.source.endLine == 5)
        #expect(document.blocks.contains { $0.artefact == .pageNumber && $0.text == "- ๔ -" })
    }

    /// `ประกาศ ณ วันที่ …` or `ลงชื่อ` after a blank line starts a paragraph of its own, however long and
    /// unfinished the line above looks.
    @Test func anAnnouncementDateOrSignatureIsNeverJoinedToTheSentenceAbove() throws {
        let long = "สรุปผลการดำเนินงาน เบิกจ่ายงบประมาณทั้งสิ้น ๔๔,๐๐๐ บาท จากงบประมาณ ๔๕,๐๐๐ บาท และได้รายงานให้ผู้บริหารทราบ"
        for opening in ["ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗ ตามที่ได้รายงานไว้ข้างต้นทั้งหมด", "ลงชื่อ นายทดลอง ใจงาม ผู้รายงานผลการดำเนินงานประจำปี"] {
            let document = try readDocument(long + "\n\n" + opening + "\n")
            #expect(document.blocks.map(\.text) == [long, opening])
        }
        // The same long line above ordinary running text is one sentence cut by the blank line.
        let joined = try readDocument(long + "\n\nของหน่วยงานและประชาชนในพื้นที่ได้รับทราบโดยทั่วกัน\n")
        #expect(joined.blocks.count == 1)
    }

    @Test func shortParagraphsAreNotJoined() throws {
        let document = try readDocument("จึงเรียนมาเพื่อโปรดทราบ\n\nขอแสดงความนับถือ\n")
        #expect(document.blocks.map(\.text) == ["จึงเรียนมาเพื่อโปรดทราบ", "ขอแสดงความนับถือ"])
    }

    @Test func pageTurnMarkersAndRunningHeadersAreArtefacts() throws {
        let header = "แผนปฏิบัติการป้องกันการทุจริต เทศบาลตำบลตัวอย่าง"
        let text = "\(header)\n\nย่อหน้าแรก\n\n/เรียน ปลัด...\n\n\(header)\n\nเรียน ปลัด\n\n\(header)\n\nย่อหน้าสุดท้าย\n"
        let document = try readDocument(text)
        #expect(document.blocks.filter { $0.artefact == .runningHeader }.count == 3)
        #expect(document.blocks.filter { $0.artefact == .pageTurn }.map(\.source.line) == [5])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.text) == ["ย่อหน้าแรก", "เรียน ปลัด", "ย่อหน้าสุดท้าย"])
    }

    @Test func headingsBulletsBoldAndAutolinks() throws {
        let text = """
        ส่วนที่ ๑ บทนำ

        **หลักการและเหตุผล**

        ๒.๑ การเปิดเผยข้อมูล
        - เผยแพร่ทาง <https://www.example.go.th/ita> ทุกไตรมาส
        - จัดทำ **คู่มือ** ประชาชน
        """
        let document = try readDocument(text)
        #expect(document.blocks.map(\.kind) == [.heading, .heading, .heading, .listItem, .listItem])
        #expect(document.blocks.map(\.level) == [1, 2, 4, nil, nil])
        #expect(document.blocks[1].text == "หลักการและเหตุผล")
        #expect(document.blocks[3].text == "เผยแพร่ทาง https://www.example.go.th/ita ทุกไตรมาส")
        #expect(document.blocks[4].text == "จัดทำ คู่มือ ประชาชน")
        #expect(document.blocks[4].source == SourceLines(line: 7, column: 1))
    }

    @Test func halfBinaryFileIsReadWithAWarning() throws {
        var bytes = Array("ย่อหน้าแรก\n\nลำดับ\tโครงการ\tงบประมาณ\n1\tก\t0.00\n\n".utf8)
        bytes += Array(String(repeating: "บรรทัดข้อความภาษาไทยที่อ่านได้\n", count: 30).utf8)
        bytes += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let document = try DocumentReader.read(bytes, options: .init(format: .text))
        #expect(document.blocks.first?.text == "ย่อหน้าแรก")
        #expect(document.tables.first?.rows.count == 1)
        #expect(document.warnings.first.map { $0.line >= 4 } == true)
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: DecodingError.self) { try DocumentReader.read([], options: .init()) }
    }
}

@Suite struct BadInputTests {
    @Test func mostlyBinaryFileIsAnErrorWithAPlace() {
        var generator = UInt64(0x9E37_79B9_7F4A_7C15)
        let bytes: [UInt8] = (0..<4000).map { _ in
            generator = generator &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: generator >> 56)
        }
        #expect(throws: DecodingError.self) { try DocumentReader.read(bytes, options: .init(format: .text)) }
    }

    @Test func unclosedTagsAndDeepNestingReadWithWarnings() throws {
        let deep = String(repeating: "<div>", count: 10_000) + "ข้อความ"
        let document = try DocumentReader.read(Array(("<html><body><p>ย่อหน้า<table><tr><td>ก<td>ข" + deep).utf8),
                                               options: .init(format: .html))
        #expect(document.tables.count == 1)
        #expect(document.blocks.contains { $0.text.contains("ย่อหน้า") })
    }
}
