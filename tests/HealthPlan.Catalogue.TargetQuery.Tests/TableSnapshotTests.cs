using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>The tables people read, as snapshots: plain text, 160 columns, no colour.</summary>
public sealed class TableSnapshotTests
{
    [Fact]
    public void Plans()
    {
        var result = AppRunner.Run("plans");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshot.Verify(result.Output);
    }

    [Fact]
    public void ShowFuxin()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshot.Verify(result.Output);
    }

    [Fact]
    public void CompareInfantMortalityRate()
    {
        var result = AppRunner.Run("compare", "infant-mortality-rate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshot.Verify(result.Output);
    }

    [Fact]
    public void CompareConvertsUnitsOfTheSameDimension()
    {
        var result = AppRunner.Run("compare", "birth-defect-incidence");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(result.Output);
    }

    [Fact]
    public void TablesHaveNoColourCodes()
    {
        var result = AppRunner.Run("show", "cixi-2016-2020", "--binding");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.Contains("binding 约束性", result.Output);
        Assert.DoesNotContain("anticipatory 预期性", result.Output);
    }

    [Fact]
    public void ShowFiltersByCategory()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--category", "health-status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("infant-mortality-rate", result.Output);
        Assert.DoesNotContain("hospital-beds-per-1000", result.Output);
        Assert.Contains("in category health-status", result.Output);
    }
}
