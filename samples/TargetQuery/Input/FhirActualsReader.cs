using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using HealthPlan.Catalogue.Fhir;
using HealthPlan.Catalogue.Fhir.Reading;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>
/// Actuals as a health information system stores them: a FHIR R4 Bundle of summary MeasureReports whose
/// <c>measure</c> is an indicator's Measure (as <c>export --format fhir</c> names it). Each report becomes the same
/// row a CSV line would (indicator, year its period ends in, measure score, its unit, scope), so both are checked
/// and assessed alike; problems point at the line of the report's entry.
/// </summary>
internal static class FhirActualsReader
{
    public static List<ActualsReader.RawRecord> Read(string path, ReadOnlySpan<byte> json, Plan plan, ActualsFile file, Func<long, int> lineOf)
    {
        var records = new List<ActualsReader.RawRecord>();
        var (hasResourceType, entryLines) = TopLevel(json, lineOf);
        if (!hasResourceType)
        {
            file.Problems.Add(new Problem(
                "expected a JSON array of objects ({\"indicator\", \"year\", \"value\", \"scope\", \"unit\"}) or a FHIR Bundle of MeasureReports "
                + "(an object with \"resourceType\": \"Bundle\"); this object has no \"resourceType\"", path, 1));
            return records;
        }

        if (!FhirJson.TryRead(json, out var resource, out var problems))
        {
            file.Problems.AddRange(problems.Take(10).Select(problem => new Problem("not a valid FHIR resource: " + problem, path)));
            return records;
        }

        if (resource is not Bundle bundle)
        {
            file.Problems.Add(new Problem($"a FHIR {resource!.TypeName}: actuals in FHIR must be a Bundle of MeasureReports", path, 1));
            return records;
        }

        int LineOf(int entry) => entry < entryLines.Count ? entryLines[entry] : 1;
        var actuals = MeasureReportActuals.Read(bundle, new PlanCatalogue(new[] { plan }));
        if (actuals.Count == 0)
        {
            file.Problems.Add(new Problem("the Bundle has no MeasureReport", path, 1));
            return records;
        }

        int others = bundle.Entry.Count - actuals.Count;
        if (others > 0)
        {
            file.Notes.Add(new Problem($"{others} entr{(others == 1 ? "y" : "ies")} of the Bundle that {(others == 1 ? "is" : "are")} not a MeasureReport {(others == 1 ? "was" : "were")} ignored", path));
        }

        foreach (var actual in actuals)
        {
            int line = LineOf(actual.Entry);
            if (actual.Indicator is null)
            {
                file.Problems.Add(new Problem(
                    actual.Measure is null
                        ? "the MeasureReport has no measure"
                        : $"measure '{actual.Measure}' is not an indicator of plan {plan.Id}; export --format fhir --plan {plan.Id} lists its Measures",
                    path, line));
                continue;
            }

            if (actual.Problems.Count > 0)
            {
                file.Problems.AddRange(actual.Problems.Select(problem => new Problem($"the MeasureReport of {actual.Indicator.Id}: {problem}", path, line)));
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                [ActualsReader.Indicator] = actual.Indicator.Id,
                [ActualsReader.Year] = actual.Year?.ToString(CultureInfo.InvariantCulture),
                [ActualsReader.Value] = actual.Value?.ToString(CultureInfo.InvariantCulture),
                [ActualsReader.Scope] = actual.Scope,
                [ActualsReader.Unit] = actual.Unit?.Id ?? actual.UnitCode,
            };
            records.Add(new ActualsReader.RawRecord(line, fields));
        }

        return records;
    }

    /// <summary>
    /// One pass over the top-level object: whether it has a <c>resourceType</c> (what makes it FHIR rather than a
    /// mistaken actuals object), and the line each item of its <c>entry</c> array starts on.
    /// </summary>
    private static (bool HasResourceType, List<int> EntryLines) TopLevel(ReadOnlySpan<byte> json, Func<long, int> lineOf)
    {
        bool hasResourceType = false;
        var entryLines = new List<int>();
        var reader = new Utf8JsonReader(json, ActualsReader.JsonOptions);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                bool isEntry = reader.ValueTextEquals("entry");
                hasResourceType |= reader.ValueTextEquals("resourceType");
                reader.Read();
                if (isEntry && reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        entryLines.Add(lineOf(reader.TokenStartIndex));
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the FHIR reader says where.
            hasResourceType = true;
        }

        return (hasResourceType, entryLines);
    }
}
