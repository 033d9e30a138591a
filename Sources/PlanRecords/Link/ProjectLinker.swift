import ThaiText

/// Links mentions into projects by name, never by ordinal (numbering differs from table to table).
/// Tables are read first, as the most complete list; detail sheets and narrative entries then join
/// the project whose name they match, exactly, by alias, or by similarity, and say which.
struct ProjectLinker {
    /// Names at least this alike link as probable; between `uncertainSimilarity` and this, as uncertain.
    static let probableSimilarity = 0.86
    static let uncertainSimilarity = 0.72
    /// A name cut short (by a page or a cell) still links when this many letters of it match the other's start.
    static let prefixLetters = 18
    /// Shorter than this, a name that starts another is not taken as the same project at all.
    static let minimumStartLetters = 10

    private struct Group {
        var key: NameKey
        var mentions: [Mention]
        /// The tables its rows stand in: a handful at most, so a list (looked through for every pair of
        /// mention and group, where hashing a set was a third of linking a long table).
        var tables: [Int]
    }

    static func link(_ mentions: [Mention], sentences: [Mention] = []) -> [Project] {
        // The order is worked out on indices: a mention is a score of strings and arrays, and sorting copies
        // of them (then copying them out again) was a retain and a release for each.
        let ordered = mentions.indices.sorted { lhs, rhs in
            (priority(mentions[lhs].role), mentions[lhs].line, lhs) < (priority(mentions[rhs].role), mentions[rhs].line, rhs)
        }
        var groups: [Group] = []
        var keys = NameKeys()
        // Keyed by the name's bytes: hashing a String normalises it first, which is slow for Thai.
        var exact: [HashedBytes: Int] = [:]
        // The groups of each table, and those in none: a table row is compared only with groups from elsewhere
        // (two rows of one table are two items), so one long table links in a single pass, not one per row.
        var inTable: [Int: [Int]] = [:]
        var untabled: [Int] = []
        func place(_ index: Int, in table: Int?) {
            if let table { inTable[table, default: []].append(index) } else { untabled.append(index) }
        }
        func candidates(for table: Int?) -> [Int] {
            guard let table else { return Array(groups.indices) }
            var found = untabled
            for (other, members) in inTable where other != table { found += members }
            return Array(Set(found)).sorted()
        }
        func join(_ mention: Mention, to index: Int) {
            groups[index].mentions.append(mention)
            if let table = mention.table, !groups[index].tables.contains(table) {
                groups[index].tables.append(table)
                place(index, in: table)
            }
        }
        for position in ordered {
            var mention = mentions[position]
            // A row with no name is an item of its own: nothing links to it, and it links to nothing.
            if TextTools.trimmed(mention.name).isEmpty {
                mention.confidence = .exact
                groups.append(Group(key: NameKey(""), mentions: [mention], tables: mention.table.map { [$0] } ?? []))
                place(groups.count - 1, in: mention.table)
                continue
            }
            let key = keys.key(of: mention.name)
            let fullBytes = HashedBytes(key.full)
            if let index = exact[fullBytes], key.full.unicodeScalars.count >= 4 {
                mention.confidence = .exact
                join(mention, to: index)
                continue
            }
            if let (index, confidence, note) = bestMatch(for: key, table: mention.table, in: groups, among: candidates(for: mention.table)) {
                mention.confidence = confidence
                mention.linkNote = note
                join(mention, to: index)
                continue
            }
            mention.confidence = .exact
            exact[fullBytes] = groups.count
            groups.append(Group(key: key, mentions: [mention], tables: mention.table.map { [$0] } ?? []))
            place(groups.count - 1, in: mention.table)
        }
        attach(sentences, to: &groups, exact: exact)
        let sorted = groups.sorted { ($0.mentions.map(\.line).min() ?? 0) < ($1.mentions.map(\.line).min() ?? 0) }
        return sorted.enumerated().map { project(id: $0.offset + 1, mentions: $0.element.mentions) }
    }

    /// A line about one project joins the project whose whole name it opens with, cut at a space
    /// (`โครงการเสริมสร้างคุณธรรมพนักงานเทศบาล จัดอบรมเมื่อ…`); the longest such name wins. One that opens
    /// with no project's name is left out: a sentence is no evidence that a project exists.
    private static func attach(_ sentences: [Mention], to groups: inout [Group], exact: [HashedBytes: Int]) {
        for var sentence in sentences {
            let words = sentence.name.split(separator: " ", omittingEmptySubsequences: true)
            for count in stride(from: words.count, through: 1, by: -1) {
                let name = words.prefix(count).joined(separator: " ")
                let key = NameKey.reduce(name)
                guard key.unicodeScalars.count >= 6 else { break }
                let hashed = HashedBytes(key)
                guard let index = exact[hashed] ?? groups.firstIndex(where: { !$0.key.base.isEmpty && TextTools.sameBytes($0.key.base, key) })
                else { continue }
                sentence.name = name
                sentence.confidence = .probable
                sentence.linkNote = "a sentence that opens with its name"
                groups[index].mentions.append(sentence)
                break
            }
        }
    }

    private static func priority(_ role: MentionRole) -> Int {
        switch role {
        case .summaryRow, .yearTableRow, .statusRow, .measureRow, .tableRow: return 0
        case .detailSheet: return 1
        case .narrative: return 2
        }
    }

    /// The group a name belongs to when not exactly. A group already holding a row of the same table
    /// is not offered: two rows of one table are two projects unless their names are the same.
    /// The best group among `candidates` (indices into `groups`, ascending: the first of equal scores wins).
    private static func bestMatch(for key: NameKey, table: Int?, in groups: [Group], among candidates: [Int]) -> (Int, LinkConfidence, String)? {
        var best: (index: Int, score: Double, confidence: LinkConfidence, note: String)?
        // By index, not by element: a group copied out for each pair retained its name key and mentions.
        for index in candidates {
            if let table, groups[index].tables.contains(table) { continue }
            let other = groups[index].key
            if other.full.isEmpty { continue }
            var score = 0.0
            var confidence = LinkConfidence.uncertain
            var note = ""
            // Two names sharing only a parenthetical (often the mission they serve) are not linked by it.
            if !key.base.isEmpty, TextTools.sameBytes(key.base, other.base) || key.aliases.contains(where: { TextTools.sameBytes($0, other.base) })
                || other.aliases.contains(where: { TextTools.sameBytes($0, key.base) }) {
                (score, confidence, note) = (0.99, .probable, "alias in parentheses")
            } else if let letters = sharedStart(key, other) {
                (score, confidence, note) = letters >= prefixLetters
                    ? (0.95, .probable, "one name is the other cut short")
                    : (0.75, .uncertain, "one name is the start of the other")
            } else {
                guard key.similarityBound(to: other) >= uncertainSimilarity else { continue }
                let similarity = key.similarity(to: other)
                guard similarity >= uncertainSimilarity else { continue }
                score = similarity
                confidence = similarity >= probableSimilarity ? .probable : .uncertain
                note = "similar name (\(percent(similarity)))"
            }
            if best == nil || score > best!.score { best = (index, score, confidence, note) }
        }
        return best.map { ($0.index, $0.confidence, $0.note) }
    }

    /// The length of the shorter name when the longer starts with it (and it is long enough to mean something).
    private static func sharedStart(_ a: NameKey, _ b: NameKey) -> Int? {
        // (The keys are not copied into a pair: each copy retained all of a key's strings and arrays.)
        let aIsShorter = a.base.utf8.count <= b.base.utf8.count
        let letters = aIsShorter ? a.baseLetters : b.baseLetters
        guard letters >= minimumStartLetters else { return nil }
        return (aIsShorter ? b.base.startsWith(a.base) : a.base.startsWith(b.base)) ? letters : nil
    }

    private static func percent(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    // MARK: The project from its mentions

    /// The project's figures, each from the most authoritative mention that states it.
    private static func project(id: Int, mentions: [Mention]) -> Project {
        // Read in order of authority through their indices (ties in source order), not through sorted copies:
        // a mention is a score of strings and arrays, each copy a retain and a release of every one.
        let byAuthority = mentions.indices.sorted { lhs, rhs in
            (priority(mentions[lhs].role), mentions[lhs].line, lhs) < (priority(mentions[rhs].role), mentions[rhs].line, rhs)
        }
        let first = byAuthority[0]
        var project = Project(id: id, name: mentions[first].name, kind: mentions[first].kind ?? ProjectKindWords.kind(of: mentions[first].name))
        project.mentions = mentions.sorted { $0.line < $1.line }
        project.dimension = byAuthority.lazy.compactMap { mentions[$0].dimension }.first
        project.mission = byAuthority.lazy.compactMap { mentions[$0].mission }.first
        for index in byAuthority where mentions[index].valuesAligned {
            for (year, amount) in mentions[index].budgets where project.budgets[year] == nil {
                if let value = amount.value { project.budgets[year] = amount.map { _ in value } }
            }
        }
        project.disbursed = byAuthority.lazy.compactMap { mentions[$0].disbursed }.first
        project.status = byAuthority.lazy.compactMap { mentions[$0].status }.first
        for index in byAuthority where mentions[index].role == .yearTableRow {
            if let year = mentions[index].scheduleYear, project.schedule[year] == nil { project.schedule[year] = mentions[index].quarters }
        }
        // A table whose quarter columns stand under their years gives a schedule for each of them.
        for index in byAuthority {
            for (year, quarters) in mentions[index].quartersByYear where project.schedule[year] == nil { project.schedule[year] = quarters }
        }
        project.responsible = byAuthority.lazy.compactMap { mentions[$0].responsible }.first
        project.period = byAuthority.lazy.compactMap { mentions[$0].period }.first
        project.targets = byAuthority.first { !mentions[$0].targets.isEmpty }.map { mentions[$0].targets } ?? []
        return project
    }
}

/// The keys of the names already met: a project is named alike in each table and sheet that lists it, and
/// keying a name (reduced, its letter pairs sorted) costs far more than looking up its bytes.
struct NameKeys {
    private var known: [HashedBytes: NameKey] = [:]

    mutating func key(of name: String) -> NameKey {
        let bytes = HashedBytes(name)
        if let key = known[bytes] { return key }
        let key = NameKey(name)
        known[bytes] = key
        return key
    }
}

/// A text's bytes with their hash worked out once (FNV-1a): a dictionary key that hashes in one step,
/// where `[UInt8]` feeds the hasher a byte at a time.
struct HashedBytes: Hashable {
    let bytes: [UInt8]
    let hash: UInt64

    init(_ text: String) {
        bytes = Array(text.utf8)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        self.hash = hash
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (lhs: HashedBytes, rhs: HashedBytes) -> Bool { lhs.hash == rhs.hash && lhs.bytes == rhs.bytes }
}
