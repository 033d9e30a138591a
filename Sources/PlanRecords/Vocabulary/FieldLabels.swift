/// The numbered fields of a detail sheet (`ลำดับที่ N` then ๑.–๙.) and the labels of a progress
/// report's narrative entry. Each label is compared with spaces removed, after its number.
enum FieldLabels {
    enum Field: Sendable, Hashable {
        case name, rationale, objectives, targets, method, period, budget, responsible, outputs, remark
        case actions, results
    }

    /// Longer labels first.
    static let labels: [(label: String, field: Field)] = [
        ("ชื่อโครงการ/กิจกรรม/มาตรการ", .name), ("ชื่อโครงการ", .name), ("ชื่อมาตรการ", .name), ("ชื่อกิจกรรม", .name),
        ("หลักการและเหตุผล", .rationale),
        ("วัตถุประสงค์", .objectives),
        ("กลุ่มเป้าหมาย", .targets), ("เป้าหมาย", .targets),
        ("วิธีดำเนินการ", .method), ("วิธีการดำเนินการ", .method), ("ขั้นตอนการดำเนินการ", .method),
        ("ระยะเวลาดำเนินการ", .period), ("ระยะเวลาการดำเนินการ", .period), ("ระยะเวลา", .period),
        ("งบประมาณดำเนินการ", .budget), ("งบประมาณ", .budget),
        ("ผู้รับผิดชอบโครงการ", .responsible), ("หน่วยงานรับผิดชอบ", .responsible), ("ผู้รับผิดชอบ", .responsible),
        ("ผลผลิต/ผลลัพธ์", .outputs), ("ตัวชี้วัด/ผลลัพธ์", .outputs), ("ผลที่คาดว่าจะได้รับ", .outputs),
        ("ตัวชี้วัด", .outputs),
        ("การดำเนินการ", .actions),
        ("ผลการดำเนินการ", .results), ("ผลการดำเนินงาน", .results),
        ("หมายเหตุ", .remark),
    ]

    /// The labels as compared: spaces removed (computed once, not per block).
    static let compactLabels: [(label: String, field: Field)] = labels.map { (TextTools.compact($0.label), $0.field) }

    /// The label a line opens with, after its own number (`๓. งบประมาณ …`), compared without spaces.
    static func label(openingLine line: some StringProtocol) -> (label: String, field: Field)? {
        // The trie turns away a line whose first letter opens no label after reading that letter's bytes.
        labelTrie.longestPrefix(of: line, droppingMarker: true)
    }

    /// The labels in a trie walked over the line's bytes as compact text. The longest label a line opens
    /// with is the one meant: the list puts longer labels first wherever one begins another.
    static let labelTrie = CompactTrie(compactLabels.map { ($0.label, (label: $0.label, field: $0.field)) })


    /// Labels written inside a numbered entry's line, after its name, each opening a field there:
    /// `๑. โครงการ… งบประมาณ ๒๐,๐๐๐ บาท เบิกจ่าย ๑๘,๕๐๐ บาท ผลการดำเนินงาน ดำเนินการแล้วเสร็จ` (a report typed
    /// without a line a field). A label that needs a figure counts only where one follows it: a name can hold
    /// the word งบประมาณ (`โครงการตรวจสอบการใช้จ่ายงบประมาณ`). Longer labels first.
    static let inlineLabels: [(label: String, field: Field, needsFigure: Bool)] = [
        ("งบประมาณดำเนินการ", .budget, true), ("งบประมาณ", .budget, true), ("เบิกจ่าย", .budget, true),
        ("ไม่ได้ใช้งบประมาณ", .budget, false), ("ไม่ใช้งบประมาณ", .budget, false), ("ไม่มีงบประมาณ", .budget, false),
        ("ผลการดำเนินงาน", .results, false), ("ผลการดำเนินการ", .results, false),
    ]
    static let inlineLabelBytes: [(label: [UInt8], field: Field, needsFigure: Bool)] =
        inlineLabels.map { (Array($0.label.utf8), $0.field, $0.needsFigure) }

    /// Words that may stand between a label and its amount (`เบิกจ่ายจริง ๑๒,๐๐๐ บาท`, `เบิกจ่ายงบประมาณ จำนวน …`,
    /// `งบประมาณที่ได้รับ …`), compact: skipped to find the label an amount belongs to.
    static let figureLeads = ["งบประมาณ", "จำนวน", "เป็นเงิน", "จริง", "แล้ว", "ไป", "ทั้งสิ้น", "รวม", "ที่ได้รับ"]
    static let figureLeadBytes: [[UInt8]] = figureLeads.map { Array($0.utf8) }

    /// The fields a report's entry opens with, right below its name: a numbered line above one of them is an
    /// entry's name even without a kind word (`๓. ประชาคมตรวจสอบ…` then `การดำเนินการ …`).
    static let entryOpeningFields: Set<Field> = [.actions, .objectives, .rationale, .method, .targets]

    /// `ลำดับที่ ๑`: the line that opens a detail sheet.
    static let sheetOpeners = ["ลำดับที่"]
    /// The first word of each opener, as written before spaces are removed (`ลำดับ ที่ ๑` is one too).
    static let sheetOpenerWords = ["ลำดับ"]
    /// Words that open the document's summary (compared without spaces): what follows ends the last entry.
    static let summaryOpeners = ["สรุปผล", "สรุป", "โดยสรุป", "ภาพรวม"]
    /// The same, walked over a block's bytes as compact text (no compact copy of every block).
    static let summaryTrie = CompactTrie(summaryOpeners.map { ($0, ()) })

    /// Phrases saying no budget was used; such an entry has a budget of zero, stated.
    static let noBudget = ["ไม่ใช้งบประมาณ", "ไม่ได้ใช้งบประมาณ", "ไม่มีงบประมาณ"]
    /// `เบิกจ่าย ๑๗,๘๖๐ บาท`: the amount disbursed in a narrative entry.
    static let disbursed = ["เบิกจ่าย"]
    /// Words of a summary sentence that make its amount the money spent (`ใช้งบประมาณไปทั้งสิ้น ๑๒๕,๘๗๐ บาท`,
    /// `ใช้จ่ายจริง …`), compared without spaces. Only past spending: `ใช้งบประมาณ` alone is a plan's budget, and
    /// `ค่าใช้จ่าย` an expense planned.
    static let spent = ["เบิกจ่าย", "ใช้งบประมาณไป", "ใช้งบประมาณจริง", "ใช้จ่ายงบประมาณไป", "ใช้จ่ายงบประมาณจริง",
                        "ใช้จ่ายไป", "ใช้จ่ายจริง", "ใช้ไป", "ใช้จริง", "จ่ายจริง"]
    /// `คงเหลือ ๑,๕๐๐ บาท`, `เหลือจ่าย …`: what is left of an entry's budget.
    static let remaining = ["คงเหลือ", "เหลือจ่าย"]
    /// Words that make a count of projects a part of them (`โครงการเพิ่มเติม จำนวน ๑ โครงการ`), not the document's.
    static let partialCountWords = ["เพิ่มเติม", "ที่เพิ่ม", "นอกแผน"]
    /// What stands before a disbursement's share of the budget, right after the amount (`… บาท คิดเป็นร้อยละ ๙๐`), compact.
    static let shareWords = ["คิดเป็น", "บาท(", "บาท", "("]
    /// `เบิกจ่าย … บาท จากงบประมาณ ๗๓,๐๐๐ บาท`: the budget a stated disbursement is of (compared without spaces),
    /// with the words that may qualify it (`จากงบประมาณที่ตั้งไว้ทั้งสิ้น`).
    static let budgetAfterDisbursed = ["จากงบประมาณ", "จากยอดงบประมาณ"]
    /// Words that turn a sentence to another year (`เปรียบเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งมีโครงการ ๑๔ โครงการ …`):
    /// what it states is that year's, not the document's. Compared without spaces.
    static let comparisonWords = ["เปรียบเทียบกับ", "เทียบกับ"]
    /// The year before, unnamed (`เมื่อเทียบกับปีที่ผ่านมา …`).
    static let lastYearWords = ["ปีที่ผ่านมา", "ปีก่อน"]
    static let budgetQualifiers = ["ที่ตั้งไว้", "ที่ได้รับจัดสรร", "ที่ได้รับ", "ทั้งสิ้น", "ทั้งหมด", "รวม", "จำนวน", "ประจำปี"]
    /// `งบประมาณทั้งสิ้น ๑๖๑,๐๐๐ บาท`, `งบประมาณที่ตั้งไว้ ๑๖๑,๐๐๐ บาท`: the words after งบประมาณ that make it the document's.
    static let budgetTotalWords = ["ทั้งสิ้น", "รวม", "ที่ตั้งไว้", "ที่ได้รับจัดสรร", "ที่ได้รับ"]
    /// Words that make a stated budget the whole plan's, over all its years (`งบประมาณรวมตลอดระยะเวลาของแผน …`),
    /// compared without spaces.
    static let wholePlanWords = ["ตลอดระยะเวลาของแผน", "ตลอดระยะเวลาแผน", "ตลอดแผน", "ทั้งแผน"]

    /// Whether the clause before a figure ends with one of `budgetAfterDisbursed` and only qualifiers after it.
    static func saysBudgetAfterDisbursed(_ clause: String) -> Bool {
        for opener in budgetAfterDisbursed {
            guard let range = clause.ranges(of: opener).last else { continue }
            var rest = clause[range.upperBound...]
            while !rest.isEmpty, let qualifier = budgetQualifiers.first(where: { rest.startsWith($0) }) {
                rest = rest.dropFirst(qualifier.count)
            }
            if rest.isEmpty { return true }
        }
        return false
    }
    /// `ปีละ ๒๐,๐๐๐ บาท`, `ปีละ ๔ ครั้ง`: per year.
    /// What follows an amount that makes it a rate (`๔๕ บาท ต่อประชากร`, `๑๒๐ บาท/คน`), compared without spaces.
    static let rateWords = ["ต่อ", "/"]
    /// …except a year (`๒๐,๐๐๐ บาท ต่อปี`, `บาท/ปี`): a yearly amount, read like `ปีละ` before it.
    static let perYearAfter = ["ต่อปี", "/ปี"]
    static let perYear = ["ปีละ"]
    /// Words after a budget's amount that introduce its parts (`… ๑๘,๐๐๐ บาท ประกอบด้วย`), compared without spaces.
    static let itemizingWords = ["ประกอบด้วย", "ดังนี้", "รายละเอียดดังนี้", "แยกเป็น", "แบ่งเป็น", "โดยแยกเป็น", "ได้แก่"]
    /// `รวม ๔๒๐,๐๐๐ บาท` after the years' amounts: the total over them (compared without spaces).
    static let totalWords = ["รวม", "รวมทั้งสิ้น", "รวมเป็นเงิน", "รวมเป็นเงินทั้งสิ้น", "รวมทั้งหมด", "รวมงบประมาณ", "รวมงบประมาณทั้งสิ้น", "เป็นเงินทั้งสิ้น"]
    /// What may stand between two years of one list (`๒๕๖๖ - ๒๕๖๗ และ ๒๕๖๙`), compared without spaces.
    static let yearJoiners: Set<String> = [",", "และ", "และปี", "และปีงบประมาณ", "และในปี", "และในปีงบประมาณ", "/"]
}
