/// Asks ICU's Thai dictionary whether a stretch of Thai text starts and ends on word boundaries,
/// breaking each Thai run once however many candidates it holds.
struct WordBreakCache {
    private var runStart = -1
    private var runEnd = -1
    private var boundaries: Set<Int> = []

    /// Whether `start` and `end` are both word boundaries within the Thai run around them.
    mutating func isWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if !(start >= runStart && end <= runEnd) { breakRun(text, around: start, end) }
        return boundaries.contains(start) && boundaries.contains(end)
    }

    private mutating func breakRun(_ text: UnsafeBufferPointer<UInt8>, around start: Int, _ end: Int) {
        // The run: Thai letters and marks on both sides, at most a few hundred characters.
        var lower = start
        while lower >= 3, start - lower < 900, let letter = ThaiScript.blockOffset(text, lower - 3), ThaiScript.isLetterOrMark(letter) { lower -= 3 }
        var upper = end
        while upper - end < 900, let letter = ThaiScript.blockOffset(text, upper), ThaiScript.isLetterOrMark(letter) { upper += 3 }
        let slice = UnsafeBufferPointer(rebasing: text[lower..<upper])
        boundaries = Set(ICU.thaiWordBoundaries(slice).map { $0 + lower })
        runStart = lower
        runEnd = upper
    }
}
