/// Every way a document marks a box, and the state each form means.
public enum TickForms {
    /// Unicode tick characters.
    public static let characters: [(Unicode.Scalar, TickState)] = [
        ("\u{2611}", .checked),   // ☑
        ("\u{2612}", .crossed),   // ☒
        ("\u{2610}", .unchecked), // ☐
        ("\u{2713}", .checked),   // ✓
        ("\u{2714}", .checked),   // ✔
        ("\u{2717}", .crossed),   // ✗
        ("\u{2718}", .crossed),   // ✘
        ("\u{25A1}", .unchecked), // □
        ("\u{25A0}", .checked),   // ■
        ("\u{25A3}", .checked),   // ▣
        ("\u{2B1C}", .unchecked), // ⬜
    ]

    /// Private-use code points that PDF converters emit for Wingdings glyphs (U+F000 + the Wingdings byte),
    /// and the Unicode tick each is repaired to.
    public static let wingdingsPrivateUse: [(Unicode.Scalar, TickState, Unicode.Scalar)] = [
        ("\u{F0FE}", .checked, "\u{2611}"),   // Wingdings þ: boxed tick
        ("\u{F0FD}", .crossed, "\u{2612}"),   // Wingdings ý: boxed cross
        ("\u{F0A8}", .unchecked, "\u{2610}"), // Wingdings ¨: empty box
        ("\u{F0FC}", .checked, "\u{2713}"),   // Wingdings ü: tick
        ("\u{F06F}", .unchecked, "\u{2610}"), // Wingdings o: empty box
        ("\u{F078}", .crossed, "\u{2717}"),   // Wingdings x: cross
    ]

    /// Latin-1 characters that are ticks only inside a Wingdings font run.
    public static let wingdingsCharacters: [(Unicode.Scalar, TickState)] = [
        ("\u{FE}", .checked),   // þ
        ("\u{FD}", .crossed),   // ý
        ("\u{A8}", .unchecked), // ¨
        ("\u{FC}", .checked),   // ü
        ("o", .unchecked),
    ]

    /// Marks that are ticks only when they are a table cell's whole text: `/` and `√` typed into a quarter
    /// or status column (elsewhere a slash is a date's or a fraction's), and the dots a schedule is drawn
    /// with (`●`, `•`, `◆`; elsewhere they are bullets). `X` is left out: it marks a quarter in some plans
    /// and strikes one out in others.
    public static let wholeCellMarks: [(String, TickState)] = [("/", .checked), ("√", .checked), ("●", .checked), ("•", .checked), ("◆", .checked)]

    /// The tick a cell's whole text is, when it is one of `wholeCellMarks` (spaces around it allowed).
    public static func wholeCellMark(_ text: String) -> TickState? {
        guard !text.isEmpty, text.utf8.count <= 8 else { return nil }
        let core = text.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\u{A0}" }
        return wholeCellMarks.first { $0.0.unicodeScalars.elementsEqual(core) }?.1
    }

    /// Whether `text` (spaces around it aside) is one tick character of `characters` or a whole-cell mark
    /// (`✓`, `☑`, `√`): what a picture of a tick says in its `alt`.
    public static func isTickCharacter(_ text: String) -> Bool {
        let core = text.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" }
        guard core.count == 1, let scalar = core.first else { return false }
        return characters.contains { $0.0 == scalar } || wholeCellMarks.contains { $0.0.unicodeScalars.first == scalar && $0.0.unicodeScalars.count == 1 }
    }

    /// Font names whose runs turn Latin letters into Wingdings symbols.
    public static let symbolFonts = ["wingdings", "webdings"]

    /// Wingdings 2, whose letters are other pictures than Wingdings' (its `P` is a tick, `R` a boxed tick).
    public static let wingdings2Font = "wingdings 2"

    /// Wingdings 2 glyphs by their byte (Word writes the letter, or U+F000 + the byte), their state and the
    /// Unicode tick that replaces them.
    public static let wingdings2Glyphs: [(UInt8, TickState, Unicode.Scalar)] = [
        (0x50, .checked, "\u{2713}"),    // P: tick
        (0x52, .checked, "\u{2611}"),    // R: boxed tick
        (0x4F, .crossed, "\u{2717}"),    // O: cross
        (0x54, .crossed, "\u{2612}"),    // T: boxed cross
        (0xA3, .unchecked, "\u{2610}"),  // £: empty box
    ]

    /// Symbol's radical (`Ö`, U+F0D6 as Word writes it), typed for a tick: written `√`, which is a tick where it
    /// is a cell's whole text (`cellMarks`).
    public static let symbolRadical: (byte: UInt8, glyph: Unicode.Scalar) = (0xD6, "\u{221A}")

    static let lexicon = Lexicon<TickState>(
        characters.map { (String($0.0), $0.1) } + wingdingsPrivateUse.map { (String($0.0), $0.1) })
    static let wingdingsLexicon = Lexicon<TickState>(wingdingsCharacters.map { (String($0.0), $0.1) })
}
