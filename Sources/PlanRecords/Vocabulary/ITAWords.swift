/// The assessment's vocabulary: its tools, its grades and the phrases that state a score.
enum ITAWords {
    static let tools = ["IIT", "EIT", "OIT"]
    /// Best first.
    static let grades = ["AA", "A", "B", "C", "D", "E", "F"]
    /// Whether `text` is one of `grades`, compared on bytes (the band reader asks it of every short cell).
    static func isGrade(_ text: String) -> Bool { grades.contains { TextTools.sameBytes($0, text) } }
    /// Phrases before the overall score (`ได้คะแนนรวม ๘๙.๔๕ คะแนน`), compared without spaces.
    static let overallPhrases = ["คะแนนรวม", "คะแนนภาพรวม", "ภาพรวมได้คะแนน", "ภาพรวมได้", "คะแนนเฉลี่ยรวม", "ผลการประเมินภาพรวม", "ผลการประเมินได้"]
    /// `ผลการประเมิน ITA ของ … ได้คะแนน ๘๓.๕๐ คะแนน`: in a sentence about the assessment's result, the score
    /// right after `ได้คะแนน` is the overall one, unless a tool or an indicator is named just before it.
    static let assessmentWords = ["ผลการประเมิน"]
    static let scoredWords = ["ได้คะแนน"]
    /// `… พ.ศ. ๒๕๖๖ ที่ได้ ๙๑.๐๔ คะแนน`: right after another year, a plain `ได้` states that year's score.
    static let pastScoredWords = ["ได้"]
    /// The sign of a product in a score worked out (`IIT = ๘๔.๓๐ × ๐.๓๐ = ๒๕.๒๙`), compared without spaces.
    static let timesSigns = ["×", "x", "X", "*"]
    /// `ต้องได้คะแนน ๙๐`, `ควรได้คะแนน …`: a target, not a result.
    static let targetWords = ["ต้อง", "ควร", "จะ", "ให้"]
    /// The word before a grade (`อยู่ในระดับ A`).
    static let gradeWords = ["ระดับ"]
    static let weightWords = ["น้ำหนัก"]
    /// Words between a tool's weight and its weighted score (`น้ำหนักร้อยละ ๓๐ คิดเป็น ๒๗.๗๒ คะแนน`), compared without spaces.
    static let weightedLeads = ["คิดเป็น", "เท่ากับ", "="]
    static let indicatorWord = "ตัวชี้วัด"
    /// A score's change from another year (`เพิ่มขึ้นจากปี ๒๕๖๖ จำนวน ๓.๒๕ คะแนน`), compared without spaces.
    static let increaseWords = ["เพิ่มขึ้น", "สูงขึ้น"]
    /// How a table row that states the change between the years opens (`เพิ่มขึ้น`, `ลดลง`, `เพิ่มขึ้น/ลดลง`, `ผลต่าง`).
    static let changeRowOpeners = increaseWords + decreaseWords + ["ผลต่าง", "เปลี่ยนแปลง", "ผลการเปลี่ยนแปลง", "คะแนนเพิ่มขึ้น", "คะแนนลดลง"]
    static let decreaseWords = ["ลดลง", "ต่ำลง"]
    /// What may stand between the change word and its points besides the year's digits, longest first.
    static let changeFillers = ["เมื่อเทียบกับ", "ปีงบประมาณ", "ที่ผ่านมา", "ก่อนหน้า", "จำนวน", "พศ", "จาก", "ปี", "เป็น", "มา", "(", ")"]
    /// `คะแนน EIT`: a row that gives a tool's score.
    static let scoreWord = "คะแนน"
    /// Words between an indicator's name and its score on a line of text (`… การใช้อำนาจ ได้คะแนน ๙๘.๔๑`).
    static let indicatorScoreLeads = ["ได้คะแนน", "ได้", "คะแนน", ":", "="]
    /// The label of a table row that gives the grade (`ระดับผลการประเมิน | A`).
    static let gradeRowLabel = "ระดับผลการประเมิน"
}
