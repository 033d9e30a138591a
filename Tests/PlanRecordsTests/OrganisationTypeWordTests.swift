import Testing
@testable import PlanRecords

/// The type words that open an organisation's name, found from the rare letter each holds, are the words a
/// plain left-to-right search finds.
@Suite struct OrganisationTypeWordTests {
    /// The search as written plainly: at each character, the longest type word starting there; on from its end.
    static func plainSearch(_ text: String) -> [(offset: Int, length: Int, type: OrganisationType)] {
        let bytes = Array(text.utf8)
        let words = OrganisationWords.typeWords.map { (Array($0.prefix.utf8), $0.type) }
        var found: [(offset: Int, length: Int, type: OrganisationType)] = []
        var index = 0
        while index < bytes.count {
            let here = words.filter { index + $0.0.count <= bytes.count && bytes[index..<index + $0.0.count].elementsEqual($0.0) }
            if let longest = here.max(by: { $0.0.count < $1.0.count }) {
                found.append((index, longest.0.count, longest.1))
                index += longest.0.count
            } else {
                index += 1
            }
        }
        return found
    }

    static func search(_ text: String) -> [(offset: Int, length: Int, type: OrganisationType)] {
        let substring = Substring(text)
        return MetadataReader.typeWords(in: substring).map { range, type in
            (substring.utf8.distance(from: substring.startIndex, to: range.lowerBound),
             substring.utf8.distance(from: range.lowerBound, to: range.upperBound), type)
        }
    }

    @Test func wordsInASentence() {
        let text = "ประกาศเทศบาลตำบลบางแก้ว เรื่อง แผน ของ อบต.ดอนแก้ว และองค์การบริหารส่วนจังหวัดเชียงใหม่ ทม.แม่สาย"
        let found = Self.search(text)
        #expect(found.map(\.type) == [.subdistrictMunicipality, .subdistrictAdministration, .provincialAdministration, .townMunicipality])
        #expect(found.map(\.length) == ["เทศบาลตำบล", "อบต.", "องค์การบริหารส่วนจังหวัด", "ทม."].map(\.utf8.count))
        #expect(found.map(\.offset) == found.map(\.offset).sorted())
    }

    @Test func textWithoutTypeWordsHasNone() {
        #expect(Self.search("").isEmpty)
        #expect(Self.search("อบต").isEmpty, "no dot, no abbreviation")
        #expect(Self.search("เทศบา ลตำบล").isEmpty, "a wrap space inside the word")
        #expect(Self.search("พ.ศ. ๒๕๖๗ งบประมาณ 1,000.00 บาท ศึกษา ค์").isEmpty)
        #expect(Self.search("ทต").isEmpty && Self.search(".").isEmpty)
    }

    /// Random text of type words, their pieces (the search letters alone, words cut short) and other letters.
    @Test func foundAsThePlainSearchFindsThem() {
        let pieces = ["เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "เทศบาล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วน",
                      "อบต.", "อบจ.", "ทต.", "ทม.", "ทน.", "อบ", "ท", "ต.", "ศ", "์", ".", "องค์", "เท", "ก", "า", " ", "1", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let found = Self.search(text), expected = Self.plainSearch(text)
            #expect(found.map(\.offset) == expected.map(\.offset), "\(text)")
            #expect(found.map(\.length) == expected.map(\.length), "\(text)")
            #expect(found.map(\.type) == expected.map(\.type), "\(text)")
        }
    }
}
