using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Units;
using Hl7.Fhir.Model;

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
public sealed record FhirActual(
    int Entry,
    string? Measure,
    IIndicator? Indicator,
    int? Year,
    decimal? Value,
    string? UnitSystem,
    string? UnitCode,
    UnitInfo? Unit,
    string? Scope);

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
                report.GetExtensionValue<FhirString>(CatalogueExtensions.Scope.Url)?.Value));
        }

        return actuals;
    }
}
