import PlanRecords
import ThaiText

/// Names that disagree: another organisation's name, or the organisation's own name spelled several ways.
struct NamesDisagree: AuditRule {
    let id = "names-disagree"
    let doesArithmetic = false
    let summary = "Another organisation of the same kind is named (a template leftover), or the organisation's own name is spelled several ways."
    let explanation = """
    Plans and reports are often written from another organisation's file, and its name is left behind \
    (`เทศบาลตำบลบ้านใหม่` inside another municipality's plan). Every organisation of the same kind as the \
    document's own (เทศบาลตำบล, เทศบาลเมือง, องค์การบริหารส่วนตำบล …) is held against the document's name: \
    a name one or two letters away is the own name misspelled; any other is another organisation's name. \
    Higher bodies (อำเภอ, จังหวัด) and bodies of other kinds are not checked, and a line naming two or more \
    other organisations is taken for a list of bodies and skipped. Names run on into the sentence (Thai \
    writes no space after them) count as the own name when they start with it. Both are warnings.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        guard let own = record.document.organisation, let (ownType, ownPlace) = CrossCheck.splitOrganisation(own.name.value),
              ownPlace.unicodeScalars.count >= 2 else { return [] }
        var variants: [(name: String, mention: Located<String>)] = []
        var foreign: [(name: String, mention: Located<String>)] = []
        for mention in record.organisationMentions {
            guard let (type, place) = CrossCheck.splitOrganisation(mention.value), type == ownType else { continue }
            if place.startsWith(ownPlace) || (ownPlace.startsWith(place)) { continue }
            if let variant = nearVariant(place, of: ownPlace) {
                variants.append((type + variant, mention))
            } else if !Self.sentenceStarts.contains(where: place.startsWith) {
                foreign.append((mention.value, mention))
            }
        }
        // A name run on into its sentence is the shorter name also found; one never found shorter, and
        // longer than a place name, cannot be told from its sentence.
        let names = Set(foreign.map(\.name))
        foreign = foreign.compactMap { item in
            if let shorter = names.filter({ $0 != item.name && item.name.startsWith($0) }).min(by: { $0.count < $1.count }) {
                return (shorter, item.mention)
            }
            return item.name.unicodeScalars.count - ownType.unicodeScalars.count <= Self.longestPlace ? item : nil
        }
        // A line naming two or more other bodies is a list.
        let perLine = foreign.groupedInOrder { $0.mention.line }
        let listLines = Set(perLine.filter { Set($0.items.map(\.name)).count >= 2 }.map(\.key))
        foreign.removeAll { listLines.contains($0.mention.line) }

        var findings: [Finding] = []
        let ownEvidence = CrossCheck.evidence(own.name, note: "the document's organisation")
        for (name, items) in foreign.groupedInOrder(by: \.name) {
            let lines = items.map { String($0.mention.line) }.joined(separator: ", ")
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "\(name) is named (line\(items.count > 1 ? "s" : "") \(lines)) in a document of \(own.name.value) (line \(own.name.line)): "
                    + (alike(name, own.name.value) ? "the organisation's own name badly misspelled, or another organisation's" : "another organisation's name, perhaps left from a template"),
                evidence: items.map { CrossCheck.evidence($0.mention, note: "other organisation") } + [ownEvidence]))
        }
        for (name, items) in variants.groupedInOrder(by: \.name) {
            let lines = items.map { String($0.mention.line) }.joined(separator: ", ")
            let ownCount = record.organisationMentions.count { $0.value.startsWith(own.name.value) }
            findings.append(Finding(
                rule: id, severity: .warning,
                message: "the organisation's name is spelled \(name) (line\(items.count > 1 ? "s" : "") \(lines)) but \(own.name.value) elsewhere (\(ownCount) times, first at line \(own.name.line))",
                evidence: items.map { CrossCheck.evidence($0.mention, note: "spelled") } + [ownEvidence],
                expected: own.name.value, actual: name,
                corroboration: ownCount >= 2 ? "\(ownCount) mentions spell it \(own.name.value)" : nil))
        }
        return findings
    }

    /// Words that follow a type word as the start of a sentence, not of a name (`องค์การบริหารส่วนตำบลประกาศ…`).
    static let sentenceStarts = ["ประกาศ", "ดำเนิน", "จัด", "มี", "ได้", "ให้", "เป็น", "ส่งเสริม", "กำหนด", "แต่งตั้ง", "มอบ",
                                 "เปิด", "พัฒนา", "สร้าง", "รับ", "แจ้ง", "ตรวจ", "ออก", "ใช้", "เห็น", "ขอ", "นำ", "ร่วม"]
    /// Longer than this (in code points), a run of letters after a type word is not a place name alone.
    static let longestPlace = 20

    /// Names whose place parts differ in at most half their letters.
    private func alike(_ lhs: String, _ rhs: String) -> Bool {
        guard let a = CrossCheck.splitOrganisation(lhs)?.place, let b = CrossCheck.splitOrganisation(rhs)?.place else { return false }
        return CrossCheck.editDistance(a, b) * 2 <= max(a.unicodeScalars.count, b.unicodeScalars.count)
    }

    /// The start of `place` when it is the own name with a letter or two changed (run-on text after it allowed).
    private func nearVariant(_ place: String, of own: String) -> String? {
        let scalars = Array(place.unicodeScalars)
        let length = own.unicodeScalars.count
        guard length >= 4 else { return nil }
        let allowed = length >= 9 ? 2 : 1
        var best: (Int, String)?
        let shortest = max(1, length - allowed), longest = min(scalars.count, length + allowed)
        guard shortest <= longest else { return nil }
        for cut in shortest...longest {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<cut])
            let prefix = String(view)
            let distance = CrossCheck.editDistance(prefix, own)
            if distance > 0, distance <= allowed, best == nil || distance <= best!.0 { best = (distance, prefix) }
        }
        // A near name must share the first letters (a different place differs at once).
        guard let best, best.1.unicodeScalars.prefix(2).elementsEqual(own.unicodeScalars.prefix(2)) else { return nil }
        return best.1
    }
}
