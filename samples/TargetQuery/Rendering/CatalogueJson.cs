using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using UnitInfo = HealthPlan.Catalogue.Units.UnitInfo;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>
/// The catalogue as JSON: the stable, machine-readable contract of <c>export --format json</c>
/// (camelCase names; operators, levels, directions and attributes as plan-file tokens), reused by
/// <c>--output json</c> of the other commands.
/// </summary>
internal static class CatalogueJson
{
    /// <summary><c>{"plans":[...]}</c> with every plan, indicator, value and target.</summary>
    public static void WriteCatalogue(Utf8JsonWriter writer, PlanCatalogue catalogue)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("plans");
        foreach (var plan in catalogue.Plans)
        {
            writer.WriteStartObject();
            WritePlanFields(writer, plan);
            WriteIndicators(writer, plan.Indicators);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><c>"region":{"id","nameZh","nameEn","level","parentZh","code"}</c>; <c>code</c> is the GB/T 2260 code, null for the country.</summary>
    public static void WriteRegion(Utf8JsonWriter writer, Region region)
    {
        writer.WriteStartObject("region");
        writer.WriteString("id", region.Id);
        writer.WriteString("nameZh", region.NameZh);
        writer.WriteString("nameEn", region.NameEn);
        writer.WriteString("level", Words.Level(region.Level));
        writer.WriteString("parentZh", region.ParentZh);
        writer.WriteString("code", region.Code);
        writer.WriteEndObject();
    }

    /// <summary>The plan's own fields (id, region, names, period, document), without its indicators.</summary>
    public static void WritePlanFields(Utf8JsonWriter writer, Plan plan)
    {
        writer.WriteString("id", plan.Id);
        WriteRegion(writer, plan.Region);
        writer.WriteString("nameZh", plan.NameZh);
        writer.WriteString("nameEn", plan.NameEn);
        writer.WriteNumber("periodStart", plan.PeriodStart);
        writer.WriteNumber("periodEnd", plan.PeriodEnd);
        writer.WriteString("document", plan.Document);
        writer.WriteStartArray("documents");
        foreach (var document in plan.Documents)
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>"indicators":[...]</c>.</summary>
    public static void WriteIndicators(Utf8JsonWriter writer, IEnumerable<IIndicator> indicators)
    {
        WriteArray(writer, "indicators", indicators, WriteIndicator);
    }

    /// <summary>One indicator with its values and targets.</summary>
    public static void WriteIndicator(Utf8JsonWriter writer, IIndicator indicator)
    {
        writer.WriteStartObject();
        writer.WriteString("id", indicator.Id);
        writer.WriteString("nameZh", indicator.NameZh);
        writer.WriteString("nameEn", indicator.NameEn);
        writer.WriteString("concept", indicator.Concept);
        writer.WriteString("category", indicator.Category);
        writer.WriteString("categoryZh", indicator.CategoryZh);
        WriteUnit(writer, "unit", indicator.Unit);
        writer.WriteString("direction", Words.Direction(indicator.Direction));
        writer.WriteString("attribute", Words.Attribute(indicator.Attribute));
        WriteArray(writer, "values", indicator.Values, WriteValue);
        WriteArray(writer, "targets", indicator.Targets, WriteTarget);
        WriteArray(writer, "notes", indicator.Notes, (w, note) => w.WriteStringValue(note));
        writer.WriteEndObject();
    }

    /// <summary><c>"name":[...]</c>, one item at a time.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>{"symbol","ucum"|"currency","id","nameEn"}</c>: money has an ISO 4217 currency instead of a UCUM code.</summary>
    public static void WriteUnit(Utf8JsonWriter writer, string name, UnitInfo unit)
    {
        writer.WriteStartObject(name);
        writer.WriteString("symbol", unit.Symbol);
        if (unit.Currency is null)
        {
            writer.WriteString("ucum", unit.Ucum);
        }
        else
        {
            writer.WriteString("currency", unit.Currency);
        }

        writer.WriteString("id", unit.Id);
        writer.WriteString("nameEn", unit.NameEn);
        writer.WriteEndObject();
    }

    /// <summary>A baseline or reported value.</summary>
    public static void WriteValue(Utf8JsonWriter writer, IReportedValue value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        writer.WriteNumber("value", value.Value);
        writer.WriteNumberOrNull("periodStart", value.PeriodStart);
        writer.WriteNumberOrNull("periodEnd", value.PeriodEnd);
        writer.WriteNumberOrNull("changeFrom", value.ChangeFrom);
        writer.WriteBoolean("relativeChange", value.IsRelativeChange);
        writer.WriteString("scope", value.Scope);
        WriteSource(writer, value.Source);
        WriteSources(writer, value.Sources);
        writer.WriteString("note", value.Note);
        writer.WriteEndObject();
    }

    /// <summary>A target, with its operator as a plan-file token and its text (<c>≤ 6.3 ‰ by 2020</c>).</summary>
    public static void WriteTarget(Utf8JsonWriter writer, ITarget target)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", target.Year);
        writer.WriteString("operator", Words.Operator(target.Operator));
        writer.WriteNumberOrNull("value", target.Value);
        writer.WriteNumberOrNull("valueMax", target.ValueMax);
        writer.WriteNumberOrNull("tolerance", target.Tolerance);
        writer.WriteNumberOrNull("baselineYear", target.BaselineYear);
        writer.WriteBoolean("relative", target.IsRelative);
        writer.WriteString("scope", target.Scope);
        if (target.Reference is { } reference)
        {
            writer.WriteStartObject("reference");
            writer.WriteString("textZh", reference.TextZh);
            writer.WriteString("operator", reference.Operator is TargetOperator op ? Words.Operator(op) : null);
            writer.WriteNumberOrNull("value", reference.Value);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("reference");
        }

        writer.WriteString("textZh", target.TextZh);
        writer.WriteString("textEn", target.TextEn);
        writer.WriteString("note", target.Note);
        writer.WriteBoolean("table", target.InTable);
        writer.WriteBoolean("previousPeriod", target.IsPreviousPeriod);
        writer.WriteBoolean("judged", target.IsJudged);
        WriteBaseline(writer, target.Baseline);
        WriteRecordedProgress(writer, target);
        writer.WriteString("text", target.ToString());
        WriteSource(writer, target.Source);
        WriteSources(writer, target.Sources);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"progress": {"status", "statusText", "score", "growthRatio", "baseYear", "baseValue", "targetYear", "targetValue",
    /// "expectedLinear", "expectedCompound", "projected", "shareCovered", "reason"}</c>: <c>status</c> is Open SDG's identifier.
    /// </summary>
    public static void WriteProgress(Utf8JsonWriter writer, TargetProgress progress)
    {
        writer.WriteStartObject("progress");
        writer.WriteString("status", progress.StatusId);
        writer.WriteString("statusText", progress.Status.Describe());
        writer.WriteNumberOrNull("score", progress.Score);
        writer.WriteNumberOrNull("growthRatio", progress.GrowthRatio);
        writer.WriteNumberOrNull("baseYear", progress.BaseYear);
        writer.WriteNumberOrNull("baseValue", progress.BaseValue);
        writer.WriteNumber("targetYear", progress.TargetYear);
        writer.WriteNumberOrNull("targetValue", progress.TargetValue);
        writer.WriteNumberOrNull("expectedLinear", progress.ExpectedLinear);
        writer.WriteNumberOrNull("expectedCompound", progress.ExpectedCompound);
        writer.WriteNumberOrNull("projected", progress.Projected);
        writer.WriteNumberOrNull("shareCovered", progress.ShareCovered);
        writer.WriteString("reason", progress.Reason);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"recorded":{"year","value","text","source","progress"}</c>: the latest value the plan records for the target and the
    /// progress it shows (<see cref="ITarget.RecordedProgress"/>), or <c>null</c> when the plan records none after the baseline.
    /// </summary>
    public static void WriteRecordedProgress(Utf8JsonWriter writer, ITarget target)
    {
        if (target.LatestRecorded is not { } recorded || target.RecordedProgress is not { } progress)
        {
            writer.WriteNull("recorded");
            return;
        }

        writer.WriteStartObject("recorded");
        writer.WriteNumber("year", progress.Year);
        writer.WriteNumber("value", recorded.Value);
        writer.WriteString("text", recorded.ToString());
        WriteSource(writer, recorded.Source);
        WriteProgress(writer, progress);
        writer.WriteEndObject();
    }

    /// <summary><c>"baseline":{"year","value","text","source"}</c> as the runtime decides it, or <c>{"year":null,…,"reason"}</c> when there is none.</summary>
    public static void WriteBaseline(Utf8JsonWriter writer, TargetBaseline baseline)
    {
        writer.WriteStartObject("baseline");
        writer.WriteNumberOrNull("year", baseline.Year);
        writer.WriteNumberOrNull("value", baseline.Value);
        if (baseline.IsKnown)
        {
            writer.WriteString("text", baseline.ToString());
            if (baseline.Reported is { } reported)
            {
                WriteSource(writer, reported.Source);
            }
        }
        else
        {
            writer.WriteString("reason", baseline.Reason);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"source":{"document","line","quote"}</c>; <c>line</c> is null for a published document, whose title, issuer,
    /// date, address and kind of copy follow under <c>published</c>.
    /// </summary>
    public static void WriteSource(Utf8JsonWriter writer, Provenance source)
    {
        writer.WritePropertyName("source");
        WriteSourceObject(writer, source);
    }

    /// <summary><c>"sources":[{…}, …]</c>: every place the number is stated, the first being <c>source</c>.</summary>
    public static void WriteSources(Utf8JsonWriter writer, IReadOnlyList<Provenance> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            WriteSourceObject(writer, source);
        }

        writer.WriteEndArray();
    }

    private static void WriteSourceObject(Utf8JsonWriter writer, Provenance source)
    {
        writer.WriteStartObject();
        writer.WriteString("document", source.Document);
        writer.WriteNumberOrNull("line", source.Line);
        writer.WriteString("quote", source.Quote);
        if (source.Published is { } published)
        {
            writer.WritePropertyName("published");
            WriteDocument(writer, published);
        }

        writer.WriteEndObject();
    }

    /// <summary>A published document: <c>{"id","titleZh","issuer","published","address","copy","note"}</c>.</summary>
    public static void WriteDocument(Utf8JsonWriter writer, SourceDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        writer.WriteString("titleZh", document.TitleZh);
        writer.WriteString("issuer", document.Issuer);
        writer.WriteString("published", document.Published);
        writer.WriteString("address", document.Address);
        writer.WriteString("copy", PlanFileTokens.Copies.TokenOf(document.Copy));
        writer.WriteString("note", document.Note);
        writer.WriteEndObject();
    }

    /// <summary>The number of targets of a plan's indicators.</summary>
    public static int TargetCount(IEnumerable<IIndicator> indicators) => indicators.Sum(indicator => indicator.Targets.Count);
}
