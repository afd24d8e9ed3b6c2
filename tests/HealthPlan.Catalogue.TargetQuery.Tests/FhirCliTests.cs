using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthPlan.Catalogue.Fhir;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Fhir.Mapping;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary><c>export --format fhir</c> and <c>assess</c> with actuals sent as a FHIR Bundle of MeasureReports.</summary>
public sealed class FhirCliTests
{
    private const string Cixi = "cixi-2016-2020";

    [Fact]
    public void ExportFhirWritesABundleOfOnePlanOrOfAll()
    {
        var one = AppRunner.Run("export", "--format", "fhir", "--plan", Cixi);
        var all = AppRunner.Run("export", "--format", "FHIR");

        Assert.True(one.ExitCode == 0, one.Error);
        Assert.True(FhirJson.TryRead(Encoding.UTF8.GetBytes(one.Output), out var resource, out var problems), string.Join("\n", problems));
        var bundle = Assert.IsType<Bundle>(resource);
        var plan = HealthPlan.Catalogue.Seeds.Plans.Catalogue.FindPlan(Cixi)!;
        Assert.Equal(plan.Indicators.Count, bundle.Entry.Count(entry => entry.Resource is Measure));
        Assert.Equal(plan.Indicators.Sum(indicator => indicator.Targets.Count), bundle.Entry.Count(entry => entry.Resource is Goal));
        Assert.Single(bundle.Entry, entry => entry.Resource is Group);

        Assert.True(all.ExitCode == 0, all.Error);
        var catalogue = HealthPlan.Catalogue.Seeds.Plans.Catalogue;
        Assert.Equal(catalogue.Plans.Count, JsonNode.Parse(all.Output)!["entry"]!.AsArray().Count(entry => (string?)entry!["resource"]!["resourceType"] == "Group"));
    }

    [Fact]
    public void ExportFhirOfAnUnknownPlanNamesTheClosest()
    {
        var result = AppRunner.Run("export", "--format", "fhir", "--plan", "cixi-2016-2021");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown plan 'cixi-2016-2021'", result.Error);
        Assert.Contains(Cixi, result.Error);
    }

    [Fact]
    public void ActualsFromAFhirBundleGiveTheSameVerdictsAsTheSameActualsInCsv()
    {
        // Every target of the plan due in 2020 gets an actual just short of or at its number, money included
        // (sent in CNY, as FHIR carries it), scoped targets with the scope extension.
        var plan = HealthPlan.Catalogue.Seeds.Plans.Catalogue.FindPlan(Cixi)!;
        var rows = plan.Indicators
            .SelectMany(indicator => indicator.Targets.Where(target => target.Year == 2020 && !target.IsPreviousPeriod && target.Operator != TargetOperator.Qualitative))
            .Select((target, i) => (target.Indicator, target.Scope, Value: (target.ThresholdValue ?? target.Value ?? 1) * (i % 2 == 0 ? 1 : 0.9)))
            .DistinctBy(row => (row.Indicator.Id, row.Scope))
            .ToList();
        Assert.Contains(rows, row => row.Indicator.Unit.Currency is not null);
        Assert.Contains(rows, row => row.Scope is not null);

        using var folder = new TempFolder();
        var csv = new StringBuilder("indicator,year,value,scope\n");
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var (indicator, scope, value) in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{indicator.Id},2020,{value.ToString("R", CultureInfo.InvariantCulture)},{scope}\n");
            var report = Report2020(indicator, FhirQuantities.ToQuantity(value, indicator.Unit));
            if (scope is not null)
            {
                report.Extension.Add(new Extension(CatalogueExtensions.Scope.Url, new FhirString(scope)));
            }

            bundle.Entry.Add(new Bundle.EntryComponent { Resource = report });
        }

        var fromCsv = AppRunner.Run("assess", Cixi, "--actuals", folder.Write("actuals.csv", csv.ToString()), "--format", "json");
        var fromFhir = AppRunner.Run("assess", Cixi, "--actuals", folder.Write("actuals.fhir.json", FhirJson.Serialize(bundle)), "--format", "json");

        Assert.True(fromCsv.ExitCode is 0 or 1, fromCsv.Error);
        Assert.Equal(fromCsv.ExitCode, fromFhir.ExitCode);
        Assert.Equal(Verdicts(fromCsv.Output), Verdicts(fromFhir.Output));
        Assert.Contains("\"outcome\": \"not-met\"", fromFhir.Output);
        Assert.Contains("\"outcome\": \"met\"", fromFhir.Output);
    }

    [Fact]
    public void AssessWritesItsVerdictsAsMeasureReportsThatReadBackAsTheSameActuals()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,year,value\n"
            + "infant-mortality-rate,2020,6.8\n"
            + "maternal-mortality-ratio,2020,10\n"
            + "infant-mortality-rate,2018,7.1\n");

        var json = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", actuals, "--format", "json");
        var fhir = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", actuals, "--format", "fhir");

        Assert.Equal(1, json.ExitCode);
        Assert.Equal(json.ExitCode, fhir.ExitCode);
        Assert.True(FhirJson.TryRead(Encoding.UTF8.GetBytes(fhir.Output), out var resource, out var problems), string.Join("\n", problems) + fhir.Error);
        var reports = Assert.IsType<Bundle>(resource).Entry.Select(entry => Assert.IsType<MeasureReport>(entry.Resource)).ToList();
        var expected = JsonNode.Parse(json.Output)!["assessments"]!.AsArray()
            .Select(item => ((string)item!["indicator"]!, (int)item["year"]!, (string?)item["outcome"], (string)item["progress"]!["status"]!));
        var written = reports.Select(report => (
            report.Measure!.Split('.').Last(),
            int.Parse(report.Period!.End![..4], CultureInfo.InvariantCulture),
            report.GetExtensionValue<Code>(CatalogueExtensions.Outcome.Url)?.Value,
            report.GetExtensionValue<Code>(CatalogueExtensions.Progress.Url)!.Value!));
        Assert.Equal(expected, written);
        Assert.All(reports, report => Assert.StartsWith("Goal/fuxin-2016-2020.", Assert.Single(report.EvaluatedResource).Reference));

        // What a health information system gets back, it can send again: the same verdicts.
        var again = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", folder.Write("again.json", fhir.Output), "--format", "json");
        Assert.Equal(Verdicts(json.Output), Verdicts(again.Output));
    }

    [Fact]
    public void AMeasureReportOfAnotherPlanPointsAtItsEntryLine()
    {
        using var folder = new TempFolder();
        var other = HealthPlan.Catalogue.Seeds.Plans.Catalogue.FindPlan("fuxin-2016-2020")!.Indicators[0];
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Patient { Active = true } });
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = Report2020(other, score: null) });
        string json = FhirJson.Serialize(bundle);
        int line = json.Split('\n').ToList().FindIndex(text => text.Contains("\"MeasureReport\"")) ; // the entry starts two lines above
        var result = AppRunner.Run("assess", Cixi, "--actuals", folder.Write("actuals.json", json));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"is not an indicator of plan {Cixi}", result.Error);
        Assert.Contains($"actuals.json:{line - 1}", result.Error);
    }

    [Fact]
    public void AFhirResourceThatIsNotABundleIsRefused()
    {
        using var folder = new TempFolder();
        var result = AppRunner.Run("assess", Cixi, "--actuals", folder.Write("actuals.json", "{\"resourceType\": \"Patient\", \"active\": true}"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a FHIR Patient: actuals in FHIR must be a Bundle of MeasureReports", result.Error);
    }

    [Fact]
    public void AJsonObjectThatIsNotFhirIsToldWhatAnActualsFileHolds()
    {
        using var folder = new TempFolder();
        var result = AppRunner.Run("assess", Cixi, "--actuals", folder.Write("actuals.json", "{ \"indicator\": \"infant-mortality-rate\", \"year\": 2020, \"value\": 5.9 }"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected a JSON array of objects", result.Error);
        Assert.Contains("this object has no \"resourceType\"", result.Error);
    }

    /// <summary>Ways a MeasureReport says its score is not a measured value of its year, each applied to a good report.</summary>
    public static TheoryData<string, string> NotAnActual() => new()
    {
        { "status error", "its status is 'error'" },
        { "status pending", "its status is 'pending'" },
        { "type individual", "its type is 'individual'" },
        { "type subject-list", "its type is 'subject-list'" },
        { "comparator <", "its score is a bound ('< 5.1')" },
        { "comparator >=", "its score is a bound ('>= 5.1')" },
        { "period backwards", "its period ends (2019-12-31) before it starts (2020-01-01)" },
        { "unit without code", "its score's unit '%' has no code" },
    };

    [Theory]
    [MemberData(nameof(NotAnActual))]
    public void AMeasureReportThatIsNotAMeasuredValueIsRefusedAtItsEntry(string change, string expected)
    {
        var indicator = HealthPlan.Catalogue.Seeds.Plans.Fuxin.Fyp13.InfantMortalityRate;
        var report = Report2020(indicator, new Quantity(5.1m, "‰", FhirNames.Ucum) { Code = "[ppth]" });
        var score = report.Group[0].MeasureScore!;
        switch (change)
        {
            case "status error": report.Status = MeasureReport.MeasureReportStatus.Error; break;
            case "status pending": report.Status = MeasureReport.MeasureReportStatus.Pending; break;
            case "type individual": report.Type = MeasureReport.MeasureReportType.Individual; break;
            case "type subject-list": report.Type = MeasureReport.MeasureReportType.SubjectList; break;
            case "comparator <": score.Comparator = Quantity.QuantityComparator.LessThan; break;
            case "comparator >=": score.Comparator = Quantity.QuantityComparator.GreaterOrEqual; break;
            case "period backwards": report.Period = new Period(new FhirDateTime("2020-01-01"), new FhirDateTime("2019-12-31")); break;
            case "unit without code": score.Code = null; score.System = null; score.Unit = "%"; break;
        }

        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = report });
        using var folder = new TempFolder();
        var result = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", folder.Write("actuals.json", FhirJson.Serialize(bundle)));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the MeasureReport of infant-mortality-rate: {expected}", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void AGoodMeasureReportIsStillAssessed()
    {
        var report = Report2020(HealthPlan.Catalogue.Seeds.Plans.Fuxin.Fyp13.InfantMortalityRate, new Quantity(5.1m, "‰", FhirNames.Ucum) { Code = "[ppth]" });
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = report });
        using var folder = new TempFolder();
        var result = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", folder.Write("actuals.json", FhirJson.Serialize(bundle)));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("met", result.Output);
    }

    /// <summary>A 2020 summary report of <paramref name="indicator"/>'s Measure, as a health information system sends one.</summary>
    private static MeasureReport Report2020(IIndicator indicator, Quantity? score)
    {
        var report = new MeasureReport
        {
            Status = MeasureReport.MeasureReportStatus.Complete,
            Type = MeasureReport.MeasureReportType.Summary,
            Measure = FhirNames.MeasureUrl(FhirIds.Measure(indicator)),
            Period = new Period(new FhirDateTime(2020, 1, 1), new FhirDateTime(2020, 12, 31)),
        };
        if (score is not null)
        {
            report.Group.Add(new MeasureReport.GroupComponent { MeasureScore = score });
        }

        return report;
    }

    /// <summary>The verdicts of an assess JSON output, without the rows' lines (a CSV row and a Bundle entry sit on different lines).</summary>
    private static string Verdicts(string json)
    {
        var root = JsonNode.Parse(json)!;
        var assessments = root["assessments"]!.AsArray();
        foreach (var item in assessments)
        {
            item!.AsObject().Remove("line");
        }

        return assessments.ToJsonString() + root["summary"]!.ToJsonString();
    }
}
