// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
// THE definition of a plan file's fields: the generator's parser checks names against these tables (and reads the
// fields marked ByKind through their setters), the generator writes plan data through their getters, and the CodeGen
// writes from them the runtime's plan-data readers, the schema's property lists and docs/plan-format.md's field tables.
using System;
#if BUILDING_SOURCE_GENERATOR
using HealthPlan.Catalogue.Generators.Model;
#else
using HealthPlan.Catalogue.Units;
#endif

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The fields of each record of a plan file (<see cref="PlanModel"/> and the records it holds), in plan-file order.</summary>
internal static class PlanFields
{
    private const FieldPresence Required = FieldPresence.Required;
    private const FieldPresence Conditional = FieldPresence.Conditional;
    private const FieldStorage Fixed = FieldStorage.Positional;

    /// <summary>The plan: the file's top level.</summary>
    public static PlanRecordFields<PlanModel> Plan { get; } = PlanTable();

    /// <summary>The plan's region.</summary>
    public static PlanRecordFields<RegionModel> Region { get; } = RegionTable();

    /// <summary>A published document.</summary>
    public static PlanRecordFields<DocumentModel> Document { get; } = DocumentTable();

    /// <summary>An indicator.</summary>
    public static PlanRecordFields<IndicatorModel> Indicator { get; } = IndicatorTable();

    /// <summary>A value of an indicator.</summary>
    public static PlanRecordFields<ValueModel> Value { get; } = ValueTable();

    /// <summary>A target of an indicator.</summary>
    public static PlanRecordFields<TargetModel> Target { get; } = TargetTable();

    /// <summary>The benchmark quoted beside a target.</summary>
    public static PlanRecordFields<ReferenceModel> Reference { get; } = ReferenceTable();

    /// <summary>Where a value or target is stated.</summary>
    public static PlanRecordFields<SourceModel> Source { get; } = SourceTable();

    private static PlanRecordFields<PlanModel> PlanTable()
    {
        var f = new PlanRecordFields<PlanModel>(PlanDataFormat.Plan, null);
        f.Nested("$schema", FieldKind.Other, null, "Path or URL of this schema, for editors; the generator ignores it.");
        f.Nested("formatVersion", FieldKind.Other, null, "Version of the plan-file format. The generator reads version 1 only (HPC0016 otherwise).");
        f.Text("id", p => p.Id, (p, x) => p with { Id = x }, "Plan id, unique across the catalogue (HPC0014), e.g. fuxin-2016-2020: lowercase letters and digits in words joined by single hyphens (HPC0024).", Required, Fixed);
        f.Nested("shortId", FieldKind.Other, null, "The plan's class name inside its region (fyp13 → Plans.Fuxin.Fyp13). Must differ from the region's class name and from the names the generated classes take for themselves (" + ReservedNames.PlanMemberList + ").", Required);
        f.Text("nameZh", p => p.NameZh, (p, x) => p with { NameZh = x }, "The plan's title as the document writes it, in Chinese.", Required, Fixed);
        f.Text("nameEn", p => p.NameEn, (p, x) => p with { NameEn = x }, "The plan's title in English.", Required, Fixed);
        f.Nested("region", FieldKind.Object, "region", "The administrative region the plan is for.", Required);
        f.Year("periodStart", p => p.PeriodStart, (p, x) => p with { PeriodStart = x }, "First year of the plan period, e.g. 2016.", Required, Fixed);
        f.Year("periodEnd", p => p.PeriodEnd, (p, x) => p with { PeriodEnd = x }, "Last year of the plan period, e.g. 2020; at or after periodStart (HPC0020). Every target year lies in periodStart–periodEnd (HPC0011).", Required, Fixed);
        f.Text("document", p => p.Document, (p, x) => p with { Document = x }, "The source document every source quotes unless it names its own: a local text file's name (000_7ec626baa6a0b6df.txt), whose sources give a line, or the id of one of documents.", Required, Fixed);
        f.Nested("documents", FieldKind.Array, "publishedDocument", "Optional: published documents read online (a web page has no stable lines) that the plan's document or a source may name by id. Ids are unique (HPC0026).");
        f.Nested("indicators", FieldKind.Array, "indicator", "The plan's indicators, each with its baselines and targets. Indicator ids are unique within the plan (HPC0006).", Required);
        return f;
    }

    private static PlanRecordFields<RegionModel> RegionTable()
    {
        var f = new PlanRecordFields<RegionModel>(PlanDataFormat.Region, "region");
        f.Text("id", r => r.Id, (r, x) => r with { Id = x }, "Region id; becomes the region's class (fuxin → Plans.Fuxin). Cannot map to a name the generated root class or every object takes (" + string.Join(", ", ReservedNames.RegionClasses) + ").", Required, Fixed);
        f.Text("nameZh", r => r.NameZh, (r, x) => r with { NameZh = x }, "The region's Chinese name, e.g. 阜新市.", Required, Fixed);
        f.Text("nameEn", r => r.NameEn, (r, x) => r with { NameEn = x }, "The region's English name, e.g. Fuxin.", Required, Fixed);
        f.Word("level", PlanFileTokens.Levels, "level", r => r.Level, (r, x) => r with { Level = x }, "Administrative level: province, prefecture-city, county-city, county, district, or country for a national plan.", Required, Fixed);
        f.Text("parentZh", r => r.ParentZh, (r, x) => r with { ParentZh = x }, "Optional: the region's parent in Chinese, e.g. 辽宁省 or 浙江省宁波市.");
        f.Text("code", r => r.Code, (r, x) => r with { Code = x }, "Optional: the region's administrative division code (GB/T 2260, as the Ministry of Civil Affairs lists it): six digits, 140000 for a province (Shanxi), 210900 for a prefecture-level city (Fuxin), 330282 for a county-level one (Cixi); none for the country (HPC0037).");
        return f;
    }

    private static PlanRecordFields<DocumentModel> DocumentTable()
    {
        var f = new PlanRecordFields<DocumentModel>(PlanDataFormat.Document, "publishedDocument");
        f.Text("id", d => d.Id, (d, x) => d with { Id = x }, "The id the plan's document or a source's document names it by, e.g. gov-cn-2017-01-10.", Required, Fixed);
        f.Text("titleZh", d => d.TitleZh, (d, x) => d with { TitleZh = x }, "The title as published, without 《》, e.g. \"十三五\"卫生与健康规划.", Required, Fixed);
        f.Text("issuer", d => d.Issuer, (d, x) => d with { Issuer = x }, "Who published this copy: the issuing body for the official text (国务院), the publisher of a repost otherwise.", Required, Fixed);
        f.Text("published", d => d.Published, (d, x) => d with { Published = x }, "The date of publication: YYYY-MM-DD, YYYY-MM or YYYY (HPC0028).", Required, Fixed);
        f.Text("address", d => d.Address, (d, x) => d with { Address = x }, "The absolute http or https address the copy was read at (HPC0027).", Required, Fixed);
        f.Word("copy", PlanFileTokens.Copies, "copy", d => d.Copy, (d, x) => d with { Copy = x }, "official: the issuing body's own publication; secondary: a copy published by someone else.", Required, Fixed);
        f.Text("note", d => d.Note, (d, x) => d with { Note = x }, "Optional: a remark on the copy, e.g. where it was reached from.");
        return f;
    }

    private static PlanRecordFields<IndicatorModel> IndicatorTable()
    {
        var f = new PlanRecordFields<IndicatorModel>(PlanDataFormat.Indicator, "indicator");
        f.Text("id", i => i.Id, (i, x) => i with { Id = x }, "Indicator id, unique in the plan (HPC0006); becomes the property name (infant-mortality-rate → InfantMortalityRate). Cannot map to a name the generated classes take for themselves (" + ReservedNames.PlanMemberList + ") or to the plan's own class name; two ids must not map to the same name (HPC0008).", Required, Fixed);
        f.Text("nameZh", i => i.NameZh, (i, x) => i with { NameZh = x }, "The indicator's name as the plan writes it, in Chinese.", Required, Fixed);
        f.Text("nameEn", i => i.NameEn, (i, x) => i with { NameEn = x }, "The indicator's name in English.", Required, Fixed);
        f.Text("concept", i => i.Concept, (i, x) => i with { Concept = x }, "The shared concept this indicator measures: an id from concepts.json (HPC0012 when a concepts file is present and lacks it).", Required, Fixed);
        f.Text("category", i => i.Category, (i, x) => i with { Category = x }, "The catalogue category, e.g. health-status.", Required, Fixed, definition: "category");
        f.Text("categoryZh", i => i.CategoryZh, (i, x) => i with { CategoryZh = x }, "Optional: the plan's own category heading, e.g. 健康水平.");
        f.Text("unit", i => i.Unit.Id, (i, x) => i with { Unit = FindUnit(x) }, "The unit of every value and target of the indicator, e.g. per-mille.", Required, Fixed, definition: "unit");
        f.Word("direction", PlanFileTokens.Directions, "direction", i => i.Direction, (i, x) => i with { Direction = x }, "higher-is-better, lower-is-better or neutral.", Required, Fixed);
        f.Word("attribute", PlanFileTokens.Attributes, "attribute", i => i.Attribute, (i, x) => i with { Attribute = x }, "Optional: binding (约束性) or anticipatory (预期性), as the plan marks it.");
        f.Nested("values", FieldKind.Array, "value", "Optional: baselines and reported values, each with its year and source.");
        f.Nested("targets", FieldKind.Array, "target", "Optional: the plan's targets for the indicator.");
        f.Nested("notes", FieldKind.Array, null, "Optional: remarks on the indicator as a whole, e.g. where the document contradicts itself.");
        return f;
    }

    private static PlanRecordFields<ValueModel> ValueTable()
    {
        var f = new PlanRecordFields<ValueModel>(PlanDataFormat.Value, "value");
        f.Year("year", v => v.Year, (v, x) => v with { Year = x }, "The year the value refers to (any year, not only the plan period). Required unless the value has a period (periodStart and periodEnd); then it defaults to periodEnd and must lie in the period (HPC0033).", Conditional, Fixed);
        f.Year("periodStart", v => v.PeriodStart, (v, x) => v with { PeriodStart = x }, "Optional, with periodEnd: the first year of the period the value is reported for (a total during 2011–2015, a review paragraph that gives no single year). Both or neither (HPC0033), periodStart ≤ periodEnd (HPC0020).")
            .Needing("a value for a period gives both years (the same year twice for one year), a value for one year neither", "periodEnd");
        f.Year("periodEnd", v => v.PeriodEnd, (v, x) => v with { PeriodEnd = x }, "Optional, with periodStart: the last year of the period the value is reported for; year defaults to it.")
            .Needing("a value for a period gives both years (the same year twice for one year), a value for one year neither", "periodStart");
        f.Flag("atPeriodEnd", v => v.AtPeriodEnd, v => v with { AtPeriodEnd = true }, "Optional, for a value of a period: true when value is the level reached at the period's end (“十二五”时期 … 下降至5.90‰), so it can serve as the next plan's baseline.")
            .Needing("only a value of a period can be the level reached at its end; give the period, or leave 'atPeriodEnd' out", "periodStart", "periodEnd").ByKind();
        f.Year("changeFrom", v => v.ChangeFrom, (v, x) => v with { ChangeFrom = x }, "Optional: the value is a CHANGE from this base year, not a level (比2010年提高1.57岁 → value 1.57, changeFrom 2010). Must be before year (HPC0033). Changes are never baselines.");
        f.Flag("relative", v => v.Relative, v => v with { Relative = true }, "Optional, for a change: true when value is a percentage of the base year's level (增长8.52%). Needs changeFrom, or a period (the base is then the year before periodStart) (HPC0033).");
        f.Number("value", v => v.Value, (v, x) => v with { Value = x }, "The number as the document states it, in the indicator's unit. Never corrected: put doubts in note.", Required, Fixed);
        f.Text("scope", v => v.Scope, (v, x) => v with { Scope = x }, "Optional: the part of the indicator the value is for, a short kebab-case English word (urban, rural, outpatient, …).");
        f.Text("note", v => v.Note, (v, x) => v with { Note = x }, "Optional: what looks wrong or needs explaining about this value.");
        f.Nested("source", FieldKind.Object, "source", "Where the document states the value. Give source or sources, not both (HPC0029).", Conditional);
        f.Nested("sources", FieldKind.Array, "source", "Instead of source, when the document states the same number (same meaning, year and scope) more than once: every place, in document order, the first statement first (HPC0029, HPC0030).", Conditional);
        return f;
    }

    private static PlanRecordFields<TargetModel> TargetTable()
    {
        var f = new PlanRecordFields<TargetModel>(PlanDataFormat.Target, "target");
        f.Year("year", t => t.Year, (t, x) => t with { Year = x }, "The target year; must lie in the plan period (HPC0011), or before it for a target marked previousPeriod (HPC0031).", Required, Fixed);
        f.Word("operator", PlanFileTokens.Operators, "operator", t => t.Operator, (t, x) => t with { Operator = x }, "How the target compares: >=, <=, >, <, =, range, approx, increase-by, decrease-by or qualitative.", Required, Fixed);
        f.Number("value", t => t.Value, (t, x) => t with { Value = x }, "The target figure in the indicator's unit (the minimum for range; the amount for increase-by/decrease-by). Required unless the operator is qualitative.");
        f.Number("valueMax", t => t.ValueMax, (t, x) => t with { ValueMax = x }, "The maximum of a range target (inclusive); required for range, and not below value (HPC0009).");
        f.Number("tolerance", t => t.Tolerance, (t, x) => t with { Tolerance = x }, "Optional, for approx: the allowed deviation in the indicator's unit; default 5% of value. Not negative.");
        f.Year("baselineYear", t => t.BaselineYear, (t, x) => t with { BaselineYear = x }, "For increase-by/decrease-by (required there, HPC0010): the year whose value the change is measured from.");
        f.Number("baselineValue", t => t.BaselineValue, (t, x) => t with { BaselineValue = x }, "The indicator's value in baselineYear, which the generator looks up (HPC0025).").NotInPlanFile();
        f.Flag("relative", t => t.Relative, t => t with { Relative = true }, "For increase-by/decrease-by: true when value is a percentage of the baseline, false (default) when it is in the indicator's unit.");
        f.Text("scope", t => t.Scope, (t, x) => t with { Scope = x }, "Optional: the part of the indicator the target is for, a short kebab-case English word (urban, rural, …).");
        f.Nested("reference", FieldKind.Object, "reference", "Optional: a benchmark quoted beside the target, e.g. { \"textZh\": \"省指标 ≥90%\", \"operator\": \">=\", \"value\": 90 }.");
        f.Text("textZh", t => t.TextZh, (t, x) => t with { TextZh = x }, "The target in the document's words, in Chinese; a qualitative target needs textZh or textEn.");
        f.Text("textEn", t => t.TextEn, (t, x) => t with { TextEn = x }, "The target in English; a qualitative target needs textZh or textEn.");
        f.Text("note", t => t.Note, (t, x) => t with { Note = x }, "Optional: what looks wrong or needs explaining about this target.");
        f.Flag("table", t => t.Table, t => t with { Table = true }, "Optional: true on the target the plan's indicator table (主要指标表, 专栏) states, when the document restates a target for the same year and scope differently (≤ vs <, another number). At most one per indicator, year and scope (HPC0032); Indicator.Target(year) returns it.");
        f.Flag("previousPeriod", t => t.PreviousPeriod, t => t with { PreviousPeriod = true }, "Optional: true on a previous plan's target this plan restates (a table column for a year before periodStart). Its year must be before the period (HPC0031); it is shown as the previous plan's and never assessed.");
        f.Nested("source", FieldKind.Object, "source", "Where the document states the target. Give source or sources, not both (HPC0029).", Conditional);
        f.Nested("sources", FieldKind.Array, "source", "Instead of source, when the document states the same target (same operator, numbers, year and scope) more than once: every place, in document order, the first statement first (HPC0029, HPC0030).", Conditional);
        return f;
    }

    private static PlanRecordFields<ReferenceModel> ReferenceTable()
    {
        var f = new PlanRecordFields<ReferenceModel>(PlanDataFormat.Reference, "reference");
        f.Text("textZh", r => r.TextZh, (r, x) => r with { TextZh = x }, "The benchmark as the document writes it, e.g. 省指标 ≥90%.", Required, Fixed);
        f.Word("operator", PlanFileTokens.Operators, "operator", r => r.Operator, (r, x) => r with { Operator = x }, "Optional: how the benchmark compares, with the same operators as a target.");
        f.Number("value", r => r.Value, (r, x) => r with { Value = x }, "Optional: the benchmark's figure in the indicator's unit.");
        return f;
    }

    private static PlanRecordFields<SourceModel> SourceTable()
    {
        var f = new PlanRecordFields<SourceModel>(PlanDataFormat.Source, "source");
        f.Text("document", s => s.Document, (s, x) => s with { Document = x }, "Optional: a different source document for this number: a file name, or the id of one of the plan's documents; by default the plan's document.");
        f.Integer("line", s => s.Line, (s, x) => s with { Line = x }, "The 1-based line of the document that states the number (HPC0021). Required unless the document is one of the plan's published documents (HPC0002).", Conditional, Fixed);
        f.Text("quote", s => s.Quote, (s, x) => s with { Quote = x }, "An exact, non-blank substring of that line (or of the published page), markup included, that contains the number (HPC0013).", Required, Fixed);
        return f;
    }

    /// <summary>The unit a plan-data id names: the generator's unit model, or the runtime's unit.</summary>
#if BUILDING_SOURCE_GENERATOR
    private static UnitModel FindUnit(string id) => Units.UnitTable.Find(id) ?? throw new FormatException($"unknown unit '{id}'");
#else
    private static UnitInfo FindUnit(string id) => UnitCatalogue.Find(id) ?? throw new FormatException($"unknown unit '{id}'");
#endif
}
