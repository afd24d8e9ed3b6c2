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
        Assert.Equal(7, plans.Length);
        var fuxin = plans.Single(plan => plan.GetProperty("id").GetString() == "fuxin-2016-2020");
        Assert.Equal("阜新市", fuxin.GetProperty("region").GetProperty("nameZh").GetString());
        Assert.Equal(2016, fuxin.GetProperty("periodStart").GetInt32());
        Assert.Equal(76, fuxin.GetProperty("indicatorCount").GetInt32());
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
