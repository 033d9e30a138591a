/// The shapes of page furniture in text exports.
enum PageFurniture {
    /// Words that introduce a page number on a line of its own (`หน้า ๓`).
    static let pageWords: [String] = ["หน้า", "page", "Page"]
    /// A page-turn marker starts with this and names the next page's first words.
    static let pageTurnPrefix: Character = "/"
    /// …and ends with one of these.
    static let pageTurnEndings: [String] = ["...", "…", "..", "ฯ"]
    /// Longest line read as a running header (scalars).
    static let runningHeaderMaxLength = 90
    /// A line seen this many times as a paragraph of its own is a running header.
    static let runningHeaderMinCount = 3
    /// A running header that ends with its page (`แผนปฏิบัติการป้องกันการทุจริต … หน้า ๒`) is counted without
    /// it, may be longer (it names the plan and the organisation), and is known by fewer repeats.
    static let pageLabelledHeaderMaxLength = 200
    static let pageLabelledHeaderMinCount = 2
    /// …or seen once, when what precedes the page is this long: a title and a name, not a contents line.
    static let pageLabelledHeaderAloneLength = 40
}
