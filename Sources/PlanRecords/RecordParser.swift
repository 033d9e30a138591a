import DocumentReader
import ThaiText

/// One document's parse, stage by stage: kind and title → organisation, period, dates → the text's
/// outline and entries → the tables → projects linked from their mentions → ITA scores.
struct RecordParser {
    let document: Document

    init(document: Document) {
        self.document = document
    }

    mutating func parse(source: SourceInfo) -> PlanRecord {
        let blocks = document.blocks
        var info = DocumentInfo()
        (info.kind, info.title) = KindReader.read(blocks)
        var metadata = MetadataReader(blocks: blocks)
        metadata.read(into: &info)

        let tokens = BlockTokens(blocks)
        var narrative = NarrativeReader(kind: info.kind, fiscalYear: info.fiscalYear?.value)
        narrative.read(blocks, tokens: tokens)
        var tables = TableProjects(documentYear: info.fiscalYear?.value)
        tables.read(blocks)

        var record = PlanRecord(source: source, document: info)
        record.dimensions = narrative.dimensions
        record.missions = narrative.missions
        record.projects = ProjectLinker.link(tables.mentions + narrative.mentions, sentences: narrative.projectSentences)
        record.declared = (narrative.declared + tables.declared).sorted { ($0.line, $0.value.column) < ($1.line, $1.value.column) }
        record.amountsInWords = narrative.amountsInWords
        CitationReader.read(blocks, tokens: tokens, into: &record)
        record.organisationMentions = metadata.organisationMentions
        record.tables = tables.tables
        let scores = ScoreReader.read(blocks, tables: tables.tables, tokens: tokens, kind: info.kind, year: info.fiscalYear?.value)
        record.scores = scores.isEmpty ? nil : scores
        record.warnings = document.warnings.map { RecordWarning(line: $0.line, column: $0.column, message: $0.message) }
            + metadata.warnings + narrative.warnings + tables.warnings
        if info.kind == .unknown {
            record.warnings.append(RecordWarning(line: 1, message: "the document matches no known kind (plan, progress report, ITA report or memo); its metadata and tables are read"))
        }
        if info.organisation == nil {
            record.warnings.append(RecordWarning(line: 1, message: "no organisation named in the document"))
        }
        record.warnings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return record
    }
}
