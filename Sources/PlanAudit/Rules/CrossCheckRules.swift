extension RuleCatalog {
    /// Rules that compare one place with another: the same project, numbering, words, scores, years, names.
    static let crossCheckRules: [any AuditRule] = [
        ProjectFiguresDiffer(),
        ProjectListedTwice(),
        NumberingGaps(),
        AmountInWordsMismatch(),
        ITAWeightedScore(),
        ITARestated(),
        ITAScoreChange(),
        FrequencyVsSchedule(),
        YearsDisagree(),
        NamesDisagree(),
    ]
}
