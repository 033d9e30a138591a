/// The words for a project's status, in status-table column labels and in summary tallies.
/// OCR variants stand beside the real phrase. A phrase that holds another stands before it: `ยังไม่ได้ดำเนินการ`
/// (not yet) before `ไม่ได้ดำเนินการ` (not done), `ไม่ได้ดำเนินการ` before `ดำเนินการ`. Cancelled and transferred stand
/// first: `ไม่ได้ดำเนินการ เนื่องจากโอนงบประมาณ` says why, and the why is the status.
enum StatusWords {
    static let phrases: [(phrase: String, status: ProjectStatus)] = [
        ("ยกเลิก", .cancelled),
        ("โอนงบประมาณ", .budgetTransferred),
        ("โอนเงินงบประมาณ", .budgetTransferred),
        ("ยังไม่ดำเนินการ", .notStarted),
        ("ยังไม่ได้ดำเนินการ", .notStarted),
        ("ไม่สามารถดำเนินการได้", .notPossible),
        ("ไม่สามารถดำเนินการ", .notPossible),
        ("ไม่ได้ดำเนินการ", .notPossible),
        ("อยู่ระหว่างดำเนินการ", .inProgress),
        ("อยู่ระหว่างการดำเนินการ", .inProgress),
        ("กำลังดำเนินการ", .inProgress),
        // A status column's label without its อยู่.
        ("ระหว่างดำเนินการ", .inProgress),
        ("ดำเนินการแล้วเสร็จ", .completed),
        ("ดำเนินการเสร็จแล้ว", .completed),
        ("แล้วเสร็จ", .completed),
        ("ดำเนินการเรียบร้อยแล้ว", .completed),
        ("ดำเนินการเสร็จสิ้น", .completed),
        ("ดำเนินการครบถ้วน", .completed),
        ("เสร็จสิ้น", .completed),
        ("เสร็จแล้ว", .completed),
        ("รอการรายงาน", .notStarted),
        ("ร้องการรายงาน", .notStarted),   // OCR of รอการรายงาน
        ("รอรายงาน", .notStarted),
    ]

    /// A result cell longer than this (bytes) describes the work and only mentions a status.
    static let longestStatusCell = 120

    static func status(in compactText: String) -> ProjectStatus? {
        if let found = phrases.first(where: { compactText.includes($0.phrase) }) { return found.status }
        // `ได้ดำเนินการแล้วทั้งสิ้น ๓ โครงการ` counts every project carried out, not those completed.
        guard compactText.includes(done), !countingAll.contains(where: compactText.includes) else { return nil }
        return .completed
    }

    /// `ดำเนินการแล้ว`: completed, in a status column's label or a tally (`ดำเนินการแล้ว ๒ โครงการ`), unless the
    /// text counts every project (`countingAll`). Looked for after every other phrase, which may hold it.
    static let done = "ดำเนินการแล้ว"
    /// Words that make `ดำเนินการแล้ว … N โครงการ` a count of all projects.
    static let countingAll = ["ทั้งสิ้น", "ทั้งหมด"]
}

/// The kind words that begin an item's name.
enum ProjectKindWords {
    static let words: [(word: String, kind: ProjectKind)] = [("โครงการ", .project), ("มาตรการ", .measure), ("กิจกรรม", .activity)]

    /// The kind word the name starts with, after quotes and numbering.
    static func kind(of name: some StringProtocol) -> ProjectKind? {
        // Past quotes, numbering and spaces (scalars, not Characters: this runs on many lines).
        let scalars = name.unicodeScalars
        let start = scalars.firstIndex { MetadataReader.isLetter($0) } ?? scalars.endIndex
        let trimmed = name[start...]
        return words.first { trimmed.startsWith($0.word) }?.kind
    }

    /// Words that count projects in a stated count (`จำนวน 29 โครงการ`, `๑๐ มาตรการ`).
    static let countClassifiers: Set<String> = ["โครงการ", "มาตรการ", "กิจกรรม", "โครงการ/กิจกรรม", "โครงการ/กิจกรรม/มาตรการ"]
}
