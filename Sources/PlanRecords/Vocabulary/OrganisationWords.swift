#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How documents name local administrations.
enum OrganisationWords {
    /// The type words that open an organisation's name (where two start at one place, the longer is read),
    /// each with the letter it is searched by: one that is rare in running Thai (`์`, `ศ`, the abbreviation's
    /// dot), so that a byte search finds few places to compare the whole word at.
    static let typeWords: [(prefix: String, type: OrganisationType, searchedBy: String)] = [
        ("องค์การบริหารส่วนตำบล", .subdistrictAdministration, "์"),
        ("องค์การบริหารส่วนจังหวัด", .provincialAdministration, "์"),
        ("เทศบาลตำบล", .subdistrictMunicipality, "ศ"),
        ("เทศบาลเมือง", .townMunicipality, "ศ"),
        ("เทศบาลนคร", .cityMunicipality, "ศ"),
        ("อบต.", .subdistrictAdministration, "."),
        ("อบจ.", .provincialAdministration, "."),
        ("ทต.", .subdistrictMunicipality, "."),
        ("ทม.", .townMunicipality, "."),
        ("ทน.", .cityMunicipality, "."),
    ]

    /// The type words grouped by the byte they are searched by (the last byte of their search letter), each
    /// with where that byte stands in the word.
    private static let typeWordAnchors: [(byte: UInt8, words: [(prefix: [UInt8], type: OrganisationType, at: Int)])] = {
        var groups: [(byte: UInt8, words: [(prefix: [UInt8], type: OrganisationType, at: Int)])] = []
        for (prefix, type, letter) in typeWords {
            let bytes = Array(prefix.utf8), letterBytes = Array(letter.utf8)
            guard let start = (0...(bytes.count - letterBytes.count)).first(where: { bytes[$0..<$0 + letterBytes.count].elementsEqual(letterBytes) })
            else { preconditionFailure("\(prefix) does not hold its search letter \(letter)") }
            let at = start + letterBytes.count - 1
            if let group = groups.firstIndex(where: { $0.byte == bytes[at] }) { groups[group].words.append((bytes, type, at)) }
            else { groups.append((bytes[at], [(bytes, type, at)])) }
        }
        return groups
    }()

    /// `typeWordAnchors` flattened for the search that runs on every block: the words' bytes in one arena and
    /// plain entries, so walking them copies (retains) no array.
    static let typeWordSearch: (arena: [UInt8], entries: [(anchor: UInt8, start: Int, count: Int, at: Int, type: OrganisationType)]) = {
        var arena: [UInt8] = []
        var entries: [(anchor: UInt8, start: Int, count: Int, at: Int, type: OrganisationType)] = []
        for (byte, words) in typeWordAnchors {
            for (prefix, type, at) in words {
                entries.append((byte, arena.count, prefix.count, at, type))
                arena += prefix
            }
        }
        return (arena, entries)
    }()

    /// The written prefix for each type, used to give the full name (`อบต.ดอนแก้ว` → `องค์การบริหารส่วนตำบลดอนแก้ว`).
    static func fullPrefix(_ type: OrganisationType) -> String {
        switch type {
        case .subdistrictAdministration: return "องค์การบริหารส่วนตำบล"
        case .provincialAdministration: return "องค์การบริหารส่วนจังหวัด"
        case .subdistrictMunicipality: return "เทศบาลตำบล"
        case .townMunicipality: return "เทศบาลเมือง"
        case .cityMunicipality: return "เทศบาลนคร"
        }
    }

    /// The abbreviated type words written inside project names (`อบรมสมาชิกสภา อบต.`), with their full forms:
    /// a name is compared with its abbreviations written out. Without a dot, only อบต and อบจ standing as words.
    static let abbreviations: [(short: [UInt8], full: [UInt8], needsDot: Bool)] = [
        ("อบต", "องค์การบริหารส่วนตำบล", false), ("อบจ", "องค์การบริหารส่วนจังหวัด", false),
        ("ทต", "เทศบาลตำบล", true), ("ทม", "เทศบาลเมือง", true), ("ทน", "เทศบาลนคร", true),
    ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    /// `name` with its abbreviated type words written out (`สภา อบต. ในการ…` → `สภา องค์การบริหารส่วนตำบล ในการ…`).
    static func expandingAbbreviations(_ name: [UInt8]) -> [UInt8] {
        func isWordEdge(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x28 || byte == 0x29 || byte == 0x22 }
        // Every abbreviation opens with อ (E0 B8 AD) or ท (E0 B8 97), at a word's edge: only there is the
        // table tried (trying it at every byte was most of keying a name).
        func opensAbbreviation(_ index: Int) -> Bool {
            index + 5 < name.count && name[index] == 0xE0 && name[index + 1] == 0xB8 && (name[index + 2] == 0xAD || name[index + 2] == 0x97)
                && (index == 0 || isWordEdge(name[index - 1]))
        }
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        while index < name.count {
            guard opensAbbreviation(index) else { index += 1; continue }
            var matched = false
            for entry in abbreviations where name.count - index >= entry.short.count
                && name[index..<index + entry.short.count].elementsEqual(entry.short) {
                let end = index + entry.short.count
                let after = end < name.count ? name[end] : nil
                guard after == 0x2E || (!entry.needsDot && (after.map(isWordEdge) ?? true)) else { continue }
                if result.isEmpty { result.reserveCapacity(name.count + 32) }
                result += name[copied..<index]
                result += entry.full
                index = after == 0x2E ? end + 1 : end
                copied = index
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        guard copied > 0 else { return name }
        result += name[copied...]
        return result
    }

    /// Words that follow a type word without being a name (`เทศบาลตำบลทุกแห่ง`, `อบต. ได้…`).
    static let notNames: Set<String> = [
        "ได้", "มี", "ที่", "ทุก", "และ", "หรือ", "ใน", "จะ", "เป็น", "ต้อง", "ซึ่ง", "ให้", "โดย", "ของ", "นั้น", "นี้",
        "แห่ง", "ทั่ว", "ต่าง", "อื่น", "ทั้ง",
    ]

    /// Words that open a phrase, never a place name, however long the run after them
    /// (`สมาชิกสภาองค์การบริหารส่วนจังหวัดด้านการตรวจสอบงบประมาณ`: a project's name, not another province's).
    static let phraseOpeners = ["ด้าน", "เพื่อ", "ประจำ", "จำนวน", "ในการ", "ในเขต", "ในพื้นที่", "ในสังกัด", "ทุกแห่ง"]

    /// Whether the letters after a type word are one of `notNames` (or one with a single character after it),
    /// or open with one of `phraseOpeners`.
    /// (Compared on bytes: hashing a Thai string normalises it, which cost more than the rest of the search.)
    static func isNotName(_ name: Substring) -> Bool {
        let utf8 = name.utf8
        let count = utf8.count
        func opens(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // The first letter's last byte tells most words apart before any comparison of the rest.
            count >= word.count && (word.count < 3 || word[2] == bytes[2])
                && word.withUnsafeBufferPointer { memcmp(bytes.baseAddress!, $0.baseAddress!, $0.count) == 0 }
        }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard !bytes.isEmpty else { return false }
            return notNameBytes.contains { word, characters in
                opens(word, bytes) && (count == word.count || TextTools.hasAtMost(characters + 1, charactersIn: String(name)))
            } || phraseOpenerBytes.contains { opens($0, bytes) }
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }

    /// The two lists as bytes (with each not-name's length in characters), compared without building strings.
    private static let notNameBytes: [(bytes: [UInt8], characters: Int)] = notNames.map { (Array($0.utf8), $0.count) }
    private static let phraseOpenerBytes: [[UInt8]] = phraseOpeners.map { Array($0.utf8) }

    /// Longer than this (in code points), a run of letters after a type word is a sentence, not a name.
    static let longestName = 50

    static let district = ["อำเภอ", "อ."]
    static let province = ["จังหวัด", "จ."]

    /// Position lines under a signature that name the organisation (`นายกเทศมนตรีตำบลหนองตะเคียนงาม`).
    static let positions = ["นายกองค์การบริหารส่วนตำบล", "นายกองค์การบริหารส่วนจังหวัด", "นายกเทศมนตรีตำบล",
                            "นายกเทศมนตรีเมือง", "นายกเทศมนตรีนคร", "ปลัดองค์การบริหารส่วนตำบล", "ปลัดเทศบาล"]
}
