/// Small facts about Thai word shapes that the dictionary does not answer.
enum ThaiWordShapes {
    /// Single letters that are words on their own, so a space around them is not a wrap:
    /// ณ (at), ฯ (abbreviation mark) and ๆ (repetition mark).
    static let singleLetterWords: Set<Unicode.Scalar> = ["\u{0E13}", "\u{0E2F}", "\u{0E46}"]
}
