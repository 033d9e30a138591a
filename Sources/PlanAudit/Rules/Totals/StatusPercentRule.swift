import PlanRecords
import ThaiText

/// `ดำเนินการแล้วเสร็จ ๒ โครงการ คิดเป็นร้อยละ ๖๖.๖๗`: a share of the projects against the tally and the count.
struct StatusPercentRule: AuditRule {
    let id = "status-percent"
    let summary = "A stated share of projects with a status (คิดเป็นร้อยละ) against its tally and the number of projects."
    let explanation = """
    A report often follows a status tally with its share (ดำเนินการแล้วเสร็จ ๒ โครงการ คิดเป็นร้อยละ ๖๖.๖๗). The share \
    is recomputed exactly as count × 100 ÷ projects, rounded to as many decimals as the document writes (rounding \
    half up; a figure cut off instead of rounded is also accepted). The count is the tally as stated or the projects \
    read with that status; the projects are the number stated in the share's own sentence, the stated number of \
    projects (จำนวน … โครงการ), those read with a \
    status, or all those read. The share is reported only when no such pair gives it: a wrong tally is the \
    status-tally rule's finding, not this one's.
    """

    func check(_ record: PlanRecord, _ options: AuditOptions) -> [Finding] {
        var findings: [Finding] = []
        let withStatus = record.projects.filter { $0.status != nil }
        let statedTotal = record.declared.first { $0.what == .projectCount && $0.dimension == nil && $0.table == nil }
        for share in record.declared where share.what == .statusPercent {
            guard let status = share.status,
                  let tally = record.declared.last(where: { $0.what == .statusCount && $0.status == status && $0.table == nil && $0.line <= share.line }),
                  let stated = tally.value.value.integerValue else { continue }
            let read = withStatus.filter { $0.status?.value == status }.count
            // What the share may be of, the first preferred; a stated count is shown where it stands.
            var wholes: [(value: Int, what: String, evidence: Evidence?)] = []
            // A count stated in the share's own sentence (`มาตรการทั้งสิ้น ๑๒ มาตรการ ดำเนินการแล้ว ๙ มาตรการ คิดเป็น…`) first.
            if let nearby = record.declared.last(where: { $0.what == .projectCount && $0.dimension == nil && $0.table == nil
                    && $0.line == share.line && ($0.contextOffset ?? 0) <= (share.contextOffset ?? Int.max) }),
               nearby.line != statedTotal?.line, let total = nearby.value.value.integerValue {
                wholes.append((total, "the number of projects stated in the same sentence", TotalsContext.statedEvidence(nearby, note: "projects")))
            }
            if let statedTotal, let total = statedTotal.value.value.integerValue {
                wholes.append((total, "the stated number of projects", TotalsContext.statedEvidence(statedTotal, note: "projects")))
            }
            if !withStatus.isEmpty { wholes.append((withStatus.count, "the projects read with a status", nil)) }
            if !record.projects.isEmpty { wholes.append((record.projects.count, "the projects read", nil)) }
            guard let preferred = wholes.first(where: { $0.value > 0 }) else { continue }
            let agrees = wholes.contains { whole in
                whole.value > 0 && [stated, read].contains { part in
                    RowArithmeticRule.percent(share.value.value, of: ExactDecimal(part), in: ExactDecimal(whole.value), options) == nil
                }
            }
            guard !agrees, let expected = RowArithmeticRule.percent(share.value.value, of: ExactDecimal(stated),
                                                                     in: ExactDecimal(preferred.value), options) else { continue }
            let evidence = [TotalsContext.statedEvidence(share, note: "stated share"), TotalsContext.statedEvidence(tally, note: "tally")]
                + (preferred.evidence.map { [$0] } ?? [])
            findings.append(Finding(
                rule: id, severity: .error,
                message: "states \(share.value.value.description)% of projects \(StatusTallyRule.english(status)) (\(StatusTallyRule.thai(status))) but \(stated) of \(preferred.value) (\(preferred.what)) is \(expected.description)%",
                evidence: evidence, expected: expected.description, actual: share.value.value.description))
        }
        return findings
    }
}
