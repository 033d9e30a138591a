extension RuleCatalog {
    /// Rules about what could not be read: a figure the checks had to leave out.
    static let readingRules: [any AuditRule] = [
        UnreadableFigure(),
        UnnamedItem(),
        UnreadTable(),
        UnreadableText(),
        ImpossibleDate(),
    ]
}
