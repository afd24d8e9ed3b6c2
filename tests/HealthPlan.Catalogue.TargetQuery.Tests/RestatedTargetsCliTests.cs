using System.Linq;
using System.Text.Json;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Issue 13 in TargetQuery, on a catalogue built in code: every source in the JSON export, previous plans' targets marked
/// in show and compare and left out of assess, and verify-sources checking every source.
/// </summary>
public sealed class RestatedTargetsCliTests
{
    private const string Document = "test-plan.txt";
    private static readonly Provenance First = new(Document, 2, "接种率达到90%以上");
    private static readonly Provenance Again = new(Document, 5, "≥90%");

    private static readonly PlanCatalogue Catalogue = new(new[]
    {
        new Plan(
            "test-2021-2025", "测试市卫生健康“十四五”规划", "Test City Health Plan", new Region("test", "测试市", "Test City", AdministrativeLevel.PrefectureCity),
            2021, 2025, Document,
            new IIndicator[]
            {
                new Indicator<Percent>(
                    "test-2021-2025", "vaccination-coverage", "疫苗接种率", "Vaccination coverage", "immunization-coverage", "disease-control",
                    Direction.HigherIsBetter,
                    new[]
                    {
                        new ReportedValue<Percent>(2020, new Quantity<Percent>(80), new Provenance(Document, 1, "2020年接种率80%")) { Sources = new[] { new Provenance(Document, 1, "2020年接种率80%"), new Provenance(Document, 4, "80%") } },
                        new ReportedValue<Percent>(2020, new Quantity<Percent>(8.5), new Provenance(Document, 1, "提高8.5%")) { ChangeFrom = 2015, IsRelativeChange = true },
                    },
                    new[]
                    {
                        new Target<Percent>(2020, TargetOperator.AtLeast, new Provenance(Document, 3, "85%"), value: 85, previousPeriod: true),
                        new Target<Percent>(2025, TargetOperator.AtLeast, First, value: 90, sources: new[] { First, Again }, inTable: true),
                    },
                    IndicatorAttribute.Binding),
            }),
    });

    [Fact]
    public void JsonGivesEveryValueAndTargetItsSourcesBesideItsSource()
    {
        var result = AppRunner.RunOn(Catalogue, "export", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);

        using var json = JsonDocument.Parse(result.Output);
        var indicator = json.RootElement.GetProperty("plans")[0].GetProperty("indicators")[0];
        var target = indicator.GetProperty("targets")[1];
        Assert.Equal(new[] { 2, 5 }, target.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("line").GetInt32()));
        Assert.Equal(2, target.GetProperty("source").GetProperty("line").GetInt32());
        Assert.True(target.GetProperty("table").GetBoolean());
        Assert.True(indicator.GetProperty("targets")[0].GetProperty("previousPeriod").GetBoolean());

        var values = indicator.GetProperty("values");
        Assert.Equal(new[] { 1, 4 }, values[0].GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("line").GetInt32()));
        Assert.Single(values[1].GetProperty("sources").EnumerateArray());
        Assert.Equal(2015, values[1].GetProperty("changeFrom").GetInt32());
        Assert.True(values[1].GetProperty("relativeChange").GetBoolean());
    }

    [Fact]
    public void ShowAndMarkdownMarkThePreviousPlansTarget()
    {
        var show = AppRunner.RunOn(Catalogue, "show", "test-2021-2025");
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("≥ 85 % by 2020 (previous plan)", show.Output);
        Assert.DoesNotContain("≥ 90 % by 2025 (previous plan)", show.Output);

        var markdown = AppRunner.RunOn(Catalogue, "export", "--format", "markdown");
        Assert.Contains("≥ 85 % by 2020 (previous plan)", markdown.Output);
        Assert.Contains("| 1, 2, 3, 4, 5 |", markdown.Output);
    }

    [Fact]
    public void CompareMarksThePreviousPlansTarget()
    {
        var result = AppRunner.RunOn(Catalogue, "compare", "immunization-coverage");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("(previous plan)", result.Output);
    }

    [Fact]
    public void AssessLeavesThePreviousPlansTargetOut()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\nvaccination-coverage,2020,84\n");

        var result = AppRunner.RunOn(Catalogue, "assess", "test-2021-2025", "--actuals", actuals);

        // Progress towards the plan's own 2025 target, not an assessment against the previous plan's 2020 one.
        Assert.Contains("≥ 90 % by 2025", result.Output);
        Assert.Contains("0 targets assessed", result.Output);
        Assert.DoesNotContain("≥ 85 %", result.Output);
    }

    [Fact]
    public void VerifySourcesChecksEverySource()
    {
        using var folder = new TempFolder();
        folder.Write(Document, "2020年接种率80%\n接种率达到90%以上\n85%\n80%\n≤90%\n");

        var result = AppRunner.RunOn(Catalogue, "verify-sources", "--sources", folder.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("line 5", result.Output + result.Error);
    }
}
