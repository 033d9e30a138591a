import DocumentReader
@testable import PlanAudit
import PlanRecords
import Testing

/// Bytes that are no UTF-8 (a character cut in half, a stray control byte): each line holding them is named,
/// with the text around them, and the rest of the document is still read.
@Suite struct UnreadableTextTests {
    static func bytes(_ pieces: [[UInt8]]) -> [UInt8] { pieces.flatMap { $0 } }
    static let good = Array("""
    แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
    เทศบาลตำบลบ้านทดลอง

    """.utf8)

    @Test func eachDamagedLineIsNamedWithItsText() throws {
        // `งบประมาณ ๑๒,๐` then the first two bytes of `๐` (E0 B9 90) on line 3; a NUL on line 4.
        let input = Self.bytes([Self.good, Array("งบประมาณ ๑๒,๐".utf8), [0xE0, 0xB9], Array("๐ บาท\nรวม\u{0}ทั้งสิ้น\n".utf8)])
        let record = try RecordReader.read(input, path: "damaged.txt")
        let findings = UnreadableText().check(record, AuditOptions())
        #expect(findings.map(\.line) == [3, 4])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.rule == "unreadable-text" })
        #expect(findings[0].column == 14)
        #expect(findings[0].evidence.first?.text == "งบประมาณ ๑๒,๐\u{FFFD}๐ บาท")
        #expect(findings[1].evidence.first?.text == "รวม\u{FFFD}ทั้งสิ้น")
        // The rest is read.
        #expect(record.document.organisation?.name.value == "เทศบาลตำบลบ้านทดลอง")
    }

    @Test func pastTwentyLinesOneFindingCountsTheRest() throws {
        let damaged: [UInt8] = (1...25).flatMap { (line: Int) -> [UInt8] in Array("บรรทัด \(line) ".utf8) + [0xFF, 0x0A] }
        let clean: [UInt8] = [UInt8](repeating: 0x41, count: 2_000) + [0x0A]
        let record = try RecordReader.read(Self.good + clean + damaged, path: "many.txt")
        let findings = UnreadableText().check(record, AuditOptions())
        #expect(findings.count == 21)
        #expect(findings.last?.message == "5 more line(s) after this one have unreadable bytes replaced by U+FFFD")
    }

    @Test func quietOnCleanText() throws {
        let record = try RecordReader.read(Self.good + Array("งบประมาณ ๑๒,๐๐๐ บาท\n".utf8), path: "clean.txt")
        #expect(UnreadableText().check(record, AuditOptions()).isEmpty)
    }
}
