using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Extensions;

/// <summary>
/// Every extension the catalogue's FHIR resources use, with its definition. <see cref="StructureDefinitions"/> gives
/// them as FHIR <see cref="StructureDefinition"/>s for validators and registries.
/// </summary>
public static class CatalogueExtensions
{
    /// <summary>An approximate target (左右): met within a tolerance of <c>detailQuantity</c>.</summary>
    public static CatalogueExtension Approximate { get; } = new(
        "target-approximate",
        "Approximate target",
        "The target is approximate (左右, 稳定在…左右): it is met within a tolerance of detailQuantity, the tolerance the "
        + "target-tolerance extension states, or 5% of the value when the plan states none.",
        ["Goal.target"], "boolean");

    /// <summary>The tolerance an approximate target states, in the indicator's unit.</summary>
    public static CatalogueExtension Tolerance { get; } = new(
        "target-tolerance",
        "Tolerance of an approximate target",
        "The tolerance the plan states for an approximate target: met when the actual is within detailQuantity ± this quantity.",
        ["Goal.target"], "Quantity");

    /// <summary>A target relative to a baseline year: an increase or decrease by an amount or a percentage.</summary>
    public static CatalogueExtension Change { get; } = new(
        "target-change",
        "Target relative to a baseline year",
        "The target is a change over the value of a baseline year (比2015年提高1岁, 比2015年降低10%): the indicator is to "
        + "increase or decrease by amount, in the indicator's unit, or by a percentage of the baseline when relative is true.",
        ["Goal.target"], null,
        [
            new("direction", "code", true, "increase | decrease", "Whether the indicator is to increase or decrease over its baseline."),
            new("amount", "Quantity", true, "The change", "The change: in the indicator's unit, or in percent of the baseline when relative is true."),
            new("relative", "boolean", true, "Whether the change is a percentage of the baseline", "True when amount is a percentage of the baseline value rather than an amount in the indicator's unit."),
            new("baselineYear", "date", true, "The baseline year", "The year whose value the change is measured from."),
            new("baselineValue", "Quantity", false, "The baseline value", "The value in the baseline year, when the plan states it."),
        ]);

    /// <summary>The value a target is measured from, as the runtime decides it (<c>ITarget.Baseline</c>).</summary>
    public static CatalogueExtension Baseline { get; } = new(
        "target-baseline",
        "Baseline the target is measured from",
        "The level the target's progress is measured from: for a change, the level of its baseline year; otherwise the indicator's "
        + "latest level at or before the year before the plan's period. Absent when the plan gives none.",
        ["Goal"], null,
        [
            new("year", "date", true, "The base year", "The year of the baseline level."),
            new("value", "Quantity", true, "The baseline", "The baseline level, in the indicator's unit."),
        ]);

    /// <summary>A benchmark the plan quotes beside a target (省指标 ≥90%).</summary>
    public static CatalogueExtension Benchmark { get; } = new(
        "target-benchmark",
        "Benchmark quoted beside the target",
        "A benchmark the plan quotes beside the target, as the plan writes it (省指标 ≥90%, the provincial target).",
        ["Goal"], "string");

    /// <summary>The target the plan's indicator table states, among differing targets of the same year and scope.</summary>
    public static CatalogueExtension InTable { get; } = new(
        "target-in-table",
        "Target stated in the plan's indicator table",
        "True when this is the target the plan's indicator table states, where the plan states differing targets for the same year and scope.",
        ["Goal"], "boolean");

    /// <summary>A previous plan's target the plan restates: shown, never assessed.</summary>
    public static CatalogueExtension PreviousPeriod { get; } = new(
        "target-previous-period",
        "Previous plan's target",
        "True for a previous plan's target that this plan restates (a table column for a year before the plan's period).",
        ["Goal"], "boolean");

    /// <summary>The part of an indicator a target or value applies to (<c>urban</c>).</summary>
    public static CatalogueExtension Scope { get; } = new(
        "scope",
        "Part of the indicator",
        "The part of the indicator the target or value applies to (urban, rural, inpatient); absent for the whole.",
        ["Goal", "MeasureReport"], "string");

    /// <summary>Binding (约束性) or anticipatory (预期性), as the plan marks the indicator.</summary>
    public static CatalogueExtension Attribute { get; } = new(
        "indicator-attribute",
        "Binding or anticipatory indicator",
        "Whether the plan marks the indicator binding (约束性, a commitment the government is held to) or anticipatory "
        + "(预期性, an expectation): " + string.Join(" | ", PlanFileTokens.Attributes.Tokens) + ".",
        ["Measure", "Goal"], "code");

    /// <summary>Where a number came from: document, line and exact quote.</summary>
    public static CatalogueExtension Source { get; } = new(
        "source",
        "Where the number is stated",
        "A place the source document states the number: the document, the line (for a local text file), the exact quote, "
        + "and for a published document read online its title, issuer, date, address and kind of copy.",
        ["Goal", "MeasureReport"], null,
        [
            new("document", "string", true, "The source document", "The file name of the document, or the id of a published document."),
            new("line", "positiveInt", false, "The line", "The 1-based line of the document; absent for a web page."),
            new("quote", "string", true, "The exact quote", "A substring of that line or page, as the document writes it, containing the number."),
            new("title", "string", false, "Title of the published document", "The title as published (《\"十三五\"卫生与健康规划》)."),
            new("issuer", "string", false, "Publisher of this copy", "Who published this copy (国务院, or the news agency of a repost)."),
            new("published", "date", false, "Date of publication", "The date of publication as the copy states it."),
            new("address", "url", false, "Web address", "The web address the copy was read at."),
            new("copy", "code", false, string.Join(" | ", PlanFileTokens.Copies.Tokens), "Whether this is the official text or a secondary copy."),
        ],
        repeats: true);

    /// <summary>The unit an indicator is measured in (FHIR R4's Measure has no element for it).</summary>
    public static CatalogueExtension Unit { get; } = new(
        "measure-unit",
        "Unit of the indicator",
        "The unit the indicator's values and targets are stated in: a UCUM code, or an ISO 4217 currency for money.",
        ["Measure"], "Coding");

    /// <summary>A curator's note on the catalogue's data where the document looks wrong or ambiguous.</summary>
    public static CatalogueExtension Note { get; } = new(
        "curator-note",
        "Curator's note",
        "A note by the catalogue's curators where the source document looks wrong or ambiguous; the numbers stay as the document states them.",
        ["Measure", "MeasureReport"], "string", repeats: true);

    /// <summary>A reported value that is a change over an earlier year rather than a level.</summary>
    public static CatalogueExtension ChangeFrom { get; } = new(
        "value-change-from",
        "Value reported as a change",
        "The measure score is a change over the value of an earlier year (比2015年下降10%) rather than a level.",
        ["MeasureReport.group"], null,
        [
            new("baselineYear", "date", true, "The earlier year", "The year the change is measured from."),
            new("relative", "boolean", true, "Whether the change is a percentage", "True when the change is a percentage of the earlier value."),
        ]);

    /// <summary>The verdict on an assessed actual value against its target.</summary>
    public static CatalogueExtension Outcome { get; } = new(
        "target-outcome",
        "Verdict against the target",
        "Whether the reported value meets the target the report evaluates (evaluatedResource): "
        + string.Join(" | ", AssessmentTokens.Outcomes.Tokens) + ".",
        ["MeasureReport"], "code");

    /// <summary>Progress towards the target by Open SDG's measure.</summary>
    public static CatalogueExtension Progress { get; } = new(
        "target-progress",
        "Progress towards the target",
        "Progress of the reported value towards the target the report evaluates, by Open SDG's progress measure: "
        + string.Join(" | ", ProgressTokens.OpenSdg.Tokens) + ".",
        ["MeasureReport"], "code");

    /// <summary>Every extension, in the order above.</summary>
    public static IReadOnlyList<CatalogueExtension> All { get; } =
        [Approximate, Tolerance, Change, Baseline, Benchmark, InTable, PreviousPeriod, Scope, Attribute, Source, Unit, Note, ChangeFrom, Outcome, Progress];

    /// <summary>The definition of every extension, one <see cref="StructureDefinition"/> each (differential).</summary>
    public static IReadOnlyList<StructureDefinition> StructureDefinitions() => All.Select(extension => extension.ToStructureDefinition()).ToList();
}
