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
        if (!HasResourceType(json))
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

        var entryLines = EntryLines(json, lineOf);
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

    /// <summary>Whether the top-level object has a <c>resourceType</c>: what makes it FHIR rather than a mistaken actuals object.</summary>
    private static bool HasResourceType(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("resourceType"))
                {
                    return true;
                }

                if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the FHIR reader says where.
            return true;
        }

        return false;
    }

    /// <summary>The line each entry of the Bundle's <c>entry</c> array starts on.</summary>
    private static List<int> EntryLines(ReadOnlySpan<byte> json, Func<long, int> lineOf)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("entry"))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    break;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    lines.Add(lineOf(reader.TokenStartIndex));
                    reader.Skip();
                }

                break;
            }

            if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return lines;
    }
}
