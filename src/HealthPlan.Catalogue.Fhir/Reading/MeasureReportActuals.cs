using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Units;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace HealthPlan.Catalogue.Fhir.Reading;

/// <summary>
/// An actual value read from a FHIR <see cref="MeasureReport"/>: which indicator (by the report's <c>measure</c>), the
/// year its period ends in, the measure score and its unit, and the scope.
/// </summary>
/// <param name="Entry">The index of the report among the Bundle's entries.</param>
/// <param name="Measure">The report's <c>measure</c> canonical.</param>
/// <param name="Indicator">The catalogue's indicator of that measure; null when the catalogue has none.</param>
/// <param name="Year">The year the report's period ends in (or starts in, when it has no end); null when it has neither.</param>
/// <param name="Value">The measure score's value; null when the report has none.</param>
/// <param name="UnitSystem">The measure score's unit system (UCUM, ISO 4217).</param>
/// <param name="UnitCode">The measure score's unit code.</param>
/// <param name="Unit">The catalogue unit of that code; null when it names none.</param>
/// <param name="Scope">The part of the indicator the value applies to (the scope extension); null for the whole.</param>
/// <param name="Problems">
/// Why the report is not a measured value of its year to assess, in words (its status is <c>error</c> or <c>pending</c>,
/// it is not a summary, its score is a bound such as <c>&lt; 5</c>, its period ends before it starts, its score names a
/// unit without a code); empty when it is one.
/// </param>
public sealed record FhirActual(
    int Entry,
    string? Measure,
    IIndicator? Indicator,
    int? Year,
    decimal? Value,
    string? UnitSystem,
    string? UnitCode,
    UnitInfo? Unit,
    string? Scope,
    IReadOnlyList<string> Problems);

/// <summary>Reads actual values back from summary <see cref="MeasureReport"/>s, such as a health information system sends.</summary>
public static class MeasureReportActuals
{
    /// <summary>
    /// Every <see cref="MeasureReport"/> of <paramref name="bundle"/>, in entry order, resolved against
    /// <paramref name="catalogue"/> by the measure canonicals <see cref="CatalogueFhir.ToFhirMeasure"/> gives. Other
    /// resources are skipped. Nothing is judged here: what is missing or unknown stays null for the caller to report.
    /// </summary>
    public static IReadOnlyList<FhirActual> Read(Bundle bundle, PlanCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(catalogue);
        var indicators = catalogue.Plans
            .SelectMany(plan => plan.Indicators)
            .GroupBy(indicator => FhirNames.MeasureUrl(FhirIds.Measure(indicator)), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

        var actuals = new List<FhirActual>();
        for (int i = 0; i < bundle.Entry.Count; i++)
        {
            if (bundle.Entry[i].Resource is not MeasureReport report)
            {
                continue;
            }

            string? measure = report.Measure;
            var score = report.Group.FirstOrDefault()?.MeasureScore;
            string? end = report.Period?.End ?? report.Period?.Start;
            actuals.Add(new FhirActual(
                i,
                measure,
                measure is not null && indicators.TryGetValue(measure, out var indicator) ? indicator : null,
                end is { Length: >= 4 } && int.TryParse(end.AsSpan(0, 4), out int year) ? year : null,
                score?.Value,
                score?.System,
                score?.Code,
                FhirQuantities.FindUnit(score?.System, score?.Code),
                report.GetExtensionValue<FhirString>(CatalogueExtensions.Scope.Url)?.Value,
                ProblemsOf(report, score)));
        }

        return actuals;
    }

    /// <summary>What makes <paramref name="report"/> other than a measured value of its year, each in words; empty when nothing does.</summary>
    private static IReadOnlyList<string> ProblemsOf(MeasureReport report, Quantity? score)
    {
        var problems = new List<string>();
        // The codes as FHIR writes them (error, individual, <), from the model's own enum literals.
        if (report.Status is MeasureReport.MeasureReportStatus.Error or MeasureReport.MeasureReportStatus.Pending)
        {
            bool failed = report.Status == MeasureReport.MeasureReportStatus.Error;
            problems.Add($"its status is '{report.Status.Value.GetLiteral()}': {(failed ? "the measurement failed" : "the measurement is not final")}, so its score is not an actual; send it again when complete");
        }

        if (report.Type is { } type && type != MeasureReport.MeasureReportType.Summary)
        {
            problems.Add($"its type is '{type.GetLiteral()}': actuals are summary reports of the whole population (type 'summary')");
        }

        if (score?.Comparator is { } comparator)
        {
            problems.Add($"its score is a bound ('{comparator.GetLiteral()} {score.Value}'), not a value: give the measured number without a comparator");
        }

        if (report.Period?.Start is { } start && report.Period.End is { } end && EndsBeforeItStarts(start, end))
        {
            problems.Add($"its period ends ({end}) before it starts ({start})");
        }

        if (score is { Code: null, Unit: { Length: > 0 } unitText })
        {
            problems.Add($"its score's unit '{unitText}' has no code, so it cannot be read: give the UCUM code (system http://unitsofmeasure.org) or the ISO 4217 currency");
        }

        return problems;
    }

    /// <summary>Whether the FHIR date <paramref name="end"/> lies before <paramref name="start"/>, compared at the precision both state.</summary>
    private static bool EndsBeforeItStarts(string start, string end)
    {
        int length = Math.Min(Math.Min(start.Length, end.Length), 10);
        return string.CompareOrdinal(end, 0, start, 0, length) < 0;
    }
}
