namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>Unknown ids: one line on stderr with the closest ids, exit 2.</summary>
public sealed class LookupErrorTests
{
    [Theory]
    [InlineData("fuxin")]
    [InlineData("fuxn-2016-2020")]
    [InlineData("fuxin-2016-2025")]
    public void UnknownPlanSuggestsTheClosest(string plan)
    {
        var result = AppRunner.Run("show", plan);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: unknown plan '{plan}'; did you mean fuxin-2016-2020?\n", result.Error);
    }

    [Fact]
    public void UnknownPlanWithNothingCloseListsThePlans()
    {
        var result = AppRunner.Run("show", "zzzzzz");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: unknown plan 'zzzzzz'; plans: anshan-2021-2025, china-2016-2020, china-2016-2030, china-2021-2025, china-2026-2030, china-children-2021-2025, cixi-2016-2020, fuxin-2016-2020, lucheng-2016-2020, shanxi-2016-2020\n",
            result.Error);
    }

    [Fact]
    public void UnknownPlanInAssess()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020,5\n");

        var result = AppRunner.Run("assess", "shanxi", "--actuals", actuals);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: unknown plan 'shanxi'; did you mean shanxi-2016-2020?\n", result.Error);
    }

    [Theory]
    [InlineData("infant-mortality")]
    [InlineData("infant-mortality-rat")]
    [InlineData("infant-mortallity-rate")]
    public void UnknownConceptSuggestsTheClosest(string concept)
    {
        var result = AppRunner.Run("compare", concept);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith($"error: unknown concept '{concept}'; did you mean infant-mortality-rate", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void UnknownCategorySuggestsTheClosest()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--category", "heath-status");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: plan fuxin-2016-2020 has no indicators in category 'heath-status'; did you mean health-status?\n", result.Error);
    }

    [Fact]
    public void UnknownCommandIsBadInput()
    {
        var result = AppRunner.Run("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
    }

    [Fact]
    public void MissingArgumentIsBadInput()
    {
        var result = AppRunner.Run("compare");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
    }

    [Fact]
    public void HelpIsNotAnError()
    {
        var result = AppRunner.Run("assess", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--actuals", result.Output);
    }
}
