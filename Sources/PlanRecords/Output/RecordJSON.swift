import ThaiText

/// The output contract of `sarabun parse --format json`: one object per document, as described by
/// `schema/records.schema.json` (its `version` is `PlanRecord.schemaVersion`). Money and scores are
/// decimal strings (`"30000.00"`), never floating point; years are Buddhist Era with the CE beside.
public enum RecordJSON {
    public static func object(_ record: PlanRecord) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", PlanRecord.schemaVersion)
        source(record.source, &json)
        document(record.document, &json)
        json.key("dimensions")
        json.beginArray()
        for dimension in record.dimensions {
            json.beginObject()
            json.field("key", dimension.key)
            json.field("number", dimension.number)
            json.field("starred", dimension.starred)
            json.field("title", dimension.title)
            json.field("line", dimension.line)
            json.endObject()
        }
        json.endArray()
        json.key("missions")
        json.beginArray()
        for mission in record.missions {
            json.beginObject()
            json.field("number", mission.number)
            json.field("dimension", mission.dimension)
            json.field("title", mission.title)
            json.field("line", mission.line)
            json.endObject()
        }
        json.endArray()
        json.key("projects")
        json.beginArray()
        for project in record.projects {
            json.newline()
            self.project(project, &json)
        }
        json.endArray()
        json.key("declared")
        json.beginArray()
        for total in record.declared {
            json.newline()
            declared(total, &json)
        }
        json.endArray()
        json.key("amountsInWords")
        json.beginArray()
        for pair in record.amountsInWords {
            json.beginObject()
            json.field("line", pair.figure.line)
            json.field("figure", pair.figure.value.withScale(atLeast: 2).description)
            json.field("words", pair.words.value.withScale(atLeast: 2).description)
            json.field("raw", pair.words.raw)
            json.endObject()
        }
        json.endArray()
        citationsAndDates(record, &json)
        if let scores = record.scores {
            json.key("scores")
            self.scores(scores, &json)
        }
        json.key("tables")
        json.beginArray()
        for table in record.tables {
            json.newline()
            json.beginObject()
            json.field("index", table.index)
            json.field("line", table.line)
            json.field("endLine", table.endLine)
            json.field("title", table.title)
            if let year = table.year { json.field("year", year) }
            json.field("bodyRows", table.bodyRows)
            json.field("totalRows", table.totalRows)
            json.key("columns")
            json.beginArray()
            for (label, role) in zip(table.header, table.roles) {
                json.beginObject()
                json.field("label", label)
                json.field("role", role?.label)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("warnings")
        json.beginArray()
        for warning in record.warnings {
            json.newline()
            json.beginObject()
            json.field("line", warning.line)
            json.field("column", warning.column)
            json.field("message", warning.message)
            if let figure = warning.figure { json.field("figure", figure) }
            if let date = warning.date { json.field("date", date) }
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }

    /// What the cross-checks read from the running text, each at its place: laws cited with a year and
    /// whole dates (added in 1.1). The organisations named are not written: Thai runs a name on into its
    /// sentence, and only the checker's comparison with the document's own name makes them clean.
    private static func citationsAndDates(_ record: PlanRecord, _ json: inout JSONWriter) {
        json.key("citations")
        json.beginArray()
        for citation in record.citations {
            json.newline()
            json.beginObject()
            json.field("name", citation.name)
            json.field("key", citation.key)
            json.field("year", citation.year.value)
            json.field("line", citation.year.line)
            json.field("column", citation.year.column)
            json.field("raw", citation.year.raw)
            json.endObject()
        }
        json.endArray()
        json.key("dateMentions")
        json.beginArray()
        for mention in record.dates {
            json.newline()
            json.beginObject()
            json.field("ce", mention.date.value.isoCE)
            json.field("be", mention.date.value.isoBE)
            json.field("line", mention.date.line)
            json.field("column", mention.date.column)
            json.field("raw", mention.date.raw)
            if let year = mention.fiscalYearBefore { json.field("fiscalYearBefore", year) }
            json.endObject()
        }
        json.endArray()
    }

    private static func source(_ source: SourceInfo, _ json: inout JSONWriter) {
        json.key("source")
        json.beginObject()
        json.field("path", source.path)
        json.field("sha256", source.sha256)
        json.field("format", source.format.rawValue)
        json.field("encoding", source.encoding.rawValue)
        json.field("bytes", source.byteCount)
        json.endObject()
    }

    private static func document(_ info: DocumentInfo, _ json: inout JSONWriter) {
        json.key("document")
        json.beginObject()
        json.field("kind", info.kind.rawValue)
        text("title", info.title, &json)
        json.key("organisation")
        if let organisation = info.organisation {
            json.beginObject()
            json.field("name", organisation.name.value)
            json.field("type", organisation.type.rawValue)
            json.field("district", organisation.district?.value)
            json.field("province", organisation.province?.value)
            json.field("line", organisation.name.line)
            json.field("raw", organisation.name.raw)
            json.endObject()
        } else {
            json.null()
        }
        json.key("fiscalYear")
        if let year = info.fiscalYear {
            json.beginObject()
            json.field("be", year.value)
            json.field("ce", year.value - ThaiYear.eraOffset)
            json.field("line", year.line)
            json.field("raw", year.raw)
            json.endObject()
        } else {
            json.null()
        }
        json.key("period")
        if let period = info.period {
            json.beginObject()
            json.field("fromBE", period.value.lowerBound)
            json.field("toBE", period.value.upperBound)
            json.field("fromCE", period.value.lowerBound - ThaiYear.eraOffset)
            json.field("toCE", period.value.upperBound - ThaiYear.eraOffset)
            json.field("line", period.line)
            json.field("raw", period.raw)
            json.endObject()
        } else {
            json.null()
        }
        json.key("dates")
        json.beginObject()
        if let issued = info.issued {
            json.key("issued")
            json.beginObject()
            json.field("ce", issued.value.isoCE)
            json.field("be", issued.value.isoBE)
            json.field("line", issued.line)
            json.field("raw", issued.raw)
            json.endObject()
        }
        json.endObject()
        text("reference", info.reference, &json)
        json.key("signatories")
        json.beginArray()
        for person in info.signatories {
            json.beginObject()
            json.field("name", person.name.value)
            json.field("position", person.position)
            json.field("role", person.role)
            json.field("line", person.name.line)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func text(_ name: String, _ value: Located<String>?, _ json: inout JSONWriter) {
        json.key(name)
        guard let value else { json.null(); return }
        json.beginObject()
        json.field("value", value.value)
        json.field("line", value.line)
        json.field("column", value.column)
        json.field("raw", value.raw)
        json.endObject()
    }

    /// Money: baht with satang.
    private static func money(_ name: String, _ value: Located<ExactDecimal>?, _ json: inout JSONWriter) {
        figure(name, value, scale: 2, &json)
    }

    /// A located figure as `{value, line, raw}`, with at least `scale` decimals.
    private static func figure(_ name: String, _ value: Located<ExactDecimal>?, scale: Int, _ json: inout JSONWriter) {
        guard let value else { return }
        json.key(name)
        located(value, scale: scale, &json)
    }

    /// `{"value", "line", "raw"}` of a figure where it was read.
    private static func located(_ value: Located<ExactDecimal>, scale: Int = 0, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("value", value.value.withScale(atLeast: scale).description)
        json.field("line", value.line)
        json.field("raw", value.raw)
        json.endObject()
    }

    private static func project(_ project: Project, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("id", project.id)
        json.field("name", project.name)
        json.field("kind", project.kind?.rawValue)
        json.field("dimension", project.dimension)
        json.field("mission", project.mission)
        json.key("budgets")
        json.beginObject()
        for year in project.budgets.keys.sorted() {
            json.field(String(year), project.budgets[year]!.value.withScale(atLeast: 2).description)
        }
        json.endObject()
        money("disbursed", project.disbursed, &json)
        if let status = project.status { json.field("status", status.value.rawValue) }
        if !project.schedule.isEmpty {
            json.key("schedule")
            json.beginObject()
            for year in project.schedule.keys.sorted() {
                json.key(String(year))
                json.beginArray()
                for quarter in project.schedule[year]!.sorted() { json.number(quarter) }
                json.endArray()
            }
            json.endObject()
        }
        if let responsible = project.responsible { json.field("responsible", responsible) }
        if let period = project.period { json.field("period", period) }
        if !project.targets.isEmpty {
            json.key("targets")
            json.beginArray()
            for target in project.targets { json.string(target) }
            json.endArray()
        }
        json.key("mentions")
        json.beginArray()
        for mention in project.mentions { self.mention(mention, &json) }
        json.endArray()
        json.endObject()
    }

    private static func mention(_ mention: Mention, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("role", mention.role.rawValue)
        json.field("line", mention.line)
        if mention.endLine != mention.line { json.field("endLine", mention.endLine) }
        json.field("name", mention.name)
        if let numbering = mention.numbering { json.field("numbering", numbering) }
        if let table = mention.table { json.field("table", table) }
        if let dimension = mention.dimension { json.field("dimension", dimension) }
        if !mention.budgets.isEmpty {
            json.key("budgets")
            json.beginObject()
            for year in mention.budgets.keys.sorted() {
                json.key(String(year))
                if let value = mention.budgets[year]!.value { json.string(value.withScale(atLeast: 2).description) } else { json.null() }
            }
            json.endObject()
        }
        money("budgetForPeriod", mention.budgetForPeriod, &json)
        money("budgetPerYear", mention.budgetPerYear, &json)
        money("plannedBudget", mention.plannedBudget, &json)
        money("disbursed", mention.disbursed, &json)
        money("remaining", mention.remaining, &json)
        figure("disbursedPercent", mention.disbursedPercent, scale: 0, &json)
        if !mention.quarterDisbursed.isEmpty {
            json.key("quarterDisbursed")
            json.beginObject()
            for quarter in mention.quarterDisbursed.keys.sorted() {
                json.key(String(quarter))
                json.string(mention.quarterDisbursed[quarter]!.value.withScale(atLeast: 2).description)
            }
            json.endObject()
        }
        if !mention.fundingSources.isEmpty {
            json.key("fundingSources")
            json.beginObject()
            for source in mention.fundingSources.keys.sorted() {
                json.key(source)
                json.string(mention.fundingSources[source]!.value.withScale(atLeast: 2).description)
            }
            json.endObject()
        }
        if let status = mention.status { json.field("status", status.value.rawValue) }
        if !mention.quarterCells.isEmpty {
            json.key("quarters")
            json.beginArray()
            for quarter in mention.quarters.sorted() { json.number(quarter) }
            json.endArray()
        }
        if !mention.months.isEmpty {
            json.key("months")
            json.beginArray()
            for month in mention.months.sorted() { json.number(month) }
            json.endArray()
        }
        if let frequency = mention.frequency { json.field("timesPerYear", frequency.value) }
        if !mention.valuesAligned { json.field("valuesAligned", false) }
        if !mention.unreadable.isEmpty {
            json.key("unreadable")
            json.beginArray()
            for figure in mention.unreadable {
                json.beginObject()
                json.field("what", figure.value); json.field("raw", figure.raw); json.field("line", figure.line); json.field("column", figure.column)
                json.endObject()
            }
            json.endArray()
        }
        json.field("link", mention.confidence.rawValue)
        if let note = mention.linkNote { json.field("linkNote", note) }
        json.endObject()
    }

    private static func declared(_ total: DeclaredTotal, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("what", total.what.rawValue)
        // Money in satang, as every other amount of the records (`495000.00`, however the row wrote it).
        json.field("value", (total.what.isMoney ? total.value.value.withScale(atLeast: 2) : total.value.value).description)
        json.field("line", total.value.line)
        json.field("column", total.value.column)
        json.field("raw", total.value.raw)
        if let dimension = total.dimension { json.field("dimension", dimension) }
        if let year = total.year { json.field("year", year) }
        if let status = total.status { json.field("status", status.rawValue) }
        if let quarter = total.quarter { json.field("quarter", quarter) }
        if let month = total.month { json.field("month", month) }
        if let table = total.table { json.field("table", table) }
        if let label = total.column { json.field("columnLabel", label) }
        if let unit = total.unit { json.field("unit", unit) }
        if let source = total.fundingSource { json.field("fundingSource", source) }
        json.endObject()
    }

    private static func scores(_ scores: ITAScores, _ json: inout JSONWriter) {
        json.beginObject()
        figure("overall", scores.overall, scale: 0, &json)
        if let grade = scores.grade {
            json.key("grade")
            json.beginObject()
            json.field("value", grade.value)
            json.field("line", grade.line)
            json.endObject()
        }
        // 1.6: the overall score and the grade stated again later in the document.
        json.key("restatedOverall")
        json.beginArray()
        for again in scores.restatedOverall { located(again, &json) }
        json.endArray()
        json.key("restatedGrades")
        json.beginArray()
        for again in scores.restatedGrades {
            json.beginObject()
            json.field("value", again.value)
            json.field("line", again.line)
            json.endObject()
        }
        json.endArray()
        json.key("yearScores")
        json.beginArray()
        for past in scores.yearScores {
            json.beginObject()
            json.field("year", past.year)
            json.field("score", past.score.value.description)
            json.field("line", past.score.line)
            json.field("grade", past.grade?.value)
            json.endObject()
        }
        json.endArray()
        // 1.7: the overall score's stated change from another year.
        json.key("changes")
        json.beginArray()
        for change in scores.changes {
            json.beginObject()
            json.field("direction", change.direction.rawValue)
            json.field("points", change.points.value.description)
            json.field("from", change.from)
            // 1.8: an earlier year's change, from a change column beside its row.
            if let to = change.to { json.field("to", to) }
            json.field("line", change.points.line)
            json.field("raw", change.points.raw)
            json.endObject()
        }
        json.endArray()
        json.key("tools")
        json.beginArray()
        for tool in scores.tools {
            json.beginObject()
            json.field("name", tool.name)
            if let weight = tool.weight { json.field("weight", weight.value.description) }
            if let score = tool.score { json.field("score", score.value.description); json.field("line", score.line) }
            if let weighted = tool.weighted { json.field("weighted", weighted.value.description) }
            json.endObject()
        }
        json.endArray()
        json.key("indicators")
        json.beginArray()
        for indicator in scores.indicators {
            json.beginObject()
            json.field("number", indicator.number)
            json.field("name", indicator.name)
            json.field("score", indicator.score.value.description)
            json.field("line", indicator.score.line)
            if let tool = indicator.tool { json.field("tool", tool) }
            json.endObject()
        }
        json.endArray()
        json.key("bands")
        json.beginArray()
        for band in scores.bands {
            json.beginObject()
            json.field("grade", band.grade)
            json.field("low", band.low.description)
            json.field("high", band.high?.description)
            json.field("line", band.line)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
