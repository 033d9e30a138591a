extension RuleCatalog {
    /// Rules that hold stated counts, totals, tallies and percentages against what they count.
    static let totalsRules: [any AuditRule] = [
        StatedCountRule(),
        StatusTallyRule(),
        StatusPercentRule(),
        QuarterCountRule(),
        QuarterDisbursedRule(),
        ColumnSumRule(),
        SubtotalSumRule(),
        GrandTotalSumRule(),
        CarriedSumRule(),
        DimensionSummaryRule(),
        PercentOfFiguresRule(),
        DisbursedOverBudgetRule(),
        RowArithmeticRule(),
    ]
}
