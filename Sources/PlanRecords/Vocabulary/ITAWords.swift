/// The assessment's vocabulary: its tools, its grades and the phrases that state a score.
enum ITAWords {
    static let tools = ["IIT", "EIT", "OIT"]
    /// Best first.
    static let grades = ["AA", "A", "B", "C", "D", "E", "F"]
    /// Phrases before the overall score (`ได้คะแนนรวม ๘๙.๔๕ คะแนน`), compared without spaces.
    static let overallPhrases = ["คะแนนรวม", "คะแนนภาพรวม", "ภาพรวมได้คะแนน", "ภาพรวมได้", "คะแนนเฉลี่ยรวม", "ผลการประเมินภาพรวม"]
    /// The word before a grade (`อยู่ในระดับ A`).
    static let gradeWords = ["ระดับ"]
    static let weightWords = ["น้ำหนัก"]
    static let indicatorWord = "ตัวชี้วัด"
}
