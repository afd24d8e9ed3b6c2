using System.IO;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// TargetQueryApp.Run on a catalogue built in code: a plan that marks an indicator binding and gives a
/// baseline, which the seed plans of Fuxin do not.
/// </summary>
public sealed class CustomCatalogueTests
{
    private const string Document = "test-plan.txt";

    private static readonly PlanCatalogue Catalogue = new(new[]
    {
        new Plan(
            "test-2021-2025",
            "测试市卫生健康“十四五”规划",
            "Test City Health Plan for the 14th Five-Year Period",
            new Region("test", "测试市", "Test City", AdministrativeLevel.PrefectureCity),
            2021,
            2025,
            Document,
            new IIndicator[]
            {
                new Indicator<Percent>(
                    "test-2021-2025", "vaccination-coverage", "疫苗接种率", "Vaccination coverage", "immunization-coverage", "disease-control",
                    Direction.HigherIsBetter,
                    new[] { new ReportedValue<Percent>(2020, new Quantity<Percent>(80), new Provenance(Document, 1, "2020年接种率80%")) },
                    new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance(Document, 2, "接种率达到90%以上"), value: 90) },
                    IndicatorAttribute.Binding),
                new Indicator<Percent>(
                    "test-2021-2025", "health-literacy", "健康素养水平", "Health literacy", "health-literacy", "health-promotion",
                    Direction.HigherIsBetter,
                    System.Array.Empty<ReportedValue<Percent>>(),
                    new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance(Document, 3, "健康素养水平达到25%"), value: 25) },
                    IndicatorAttribute.Anticipatory),
            }),
    });

    [Fact]
    public void PlansListsTheGivenCatalogueOnly()
    {
        var result = AppRunner.RunOn(Catalogue, "plans");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("test-2021-2025", result.Output);
        Assert.DoesNotContain("fuxin-2016-2020", result.Output);
        Assert.Contains("1 plans, 2 indicators, 2 targets.", result.Output);
    }

    [Fact]
    public void ProgressIsMeasuredFromTheBaselineAndOnlyBindingTargetsCount()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\nvaccination-coverage,2025,85\nhealth-literacy,2025,30\n");

        var result = AppRunner.RunOn(Catalogue, "assess", "test-2021-2025", "--actuals", actuals);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("50 % of the way from 80 % in 2020", result.Output);
        Assert.Contains("Binding targets: 0 of 1 met.", result.Output);
    }

    [Fact]
    public void AMetBindingTargetPassesEvenWhenAnAnticipatoryOneFails()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value,unit\nvaccination-coverage,2025,92,%\nhealth-literacy,2025,20,percent\n");

        var result = AppRunner.RunOn(Catalogue, "assess", "test-2021-2025", "--actuals", actuals);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("120 % of the way from 80 % in 2020", result.Output);
        Assert.Contains("2 targets assessed: 1 met, 1 not met, 0 cannot tell.", result.Output);
    }

    [Fact]
    public void CompareTakesAnIndicatorNameThatLinksToOneConcept()
    {
        var result = AppRunner.RunOn(Catalogue, "compare", "疫苗接种率", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"concept\": \"immunization-coverage\"", result.Output);
    }

    [Fact]
    public void ANameSharedByIndicatorsOfSeveralConceptsIsBadInputListingThem()
    {
        var ambiguous = new PlanCatalogue(new[]
        {
            Catalogue.Plans[0],
            new Plan(
                "other-2021-2025", "另一市规划", "Other City Plan", new Region("other", "另一市", "Other City", AdministrativeLevel.PrefectureCity), 2021, 2025, Document,
                new IIndicator[]
                {
                    new Indicator<Percent>(
                        "other-2021-2025", "vaccination", "疫苗接种率", "Vaccination coverage", "measles-vaccination-coverage", "disease-control",
                        Direction.HigherIsBetter, System.Array.Empty<ReportedValue<Percent>>(),
                        new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance(Document, 4, "接种率95%"), value: 95) }),
                }),
        });

        var result = AppRunner.RunOn(ambiguous, "compare", "疫苗接种率");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: '疫苗接种率' names indicators of 2 concepts: immunization-coverage, measles-vaccination-coverage; give one of these ids\n", result.Error);
    }

    [Fact]
    public void VerifySourcesAsJson()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, Document), "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到20%\n");

        var result = AppRunner.RunOn(Catalogue, "verify-sources", "--sources", folder.Path, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.False(root.GetProperty("allMatch").GetBoolean());
        Assert.Equal(3, root.GetProperty("checked").GetInt32());
        var mismatch = Assert.Single(root.GetProperty("mismatches").EnumerateArray());
        Assert.Equal("health-literacy", mismatch.GetProperty("indicator").GetString());
        Assert.Equal("target", mismatch.GetProperty("kind").GetString());
        Assert.Equal(3, mismatch.GetProperty("line").GetInt32());
        Assert.Equal("quote-not-on-line", mismatch.GetProperty("problem").GetString());
    }

    [Fact]
    public void VerifySourcesChecksTheGivenCatalogue()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, Document), "2020年接种率80%\n到2025年，接种率达到90%以上\n健康素养水平达到20%\n");

        var result = AppRunner.RunOn(Catalogue, "verify-sources", "--sources", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "test-2021-2025 health-literacy target 2025, test-plan.txt line 3: the quote “健康素养水平达到25%” is not on the line, which reads “健康素养水平达到20%”\n"
            + "1 of 3 sources do not match.\n",
            result.Output);
    }
}
