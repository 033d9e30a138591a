/// Words that open a heading in documents without heading markup, with the level they give.
enum HeadingWords {
    static let sectionWords: [(word: String, level: Int)] = [
        ("ส่วนที่", 1), ("บทที่", 1), ("ภาคผนวก", 1), ("หมวด", 1),
        ("ภารกิจที่", 3), ("ตัวชี้วัดที่", 3),
    ] + DimensionSpellings.numbered.map { ($0, 2) }
    /// Words that open a paragraph of their own, never the rest of the sentence above a blank line:
    /// an announcement's date and a signature (compared without spaces).
    static let freshStarts = ["ประกาศณ", "ให้ไว้ณ", "สั่งณ", "ลงชื่อ", "(ลงชื่อ)", "รายงานณวันที่", "ข้อมูลณวันที่",
                              // A memo's header fields (บันทึกข้อความ), each a paragraph of its own.
                              "ส่วนราชการ", "สิ่งที่ส่งมาด้วย", "อ้างถึง"]
    /// `ที่`, which opens a memo's reference line (`ที่ สพ ๗๑๒๐๑/๐๕๖`).
    static let memoReferenceWord = Array("ที่".utf8)
    /// A numbered line (`๒.`, `๒.๑`) this short, alone in its paragraph, is a heading.
    static let numberedHeadingMaxLength = 70
    /// Characters that end a sentence, so a line ending with them is not a heading.
    static let sentenceEnds: Set<Character> = [".", ":", ";", ","]
}
