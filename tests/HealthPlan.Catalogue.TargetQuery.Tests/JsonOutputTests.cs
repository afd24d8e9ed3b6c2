using System.Linq;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary><c>--output json</c>: the same information as the tables, for scripts.</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public void Plans()
    {
        var result = AppRunner.Run("plans", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var plans = document.RootElement.GetProperty("plans").EnumerateArray().ToArray();
        Assert.Equal(10, plans.Length);
        var fuxin = plans.Single(plan => plan.GetProperty("id").GetString() == "fuxin-2016-2020");
        Assert.Equal("阜新市", fuxin.GetProperty("region").GetProperty("nameZh").GetString());
        Assert.Equal("210900", fuxin.GetProperty("region").GetProperty("code").GetString());
        Assert.All(plans.Where(plan => plan.GetProperty("region").GetProperty("level").GetString() == "country"),
            plan => Assert.Equal(JsonValueKind.Null, plan.GetProperty("region").GetProperty("code").ValueKind));
        Assert.Equal(2016, fuxin.GetProperty("periodStart").GetInt32());
        Assert.Equal(77, fuxin.GetProperty("indicatorCount").GetInt32());
        Assert.True(fuxin.GetProperty("targetCount").GetInt32() >= 76);
    }

    [Fact]
    public void ShowWithFilters()
    {
        var result = AppRunner.Run("show", "cixi-2016-2020", "--binding", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("cixi-2016-2020", document.RootElement.GetProperty("plan").GetProperty("id").GetString());
        Assert.True(document.RootElement.GetProperty("filter").GetProperty("binding").GetBoolean());
        var indicators = document.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.NotEmpty(indicators);
        Assert.All(indicators, indicator => Assert.Equal("binding", indicator.GetProperty("attribute").GetString()));
    }

    [Fact]
    public void CompareMarksConvertedRows()
    {
        var result = AppRunner.Run("compare", "birth-defect-incidence", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("‰", document.RootElement.GetProperty("unit").GetProperty("symbol").GetString());
        var rows = document.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        var shanxi = rows.Single(row => row.GetProperty("plan").GetString() == "shanxi-2016-2020");
        Assert.True(shanxi.GetProperty("converted").GetBoolean());
        Assert.Equal("/万", shanxi.GetProperty("statedUnit").GetProperty("symbol").GetString());
        var target = Assert.Single(shanxi.GetProperty("targets").EnumerateArray());
        Assert.Equal(13, target.GetProperty("value").GetDouble(), 9);
        Assert.Equal(130, target.GetProperty("statedValue").GetDouble());
        Assert.Contains(shanxi.GetProperty("notes").EnumerateArray(), note => note.GetString()!.StartsWith("stated in /万", System.StringComparison.Ordinal));
        Assert.All(
            rows.Where(row => row.GetProperty("plan").GetString() != "shanxi-2016-2020"),
            row => Assert.False(row.GetProperty("converted").GetBoolean()));
    }

    [Fact]
    public void ShowGivesNationalProgressFromTheLatestRecordedYear()
    {
        var result = AppRunner.Run("show", "china-2016-2030", "--indicator", "life-expectancy", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var target2030 = document.RootElement.GetProperty("indicators")[0].GetProperty("targets").EnumerateArray()
            .Single(target => target.GetProperty("year").GetInt32() == 2030);
        var recorded = target2030.GetProperty("recorded");
        int latest = HealthPlan.Catalogue.Seeds.Plans.China.HealthyChina2030.LifeExpectancy.Values.Where(value => value.Year <= 2030).Max(value => value.Year);
        Assert.Equal(latest, recorded.GetProperty("year").GetInt32());
        Assert.Equal(2015, recorded.GetProperty("progress").GetProperty("baseYear").GetInt32());
        Assert.NotEqual("not_available", recorded.GetProperty("progress").GetProperty("status").GetString());
        Assert.StartsWith("http", recorded.GetProperty("source").GetProperty("published").GetProperty("address").GetString());
    }

    [Fact]
    public void CompareSetsEachRegionalTargetAgainstTheNationalTargetsOfItsYear()
    {
        var result = AppRunner.Run("compare", "life-expectancy", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var rows = document.RootElement.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(new[] { "china-2016-2020", "china-2016-2030", "china-2021-2025", "china-2026-2030" }, rows.Where(row => row.GetProperty("national").GetBoolean()).Select(row => row.GetProperty("plan").GetString()).Order());

        // Cixi: ≥ 82.0 岁 by 2020. The nation: +1 岁 over 76.34 (77.34) and > 77.3 in its 13th Five-Year plan, = 77.3 in Healthy China.
        var cixi = rows.Single(row => row.GetProperty("plan").GetString() == "cixi-2016-2020");
        var versus = cixi.GetProperty("targets")[0].GetProperty("versusNation").EnumerateArray().ToArray();
        Assert.Equal(new[] { "china-2016-2020", "china-2016-2020", "china-2016-2030" }, versus.Select(item => item.GetProperty("plan").GetString()));
        Assert.Equal(new[] { 82.0 - 77.34, 82.0 - 77.3, 82.0 - 77.3 }, versus.Select(item => item.GetProperty("gap").GetDouble()), new ToleranceComparer(1e-9));
        Assert.All(versus, item => Assert.Equal("stricter than", item.GetProperty("verdict").GetString()));

        // Anshan's own 2025 target (+0.5 岁 over 2020) is set beside the 14th Five-Year national plan's +1 岁 over 2020;
        // the two cannot be compared, as Anshan's plan gives no 2020 value. Its table's 2020 column (the previous plan's targets)
        // does meet the nation's 2020 targets.
        var anshan = rows.Single(row => row.GetProperty("plan").GetString() == "anshan-2021-2025").GetProperty("targets").EnumerateArray().ToArray();
        Assert.All(anshan.Where(target => target.GetProperty("year").GetInt32() == 2025), target =>
        {
            var item = Assert.Single(target.GetProperty("versusNation").EnumerateArray());
            Assert.Equal(("china-2021-2025", "cannot compare with"), (item.GetProperty("plan").GetString(), item.GetProperty("verdict").GetString()));
            Assert.Equal(JsonValueKind.Null, item.GetProperty("gap").ValueKind);
        });
        Assert.All(anshan.Where(target => target.GetProperty("previousPeriod").GetBoolean()), target => Assert.NotEmpty(target.GetProperty("versusNation").EnumerateArray()));

        // National numbers name the published copy they were read in.
        var national = rows.First(row => row.GetProperty("national").GetBoolean());
        var published = national.GetProperty("targets")[0].GetProperty("source").GetProperty("published");
        Assert.Equal("secondary", published.GetProperty("copy").GetString());
    }

    private sealed class ToleranceComparer(double tolerance) : System.Collections.Generic.IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => System.Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double value) => 0;
    }

    [Fact]
    public void Assess()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020,6.8\n");

        var result = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", actuals, "--output", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var assessment = Assert.Single(document.RootElement.GetProperty("assessments").EnumerateArray());
        Assert.Equal("not-met", assessment.GetProperty("outcome").GetString());
        Assert.Equal(0.5, assessment.GetProperty("gap").GetDouble(), 9);
        Assert.Equal("<=", assessment.GetProperty("target").GetProperty("operator").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("exitCode").GetInt32());
    }
}
